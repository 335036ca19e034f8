package nl.hulproute.lifecycle;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append-only: transitions are saved and read, never changed or deleted. */
interface CaseTransitionRepository extends Repository<CaseTransition, Long> {

    CaseTransition save(CaseTransition transition);

    List<CaseTransition> findByCaseIdOrderByOccurredAtAscIdAsc(long caseId);

    @Query(
            """
            select count(t) from CaseTransition t, LifecycleCase c
            where c.id = t.caseId and c.locationId in :locationIds and t.event in :events and t.occurredAt < :before
            """)
    long countBefore(Collection<Long> locationIds, Collection<CaseEvent> events, Instant before);
}
