package nl.hulproute.intake;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SignalRepository extends Repository<Signal, Long> {

    Signal save(Signal signal);

    Signal saveAndFlush(Signal signal);

    /** The signals someone raised, less those retention anonymised (they are nobody's any more). */
    @Query("select s from Signal s where s.raisedByUserId = :raisedByUserId and s.anonymisedAt is null")
    Page<Signal> findByRaisedByUserId(long raisedByUserId, Pageable pageable);

    List<Signal> findByCaseIdOrderByRaisedAtAscIdAsc(long caseId);

    long countByLocationIdInAndRaisedAtGreaterThanEqual(Collection<Long> locationIds, Instant since);

    /** The signal of this case, locked for a correction: a second correction waits, then sees the new version. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Signal s where s.id = :id and s.caseId = :caseId and s.anonymisedAt is null")
    Optional<Signal> findOnCaseForUpdate(long id, long caseId);
}
