package nl.hulproute.lifecycle;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The clocks of a case, computed in this one place from its transition history (as {@link ClockFacts}): how long
 * each step of the route took, or has been taking so far. Days are calendar days in the school's time zone.
 */
public final class CaseClocks {

    private CaseClocks() {}

    /**
     * The events whose steps the clocks read; besides these they read only steps onto or off the waiting list, so
     * they give the same answer for the history without the rest ({@link ClockSteps}).
     */
    static final Set<CaseEvent> MILESTONES = EnumSet.of(
            CaseEvent.START_TRIAGE,
            CaseEvent.REFER,
            CaseEvent.PLACE_ON_WAITLIST,
            CaseEvent.START_HANDOVER,
            CaseEvent.ACCEPT_HANDOVER,
            CaseEvent.CARE_STARTED);

    @Schema(name = "CaseClock", description = "How long one step of the route took, or takes so far")
    public record Clock(
            @Schema(description = "the day the step began") LocalDate startedOn,

            @Schema(description = "the day it ended; null while it runs") @Nullable
            LocalDate endedOn,

            @Schema(description = "days from start to end, or to today while it runs")
            long days,

            @Schema(description = "whether the step is still under way")
            boolean running) {

        static Clock of(LocalDate start, @Nullable LocalDate end, LocalDate today) {
            return new Clock(start, end, ChronoUnit.DAYS.between(start, end == null ? today : end), end == null);
        }
    }

    @Schema(
            name = "CaseClocks",
            description =
                    "The case's clocks, from its history; a clock is null when that step has not begun (or did not "
                            + "happen on this case's route)")
    public record View(
            @Nullable Clock signalToTriage,
            @Nullable Clock signalToReferral,
            @Nullable Clock referralToWaitingList,

            @Schema(description = "every stay on the waiting list together; startedOn is the first day on it") @Nullable
            Clock onWaitingList,

            @Nullable Clock handoverToAccepted,

            @Schema(description = "from the acceptance to the care-start day the receiver reported (CARE_STARTED)")
            @Nullable
            Clock acceptedToCareStarted,

            @Schema(description = "bridging contacts recorded")
            long bridgingContactsMade,

            @Schema(description = "bridging contacts the plans asked for until now (or until each plan ended)")
            long bridgingContactsPlanned) {}

    static View of(Case theCase, ClockFacts facts, long contactsMade, LocalDate today, ZoneId zone) {
        LocalDate signalled = day(theCase.openedAt(), zone);
        CaseState state = theCase.state();

        Clock signalToTriage = facts.triagedAt() != null
                ? Clock.of(signalled, day(facts.triagedAt(), zone), today)
                : state == CaseState.SIGNALLED ? Clock.of(signalled, null, today) : null;

        Clock signalToReferral =
                facts.firstReferredAt() == null ? null : Clock.of(signalled, day(facts.firstReferredAt(), zone), today);

        Clock referralToWaitingList = null;
        if (facts.firstWaitlistedAt() != null) {
            if (facts.referredBeforeWaitlistAt() != null) {
                referralToWaitingList = Clock.of(
                        day(facts.referredBeforeWaitlistAt(), zone), day(facts.firstWaitlistedAt(), zone), today);
            }
        } else if (state == CaseState.REFERRED && facts.lastReferredAt() != null) {
            referralToWaitingList = Clock.of(day(facts.lastReferredAt(), zone), null, today);
        }

        Clock onWaitingList = null;
        if (facts.firstWaitingOn() != null) {
            boolean waitingNow = state == CaseState.WAITING && facts.waitingEnteredOn() != null;
            long days =
                    facts.waitingDays() + (waitingNow ? ChronoUnit.DAYS.between(facts.waitingEnteredOn(), today) : 0);
            onWaitingList =
                    new Clock(facts.firstWaitingOn(), waitingNow ? null : facts.waitingLeftOn(), days, waitingNow);
        }

        Clock handoverToAccepted = null;
        if (facts.lastAcceptedAt() != null) {
            if (facts.sentBeforeAcceptedAt() != null) {
                handoverToAccepted =
                        Clock.of(day(facts.sentBeforeAcceptedAt(), zone), day(facts.lastAcceptedAt(), zone), today);
            }
        } else if (state == CaseState.HANDOVER && facts.lastHandoverSentAt() != null) {
            handoverToAccepted = Clock.of(day(facts.lastHandoverSentAt(), zone), null, today);
        }

        Clock acceptedToCareStarted = null;
        if (facts.lastAcceptedAt() != null) {
            LocalDate acceptedOn = day(facts.lastAcceptedAt(), zone);
            if (facts.careStartedOn() != null) {
                acceptedToCareStarted = Clock.of(acceptedOn, facts.careStartedOn(), today);
            } else if (state == CaseState.EXTERNAL_CARE) {
                acceptedToCareStarted = Clock.of(acceptedOn, null, today);
            }
        }

        long planned = theCase.bridgingPlans().stream()
                .filter(BridgingPlan::hasContact)
                .mapToLong(plan -> {
                    LocalDate from = day(plan.startedAt(), zone);
                    LocalDate until = plan.endedAt() == null ? today : day(plan.endedAt(), zone);
                    return Math.max(0, ChronoUnit.DAYS.between(from, until)) / requireNonNull(plan.contactEveryDays());
                })
                .sum();

        return new View(
                signalToTriage,
                signalToReferral,
                referralToWaitingList,
                onWaitingList,
                handoverToAccepted,
                acceptedToCareStarted,
                contactsMade,
                planned);
    }

    private static LocalDate day(Instant instant, ZoneId zone) {
        return LocalDate.ofInstant(instant, zone);
    }
}
