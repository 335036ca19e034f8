package nl.hulproute.agreements;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * When each running agreement's next evaluation with the student is due: the date planned at the last evaluation
 * with the student (at most 12 months after it), or 12 months after the first acceptance when there was none. The
 * worklist and the reminders go by it; compliance itself always counts 12 months ({@link ComplianceRule}).
 */
@Component
class EvaluationSchedule {

    private final YearlyEvaluationRows rows;

    EvaluationSchedule(YearlyEvaluationRows rows) {
        this.rows = rows;
    }

    /** A running, accepted agreement and when its next evaluation is due. */
    record Due(
            long agreementId,
            long studentId,
            LocalDate firstAcceptedOn,
            @Nullable LocalDate lastEvaluatedOn,
            LocalDate dueOn) {}

    /** Every running agreement of the installation: the reminders go through them all once a day. */
    List<Due> running(LocalDate today) {
        return dueDates(rows.runningAccepted(), rows.heldWithStudent(today));
    }

    /**
     * The running agreements of these students only, so that a location's worklist reads its own agreements, not
     * the installation's (at national scale 90,000 for one zorgcoördinator's page).
     */
    List<Due> runningOf(Collection<Long> studentIds, LocalDate today) {
        List<AgreementDates> running = rows.runningAccepted(studentIds);
        return dueDates(
                running,
                rows.heldWithStudent(
                        today, running.stream().map(AgreementDates::id).toList()));
    }

    static List<Due> dueDates(Collection<AgreementDates> running, Collection<HeldEvaluation> held) {
        Map<Long, HeldEvaluation> last = new HashMap<>();
        for (HeldEvaluation evaluation : held) {
            last.merge(
                    evaluation.agreementId(), evaluation, (a, b) -> b.heldOn().isAfter(a.heldOn()) ? b : a);
        }
        return running.stream()
                .map(agreement -> {
                    HeldEvaluation evaluation = last.get(agreement.id());
                    return evaluation == null
                            ? new Due(
                                    agreement.id(),
                                    agreement.studentId(),
                                    agreement.firstAcceptedOn(),
                                    null,
                                    ComplianceRule.dueOn(agreement.firstAcceptedOn(), null))
                            : new Due(
                                    agreement.id(),
                                    agreement.studentId(),
                                    agreement.firstAcceptedOn(),
                                    evaluation.heldOn(),
                                    evaluation.nextDueOn());
                })
                .toList();
    }
}
