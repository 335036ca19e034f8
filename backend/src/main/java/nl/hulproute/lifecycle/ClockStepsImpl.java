package nl.hulproute.lifecycle;

import static java.util.stream.Collectors.joining;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads only the milestones of a history, however long it grew (a case that went between first and second line a
 * hundred times has a hundred steps the clocks skip). The steps are found by event on
 * {@code ix_lifecycle_case_transition_case_event}: the milestones, and the events the lifecycle lets onto or off the
 * waiting list ({@link CaseLifecycle#RULES}); of the latter only the steps that did move onto or off it count. The
 * query is written out once, as literals: a list parameter would make Hibernate translate it again on every call.
 */
class ClockStepsImpl implements ClockSteps {

    private static final String WAITING = CaseState.class.getName() + "." + CaseState.WAITING.name();

    /** Every event a step the clocks read can have. */
    static final Set<CaseEvent> CANDIDATES = candidates();

    private static final String QUERY = "select t from CaseTransition t where t.caseId = :caseId and t.event in ("
            + literals(CANDIDATES) + ") and (t.event in (" + literals(CaseClocks.MILESTONES) + ") or t.fromState = "
            + WAITING + " or t.toState = " + WAITING + ") order by t.occurredAt, t.id";

    private final EntityManager entityManager;

    ClockStepsImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<CaseTransition> clockStepsOf(long caseId) {
        return entityManager
                .createQuery(QUERY, CaseTransition.class)
                .setParameter("caseId", caseId)
                .getResultList();
    }

    private static Set<CaseEvent> candidates() {
        Set<CaseEvent> events = EnumSet.copyOf(CaseClocks.MILESTONES);
        events.addAll(CaseLifecycle.eventsOntoOrOff(CaseState.WAITING));
        return events;
    }

    private static String literals(Collection<CaseEvent> events) {
        return events.stream()
                .map(event -> CaseEvent.class.getName() + "." + event.name())
                .collect(joining(", "));
    }
}
