package nl.hulproute.lifecycle;

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

    @Nullable
    LocalDate next(Case theCase, ZoneId zone) {
        return switch (theCase.state()) {
            case SIGNALLED -> day(theCase.openedAt(), zone).plusDays(triageDays(theCase.urgency()));
            case FIRST_LINE -> theCase.checkInDate();
            case WAITING -> theCase.currentBridgingPlan()
                    .filter(BridgingPlan::hasContact)
                    .map(plan -> plan.nextContactDue(zone))
                    .orElse(theCase.expectedStartDate());
            case HANDOVER -> theCase.handoverStartedAt() == null
                    ? null
                    : plusWorkingDays(day(theCase.handoverStartedAt(), zone), norms.handoverResponseWorkingDays());
            case TRIAGE, SECOND_LINE, REFERRED, EXTERNAL_CARE, CLOSED -> null;
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
