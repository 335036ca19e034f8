package nl.hulproute.intake;

import java.util.List;
import nl.hulproute.lifecycle.Urgency;
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
 * student's location at once (but the one who raised it), with a link to the case. The text names the student number, never what was seen.
 */
@Component
class AcuteSignalAlert {

    static final String KIND = "ACUTE_SIGNAL";

    private final People people;
    private final Students students;
    private final Notifications notifications;

    AcuteSignalAlert(People people, Students students, Notifications notifications) {
        this.people = people;
        this.students = students;
        this.notifications = notifications;
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
    }

    /** What an acute alert is about: its case; the alert is done once the case is triaged. */
    static String subjectOf(long caseId) {
        return "case:" + caseId;
    }
}
