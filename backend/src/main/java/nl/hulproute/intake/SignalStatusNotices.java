package nl.hulproute.intake;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.hulproute.lifecycle.CaseState;
import nl.hulproute.lifecycle.CaseTransitioned;
import nl.hulproute.lifecycle.SignalStatus;
import nl.hulproute.notifications.Notifications;
import nl.hulproute.people.StudentSummary;
import nl.hulproute.people.Students;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Closes the loop for whoever raised a signal: when the status of their signal changes (ontvangen, opgepakt, in
 * begeleiding, doorverwezen, afgesloten) they are told, with the student's name where they may see the student and
 * the student number only where they may not; never anything of the case's content. And an acute alert is done once
 * the signal is triaged (or dismissed): someone acted on it.
 */
@Component
class SignalStatusNotices {

    static final String KIND = "SIGNAL_STATUS";

    private static final Map<SignalStatus, String> STATUS = Map.of(
            SignalStatus.RECEIVED, "ontvangen",
            SignalStatus.PICKED_UP, "opgepakt",
            SignalStatus.IN_SUPPORT, "in begeleiding",
            SignalStatus.REFERRED, "doorverwezen",
            SignalStatus.CLOSED, "afgesloten");

    private final SignalRepository signals;
    private final Students students;
    private final Notifications notifications;

    SignalStatusNotices(SignalRepository signals, Students students, Notifications notifications) {
        this.signals = signals;
        this.students = students;
        this.notifications = notifications;
    }

    // only these are stored and delivered: most transitions (between the lines of support) change nothing a raiser sees
    @ApplicationModuleListener(condition = "#transitioned.signalStatusChanged()")
    void on(CaseTransitioned transitioned) {
        if (transitioned.from() == CaseState.SIGNALLED) {
            notifications.markDone(AcuteSignalAlert.KIND, AcuteSignalAlert.subjectOf(transitioned.caseId()));
        }
        SignalStatus before = transitioned.from().signalStatus();
        SignalStatus after = transitioned.to().signalStatus();
        if (before == after) {
            return;
        }
        StudentSummary student = students.student(transitioned.studentId()).orElse(null);
        if (student == null) {
            return;
        }
        signals.findByCaseIdOrderByRaisedAtAscIdAsc(transitioned.caseId()).stream()
                .map(Signal::raisedByUserId)
                .filter(raiser -> raiser != transitioned.actorUserId())
                .distinct()
                .forEach(raiser -> notifications.notify(
                        List.of(raiser),
                        KIND,
                        "Je signaal over " + about(student, raiser) + " is " + STATUS.get(after) + ".",
                        "/mijn-signalen",
                        "case:" + transitioned.caseId()));
    }

    /** The name for the student's own SLB'er (they see the student), the number for anyone else. */
    private static String about(StudentSummary student, long raiser) {
        return Objects.equals(student.slbUserId(), raiser)
                ? student.displayName() + " (" + student.studentNumber() + ")"
                : "student " + student.studentNumber();
    }
}
