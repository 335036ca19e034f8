package nl.hulproute.handover;

import java.util.List;
import nl.hulproute.mail.Mail;
import nl.hulproute.notifications.Notifications;
import nl.hulproute.people.People;
import nl.hulproute.people.UserSummary;
import nl.hulproute.shared.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the other side of a handover that a driegesprek was planned: the receiving provider's professionals when the
 * school planned it, the location's zorgcoördinatoren when the receiver did. In the app and by e-mail, naming only
 * the case number and the day (never the student or a health detail), once per meeting and recipient. Runs after the
 * planning committed; Spring Modulith's registry delivers it again after a crash, the mail's key keeps it single.
 */
@Component
class JointMeetingMessages {

    static final String PLANNED = "JOINT_MEETING_PLANNED";

    private final People people;
    private final Notifications notifications;
    private final Mail mail;

    JointMeetingMessages(People people, Notifications notifications, Mail mail) {
        this.people = people;
        this.notifications = notifications;
        this.mail = mail;
    }

    @ApplicationModuleListener
    void on(JointMeetingPlanned planned) {
        List<Long> recipients;
        String link;
        if (planned.byReceiver()) {
            recipients = people.staff(planned.locationId(), Role.ZORGCOORDINATOR).stream()
                    .map(UserSummary::id)
                    .toList();
            link = "/casussen/" + planned.caseId();
        } else if (planned.providerId() != null) {
            recipients = people.professionalsOf(planned.providerId()).stream()
                    .map(UserSummary::id)
                    .toList();
            link = "/overdrachten";
        } else {
            return;
        }
        String title = "Er is een driegesprek gepland op " + SchoolTried.DAY.format(planned.plannedOn()) + " (casus "
                + planned.caseId() + ").";
        notifications.notify(recipients, PLANNED, title, link, "joint-meeting:" + planned.meetingId());
        for (long recipient : recipients) {
            mail.queueForUser(
                    recipient,
                    "Driegesprek gepland",
                    title + "\n\n" + mail.link(link),
                    PLANNED + ":" + planned.meetingId() + ":" + recipient);
        }
    }
}
