package nl.hulproute.lifecycle;

import static java.util.stream.Collectors.joining;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Reads only the milestones of a history, however long it grew (a case that went between first and second line a
 * hundred times has a hundred steps the clocks skip). The query is written out once from {@link CaseClocks}'s own
 * list, as literals: a list parameter would make Hibernate translate the query again on every call.
 */
class ClockStepsImpl implements ClockSteps {

    private static final String WAITING = CaseState.class.getName() + "." + CaseState.WAITING.name();

    private static final String QUERY = "select t from CaseTransition t where t.caseId = :caseId and (t.event in ("
            + CaseClocks.MILESTONES.stream()
                    .map(event -> CaseEvent.class.getName() + "." + event.name())
                    .collect(joining(", "))
            + ") or t.fromState = " + WAITING + " or t.toState = " + WAITING + ") order by t.occurredAt, t.id";

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
}
