package nl.hulproute.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A case as the lists read it: its outline and its current bridging plan. Read as columns, not as an entity: no texts
 * (least data), and nothing for Hibernate to track (docs/performance.md).
 */
record CaseRow(
        Long id,
        long studentId,
        long locationId,
        CaseState state,
        Urgency urgency,
        Instant openedAt,
        @Nullable Long ownerUserId,
        @Nullable Long providerId,
        boolean careContinuesAfterClose,
        @Nullable LocalDate checkInDate,
        @Nullable LocalDate expectedStartDate,
        @Nullable Instant waitingSince,
        @Nullable Instant handoverStartedAt,
        @Nullable LocalDate careStartedOn,
        @Nullable Instant closedAt,
        @Nullable Instant handoverAcceptedAt,
        @Nullable LocalDate firstContactDate,
        long version,
        @Nullable BridgingPlan plan)
        implements CaseOutline {

    /**
     * The JPQL of the rows of cases {@code c}, each with its current plan {@code p} ({@link BridgingPlan#isCurrent});
     * a where clause follows. One row per case: {@link Case} ends its plan before it starts the next.
     */
    static final String SELECT_FROM = "select new " + CaseRow.class.getName() + "(c.id, c.studentId, c.locationId,"
            + " c.state, c.urgency, c.openedAt, c.ownerUserId, c.providerId, c.careContinuesAfterClose,"
            + " c.checkInDate, c.expectedStartDate, c.waitingSince, c.handoverStartedAt, c.careStartedOn, c.closedAt,"
            + " c.handoverAcceptedAt, c.firstContactDate, c.version, p)"
            + " from LifecycleCase c left join c.bridgingPlans p on p.endedAt is null";

    @Override
    public Optional<BridgingPlan> currentBridgingPlan() {
        return Optional.ofNullable(plan);
    }
}
