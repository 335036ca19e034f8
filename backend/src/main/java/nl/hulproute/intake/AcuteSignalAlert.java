package nl.hulproute.intake;

import java.util.List;
import nl.hulproute.lifecycle.Urgency;
import nl.hulproute.mail.Mail;
import nl.hulproute.notifications.Notifications;
import nl.hulproute.people.People;
import nl.hulproute.people.StudentSummary;
import nl.hulproute.people.Students;
import nl.hulproute.people.UserSummary;
import nl.hulproute.shared.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An ACUTE signal (safety: suicidality, violence, a minor without a home) reaches every zorgcoördinator of the
 * student's location at once (but the one who raised it), with a link to the case, in the app and by e-mail. The notification names the student, the e-mail only the case
 * number; neither what was seen.
 */
@Component
class AcuteSignalAlert {

    static final String KIND = "ACUTE_SIGNAL";

    private final People people;
    private final Students students;
    private final Notifications notifications;
    private final Mail mail;

    AcuteSignalAlert(People people, Students students, Notifications notifications, Mail mail) {
        this.people = people;
        this.students = students;
        this.notifications = notifications;
        this.mail = mail;
    }

    @EventListener
    void on(SignalRaised raised) {
        if (raised.urgency() != Urgency.ACUTE) {
            return;
        }
        List<Long> zorgcoordinatoren = people.staff(raised.locationId(), Role.ZORGCOORDINATOR).stream()
                .map(UserSummary::id)
                .filter(id -> id != raised.raisedByUserId())
                .toList();
        // the zorgcoördinatoren of the student's location see the student: name and number, never what was seen
        StudentSummary student = students.student(raised.studentId()).orElseThrow();
        notifications.notify(
                zorgcoordinatoren,
                KIND,
                "Acuut signaal over " + student.displayName() + " (" + student.studentNumber()
                        + "): neem vandaag nog contact op.",
                "/casussen/" + raised.caseId(),
                subjectOf(raised.caseId()));
        // by e-mail too, in the same transaction: the case number and a link, never the student or what was seen
        for (long zorgcoordinator : zorgcoordinatoren) {
            mail.queueForUser(
                    zorgcoordinator,
                    "Acuut signaal",
                    "Er is een acuut signaal gemeld bij casus " + raised.caseId() + ". Neem vandaag nog contact op.\n\n"
                            + mail.link("/casussen/" + raised.caseId()),
                    KIND + ":" + raised.signalId() + ":" + zorgcoordinator);
        }
    }

    /** What an acute alert is about: its case; the alert is done once the case is triaged. */
    static String subjectOf(long caseId) {
        return "case:" + caseId;
    }
}
