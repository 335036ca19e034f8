package nl.hulproute.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.hulproute.shared.InBatches;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dated rows the yearly evaluation is computed from, for the whole installation or for some students: which
 * agreements are running and accepted, which were accepted by a day, and which evaluations were held with the
 * student. Each rule is written once here, so that the reminders, the worklist, carry-over and compliance cannot
 * count differently. Plain rows, {@link #IDS_PER_STATEMENT} ids a statement: a JPQL list parameter of thousands is
 * translated again on every call (docs/performance.md).
 */
@Component
class YearlyEvaluationRows {

    private static final int IDS_PER_STATEMENT = 5_000;

    private static final String AGREEMENT_DATES = "SELECT id, student_id, first_accepted_on, ended_on"
            + " FROM agreements_agreement WHERE first_accepted_on IS NOT NULL";

    /** Running: not ended; accepted: a revision has been accepted at least once. */
    private static final String RUNNING_ACCEPTED = AGREEMENT_DATES + " AND running_student_id IS NOT NULL";

    /** Only an evaluation with the student counts (WVR). */
    private static final String HELD_WITH_STUDENT = "SELECT agreement_id, held_on, next_due_on"
            + " FROM agreements_evaluation WHERE student_present AND held_on <= :day";

    private static final RowMapper<AgreementDates> DATES = (row, number) -> new AgreementDates(
            row.getLong("id"),
            row.getLong("student_id"),
            row.getObject("first_accepted_on", LocalDate.class),
            row.getObject("ended_on", LocalDate.class));

    private static final RowMapper<HeldEvaluation> HELD = (row, number) -> new HeldEvaluation(
            row.getLong("agreement_id"),
            row.getObject("held_on", LocalDate.class),
            row.getObject("next_due_on", LocalDate.class));

    private final NamedParameterJdbcTemplate jdbc;

    YearlyEvaluationRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every running, accepted agreement of the installation. */
    List<AgreementDates> runningAccepted() {
        return jdbc.query(RUNNING_ACCEPTED, DATES);
    }

    /** The running, accepted agreements of these students (by the index on the running agreement's student). */
    List<AgreementDates> runningAccepted(Collection<Long> studentIds) {
        List<AgreementDates> running = new ArrayList<>();
        for (List<Long> batch : InBatches.of(studentIds, IDS_PER_STATEMENT)) {
            running.addAll(
                    jdbc.query(RUNNING_ACCEPTED + " AND running_student_id IN (:ids)", Map.of("ids", batch), DATES));
        }
        return running;
    }

    /** Every agreement accepted on or before a day, running or ended: the population of compliance. */
    List<AgreementDates> acceptedOnOrBefore(LocalDate day) {
        return jdbc.query(AGREEMENT_DATES + " AND first_accepted_on <= :day", Map.of("day", day), DATES);
    }

    /** Every evaluation held with the student on or before a day. */
    List<HeldEvaluation> heldWithStudent(LocalDate day) {
        return jdbc.query(HELD_WITH_STUDENT, Map.of("day", day), HELD);
    }

    /** The evaluations of these agreements held with the student on or before a day. */
    List<HeldEvaluation> heldWithStudent(LocalDate day, Collection<Long> agreementIds) {
        List<HeldEvaluation> held = new ArrayList<>();
        for (List<Long> batch : InBatches.of(agreementIds, IDS_PER_STATEMENT)) {
            held.addAll(jdbc.query(
                    HELD_WITH_STUDENT + " AND agreement_id IN (:ids)", Map.of("day", day, "ids", batch), HELD));
        }
        return held;
    }
}
