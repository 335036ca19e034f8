package nl.hulproute.lifecycle;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append-only: transitions are saved and read, never changed or deleted. */
interface CaseTransitionRepository extends Repository<CaseTransition, Long>, ClockSteps {

    CaseTransition save(CaseTransition transition);

    @Query("select t from CaseTransition t where t.caseId = :caseId order by t.occurredAt, t.id")
    List<CaseTransition> findByCaseIdOrderByOccurredAtAscIdAsc(long caseId);

    /** Which of these events happened to cases of these locations since {@code from}, and when. */
    @Query("""
            select t.event, t.occurredAt from CaseTransition t, LifecycleCase c
            where c.id = t.caseId and c.locationId in :locationIds and t.event in :events and t.occurredAt >= :from
            """)
    List<Object[]> since(Collection<Long> locationIds, Collection<CaseEvent> events, Instant from);
}
