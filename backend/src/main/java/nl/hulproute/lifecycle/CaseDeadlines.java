package nl.hulproute.lifecycle;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The next date by which something must happen on a case: triage after a signal, the SLB'er's check-in in the
 * first line, the next bridging contact on the waiting list, the provider's answer to a handover.
 */
@Component
class CaseDeadlines {

    private final LifecycleProperties norms;

    CaseDeadlines(LifecycleProperties norms) {
        this.norms = norms;
    }

    /** A date and what is due on it. */
    record Deadline(LocalDate date, DeadlineKind kind) {}

    @Nullable
    LocalDate next(CaseOutline theCase, ZoneId zone) {
        Deadline deadline = nextDue(theCase, zone);
        return deadline == null ? null : deadline.date();
    }

    @Nullable
    Deadline nextDue(CaseOutline theCase, ZoneId zone) {
        return switch (theCase.state()) {
            case SIGNALLED ->
                new Deadline(
                        day(theCase.openedAt(), zone).plusDays(triageDays(theCase.urgency())), DeadlineKind.TRIAGE);
            case FIRST_LINE ->
                theCase.checkInDate() == null ? null : new Deadline(theCase.checkInDate(), DeadlineKind.CHECK_IN);
            case WAITING ->
                theCase.currentBridgingPlan()
                        .filter(BridgingPlan::hasContact)
                        .map(plan ->
                                new Deadline(requireNonNull(plan.nextContactDue(zone)), DeadlineKind.BRIDGING_CONTACT))
                        .orElse(
                                theCase.expectedStartDate() == null
                                        ? null
                                        : new Deadline(theCase.expectedStartDate(), DeadlineKind.EXPECTED_START));
            case HANDOVER ->
                theCase.handoverStartedAt() == null
                        ? null
                        : new Deadline(
                                plusWorkingDays(
                                        day(theCase.handoverStartedAt(), zone), norms.handoverResponseWorkingDays()),
                                DeadlineKind.HANDOVER_ANSWER);
            // after the acceptance the school keeps checking in until the receiver reports care started
            case EXTERNAL_CARE ->
                theCase.bridging()
                        ? theCase.currentBridgingPlan()
                                .map(plan -> new Deadline(
                                        requireNonNull(plan.nextContactDue(zone)), DeadlineKind.BRIDGING_CONTACT))
                                .orElse(null)
                        : null;
            case TRIAGE, SECOND_LINE, REFERRED, CLOSED -> null;
        };
    }

    private int triageDays(Urgency urgency) {
        return switch (urgency) {
            case ACUTE -> norms.acuteTriageDays();
            case URGENT -> norms.urgentTriageDays();
            case NORMAL -> norms.triageDays();
        };
    }

    private static LocalDate day(java.time.Instant instant, ZoneId zone) {
        return LocalDate.ofInstant(instant, zone);
    }

    static LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        for (int added = 0; added < days; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return day;
    }
}
