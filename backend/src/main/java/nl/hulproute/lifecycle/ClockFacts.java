package nl.hulproute.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a case's clocks ({@link CaseClocks}) need of its history, folded step by step: the first and last of its
 * milestones, and its stays on the waiting list. The case keeps them ({@code lifecycle_case.clock_facts}) and each
 * transition folds in its own step, so showing the clocks reads no history. A case whose facts were never kept (one
 * from before V0091) has them folded from its history once, by the same {@link #after}.
 *
 * @param triagedAt the first START_TRIAGE
 * @param firstReferredAt the first REFER
 * @param lastReferredAt the last REFER
 * @param firstWaitlistedAt the first PLACE_ON_WAITLIST
 * @param referredBeforeWaitlistAt the last REFER before the first PLACE_ON_WAITLIST
 * @param firstWaitingOn the first day on the waiting list
 * @param waitingEnteredOn the day the current stay on the waiting list began; null when not on it
 * @param waitingLeftOn the day the last stay ended
 * @param waitingDays the days of the stays that ended
 * @param lastHandoverSentAt the last START_HANDOVER
 * @param lastAcceptedAt the last ACCEPT_HANDOVER
 * @param sentBeforeAcceptedAt the last START_HANDOVER before the last ACCEPT_HANDOVER
 * @param careStartReported whether CARE_STARTED followed the last ACCEPT_HANDOVER
 * @param careStartedOn the care-start day the first CARE_STARTED after the last ACCEPT_HANDOVER reported
 */
record ClockFacts(
        @Nullable Instant triagedAt,
        @Nullable Instant firstReferredAt,
        @Nullable Instant lastReferredAt,
        @Nullable Instant firstWaitlistedAt,
        @Nullable Instant referredBeforeWaitlistAt,
        @Nullable LocalDate firstWaitingOn,
        @Nullable LocalDate waitingEnteredOn,
        @Nullable LocalDate waitingLeftOn,
        long waitingDays,
        @Nullable Instant lastHandoverSentAt,
        @Nullable Instant lastAcceptedAt,
        @Nullable Instant sentBeforeAcceptedAt,
        boolean careStartReported,
        @Nullable LocalDate careStartedOn) {

    /** Of its own, not the app's: what is stored must not change with how the API writes JSON. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /** A case with no history yet. */
    static final ClockFacts NONE =
            new ClockFacts(null, null, null, null, null, null, null, null, 0, null, null, null, false, null);

    /** The facts of a history, oldest step first. */
    static ClockFacts of(List<CaseTransition> history, ZoneId zone) {
        ClockFacts facts = NONE;
        for (CaseTransition step : history) {
            facts = facts.after(step, zone);
        }
        return facts;
    }

    /** These facts with one more step, later than every step before it. */
    ClockFacts after(CaseTransition step, ZoneId zone) {
        Instant at = step.occurredAt();
        Instant triaged = triagedAt;
        Instant firstReferred = firstReferredAt;
        Instant lastReferred = lastReferredAt;
        Instant firstWaitlisted = firstWaitlistedAt;
        Instant referredBeforeWaitlist = referredBeforeWaitlistAt;
        Instant handoverSent = lastHandoverSentAt;
        Instant accepted = lastAcceptedAt;
        Instant sentBeforeAccepted = sentBeforeAcceptedAt;
        boolean startReported = careStartReported;
        LocalDate startedOn = careStartedOn;
        switch (step.event()) {
            case START_TRIAGE -> triaged = triaged == null ? at : triaged;
            case REFER -> {
                firstReferred = firstReferred == null ? at : firstReferred;
                lastReferred = at;
            }
            case PLACE_ON_WAITLIST -> {
                if (firstWaitlisted == null) {
                    firstWaitlisted = at;
                    referredBeforeWaitlist = lastReferred;
                }
            }
            case START_HANDOVER -> handoverSent = at;
            case ACCEPT_HANDOVER -> {
                accepted = at;
                sentBeforeAccepted = handoverSent;
                startReported = false;
                startedOn = null;
            }
            case CARE_STARTED -> {
                if (accepted != null && !at.isBefore(accepted) && !startReported) {
                    startReported = true;
                    startedOn = careStartedOn(step);
                }
            }
            default -> {
                // the other events move no clock but the waiting list's, below
            }
        }
        LocalDate firstWaiting = firstWaitingOn;
        LocalDate enteredOn = waitingEnteredOn;
        LocalDate leftOn = waitingLeftOn;
        long days = waitingDays;
        if (step.toState() == CaseState.WAITING && step.fromState() != CaseState.WAITING) {
            enteredOn = LocalDate.ofInstant(at, zone);
            firstWaiting = firstWaiting == null ? enteredOn : firstWaiting;
        } else if (step.fromState() == CaseState.WAITING && step.toState() != CaseState.WAITING && enteredOn != null) {
            leftOn = LocalDate.ofInstant(at, zone);
            days += ChronoUnit.DAYS.between(enteredOn, leftOn);
            enteredOn = null;
        }
        return new ClockFacts(
                triaged,
                firstReferred,
                lastReferred,
                firstWaitlisted,
                referredBeforeWaitlist,
                firstWaiting,
                enteredOn,
                leftOn,
                days,
                handoverSent,
                accepted,
                sentBeforeAccepted,
                startReported,
                startedOn);
    }

    private static @Nullable LocalDate careStartedOn(CaseTransition step) {
        try {
            JsonNode startedOn = JSON.readTree(step.payload()).get(EventField.CARE_STARTED_ON.jsonName());
            return startedOn == null || startedOn.isNull() ? null : LocalDate.parse(startedOn.asText());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored payloads are JSON", e);
        }
    }

    /** The facts in their column, as JSON; a column left null means they were never kept. */
    @Converter
    static final class Stored implements AttributeConverter<ClockFacts, String> {

        @Override
        public @Nullable String convertToDatabaseColumn(@Nullable ClockFacts facts) {
            try {
                return facts == null ? null : JSON.writeValueAsString(facts);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("clock facts are plain values", e);
            }
        }

        @Override
        public @Nullable ClockFacts convertToEntityAttribute(@Nullable String column) {
            try {
                return column == null ? null : JSON.readValue(column, ClockFacts.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored clock facts are JSON", e);
            }
        }
    }
}
