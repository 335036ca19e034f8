package nl.hulproute.lifecycle;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The clocks of a case, computed in this one place from its transition history: how long each step of the route
 * took, or has been taking so far. Days are calendar days in the school's time zone.
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

    static View of(
            Case theCase,
            List<CaseTransition> history,
            long contactsMade,
            LocalDate today,
            ZoneId zone,
            ObjectMapper json) {
        LocalDate signalled = day(theCase.openedAt(), zone);
        CaseState state = theCase.state();

        Optional<CaseTransition> triage = first(history, step -> step.event() == CaseEvent.START_TRIAGE);
        Clock signalToTriage = triage.map(step -> Clock.of(signalled, day(step.occurredAt(), zone), today))
                .orElse(state == CaseState.SIGNALLED ? Clock.of(signalled, null, today) : null);

        Optional<CaseTransition> referral = first(history, step -> step.event() == CaseEvent.REFER);
        Clock signalToReferral = referral.map(step -> Clock.of(signalled, day(step.occurredAt(), zone), today))
                .orElse(null);

        Clock referralToWaitingList = null;
        Optional<CaseTransition> waitlisted = first(history, step -> step.event() == CaseEvent.PLACE_ON_WAITLIST);
        if (waitlisted.isPresent()) {
            CaseTransition referredBefore = lastBefore(history, waitlisted.get(), CaseEvent.REFER);
            if (referredBefore != null) {
                referralToWaitingList = Clock.of(
                        day(referredBefore.occurredAt(), zone),
                        day(waitlisted.get().occurredAt(), zone),
                        today);
            }
        } else if (state == CaseState.REFERRED && referral.isPresent()) {
            CaseTransition lastReferral = requireNonNull(last(history, CaseEvent.REFER));
            referralToWaitingList = Clock.of(day(lastReferral.occurredAt(), zone), null, today);
        }

        Clock onWaitingList = null;
        LocalDate firstDay = null;
        LocalDate enteredOn = null;
        LocalDate leftOn = null;
        long days = 0;
        for (CaseTransition step : history) {
            if (step.toState() == CaseState.WAITING && step.fromState() != CaseState.WAITING) {
                enteredOn = day(step.occurredAt(), zone);
                firstDay = firstDay == null ? enteredOn : firstDay;
            } else if (step.fromState() == CaseState.WAITING
                    && step.toState() != CaseState.WAITING
                    && enteredOn != null) {
                leftOn = day(step.occurredAt(), zone);
                days += ChronoUnit.DAYS.between(enteredOn, leftOn);
                enteredOn = null;
            }
        }
        if (firstDay != null) {
            boolean waitingNow = state == CaseState.WAITING && enteredOn != null;
            if (waitingNow) {
                days += ChronoUnit.DAYS.between(enteredOn, today);
            }
            onWaitingList = new Clock(firstDay, waitingNow ? null : leftOn, days, waitingNow);
        }

        Clock handoverToAccepted = null;
        CaseTransition accepted = last(history, CaseEvent.ACCEPT_HANDOVER);
        if (accepted != null) {
            CaseTransition sent = lastBefore(history, accepted, CaseEvent.START_HANDOVER);
            if (sent != null) {
                handoverToAccepted = Clock.of(day(sent.occurredAt(), zone), day(accepted.occurredAt(), zone), today);
            }
        } else if (state == CaseState.HANDOVER) {
            CaseTransition sent = last(history, CaseEvent.START_HANDOVER);
            if (sent != null) {
                handoverToAccepted = Clock.of(day(sent.occurredAt(), zone), null, today);
            }
        }

        Clock acceptedToCareStarted = null;
        if (accepted != null) {
            LocalDate acceptedOn = day(accepted.occurredAt(), zone);
            CaseTransition started = history.stream()
                    .filter(step -> step.event() == CaseEvent.CARE_STARTED
                            && !step.occurredAt().isBefore(accepted.occurredAt()))
                    .findFirst()
                    .orElse(null);
            LocalDate startedOn = started == null ? null : careStartedOn(started, json);
            if (startedOn != null) {
                acceptedToCareStarted = Clock.of(acceptedOn, startedOn, today);
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

    private static @Nullable LocalDate careStartedOn(CaseTransition step, ObjectMapper json) {
        try {
            JsonNode payload = json.readTree(step.payload());
            return payload.hasNonNull("careStartedOn")
                    ? LocalDate.parse(payload.get("careStartedOn").asText())
                    : null;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored payloads are JSON", e);
        }
    }

    private static Optional<CaseTransition> first(List<CaseTransition> history, Predicate<CaseTransition> which) {
        return history.stream().filter(which).findFirst();
    }

    private static @Nullable CaseTransition last(List<CaseTransition> history, CaseEvent event) {
        CaseTransition found = null;
        for (CaseTransition step : history) {
            if (step.event() == event) {
                found = step;
            }
        }
        return found;
    }

    private static @Nullable CaseTransition lastBefore(
            List<CaseTransition> history, CaseTransition before, CaseEvent event) {
        CaseTransition found = null;
        for (CaseTransition step : history) {
            if (step == before) {
                break;
            }
            if (step.event() == event) {
                found = step;
            }
        }
        return found;
    }

    private static LocalDate day(Instant instant, ZoneId zone) {
        return LocalDate.ofInstant(instant, zone);
    }
}
