package nl.hulproute.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.hulproute.shared.InBatches;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When each running agreement's next evaluation with the student is due: the date planned at the last evaluation
 * with the student (at most 12 months after it), or 12 months after the first acceptance when there was none. The
 * worklist and the reminders go by it; compliance itself always counts 12 months ({@link ComplianceRule}).
 */
@Component
class EvaluationSchedule {

    static final int IDS_PER_STATEMENT = 5_000;

    private final AgreementRepository agreements;
    private final EvaluationRepository evaluations;
    private final NamedParameterJdbcTemplate jdbc;

    EvaluationSchedule(
            AgreementRepository agreements, EvaluationRepository evaluations, NamedParameterJdbcTemplate jdbc) {
        this.agreements = agreements;
        this.evaluations = evaluations;
        this.jdbc = jdbc;
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
        return dueDates(agreements.runningAccepted(), evaluations.heldWithStudentOnOrBefore(today));
    }

    /**
     * The running agreements of these students only, so that a location's worklist reads its own agreements, not
     * the installation's (at national scale 90,000 for one zorgcoördinator's page). Plain rows, {@link
     * #IDS_PER_STATEMENT} ids a statement: a JPQL list parameter of thousands is translated again on every call.
     */
    List<Due> runningOf(Collection<Long> studentIds, LocalDate today) {
        List<AgreementDates> running = new ArrayList<>();
        for (List<Long> batch : InBatches.of(studentIds, IDS_PER_STATEMENT)) {
            running.addAll(jdbc.query(
                    """
                    SELECT id, student_id, first_accepted_on, ended_on FROM agreements_agreement
                    WHERE running_student_id IN (:ids) AND first_accepted_on IS NOT NULL
                    """,
                    Map.of("ids", batch),
                    (row, number) -> new AgreementDates(
                            row.getLong("id"),
                            row.getLong("student_id"),
                            row.getObject("first_accepted_on", LocalDate.class),
                            row.getObject("ended_on", LocalDate.class))));
        }
        List<HeldEvaluation> held = new ArrayList<>();
        for (List<Long> batch :
                InBatches.of(running.stream().map(AgreementDates::id).toList(), IDS_PER_STATEMENT)) {
            held.addAll(jdbc.query(
                    """
                    SELECT agreement_id, held_on, next_due_on FROM agreements_evaluation
                    WHERE agreement_id IN (:ids) AND student_present AND held_on <= :day
                    """,
                    Map.of("ids", batch, "day", today),
                    (row, number) -> new HeldEvaluation(
                            row.getLong("agreement_id"),
                            row.getObject("held_on", LocalDate.class),
                            row.getObject("next_due_on", LocalDate.class))));
        }
        return dueDates(running, held);
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
