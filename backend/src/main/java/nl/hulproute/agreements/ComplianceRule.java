package nl.hulproute.agreements;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The compliance rule of the yearly evaluation, exactly as the Inspectie applies it. An agreement is <em>active</em>
 * at peildatum D when its first acceptance is on or before D and it was not ended on or before D. It is
 * <em>compliant</em> at D when its last evaluation held with the student on or before D (or, when there is none, its
 * first acceptance) lies no more than 12 calendar months before D: {@code last.plusMonths(12) >= D}. Otherwise it is
 * overdue by {@code D - last.plusMonths(12)} days. Evaluations without the student, and anything dated after D, do
 * not count: callers pass only the evaluations held with the student on or before D.
 */
final class ComplianceRule {

    static final int MONTHS = 12;

    private ComplianceRule() {}

    static boolean active(@Nullable LocalDate firstAcceptedOn, @Nullable LocalDate endedOn, LocalDate day) {
        return firstAcceptedOn != null && !firstAcceptedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
    }

    /** The day the yearly evaluation is due: 12 calendar months after the last evaluation with the student, or the first acceptance. */
    static LocalDate dueOn(LocalDate firstAcceptedOn, @Nullable LocalDate lastEvaluatedWithStudentOn) {
        LocalDate last = lastEvaluatedWithStudentOn == null ? firstAcceptedOn : lastEvaluatedWithStudentOn;
        return last.plusMonths(MONTHS);
    }

    static boolean compliant(LocalDate dueOn, LocalDate day) {
        return !dueOn.isBefore(day);
    }

    /** How many days overdue at {@code day}; zero when compliant. */
    static long daysOverdue(LocalDate dueOn, LocalDate day) {
        return Math.max(0, ChronoUnit.DAYS.between(dueOn, day));
    }
}
