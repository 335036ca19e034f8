package nl.hulproute.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a list's row shows of a case and what the rules read there: who may read or act on it ({@link CaseAccess}),
 * what is due when ({@link CaseDeadlines}). Ids, state and dates, not the case's texts: a {@link Case} is one, and a
 * list's row ({@link CaseRow}) is the same without the advice and the care summary, which a list does not show.
 */
interface CaseOutline {

    Long id();

    long studentId();

    long locationId();

    CaseState state();

    Urgency urgency();

    Instant openedAt();

    @Nullable
    Long ownerUserId();

    @Nullable
    Long providerId();

    boolean careContinuesAfterClose();

    @Nullable
    LocalDate checkInDate();

    @Nullable
    LocalDate expectedStartDate();

    @Nullable
    Instant waitingSince();

    @Nullable
    Instant handoverStartedAt();

    @Nullable
    LocalDate careStartedOn();

    @Nullable
    Instant closedAt();

    long version();

    Optional<BridgingPlan> currentBridgingPlan();

    /** Whether the school still bridges: a current plan with a contact person, and care has not started yet. */
    default boolean bridging() {
        return careStartedOn() == null
                && BridgingPlans.BRIDGING.contains(state())
                && currentBridgingPlan().filter(BridgingPlan::hasContact).isPresent();
    }
}
