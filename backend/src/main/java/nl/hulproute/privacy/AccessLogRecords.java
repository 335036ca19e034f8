package nl.hulproute.privacy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access log as part of a student's record: for their AVG inzage, every line about them, oldest first. The
 * caller has decided that the actor may have the student's whole record and logs the export (which includes the
 * log) as one EXPORT line; reading the log for it is therefore not logged again as VIEW_ACCESS_LOG. And the one way
 * lines ever leave the log: when they are older than the installation's retention, never younger than
 * {@link #MINIMUM_RETENTION}.
 */
@Service
@Transactional(readOnly = true)
public class AccessLogRecords {

    /**
     * No line leaves the log before it is this old, whatever is configured: long enough for a student to learn of
     * an access and complain, and for the privacy officer to investigate (see docs/adr/0008).
     */
    public static final Period MINIMUM_RETENTION = Period.ofYears(2);

    /** Lines are removed in chunks, each in a transaction of its own, so a large purge holds no long locks. */
    private static final int PURGE_CHUNK = 5_000;

    private final EntityManager entityManager;
    private final Clock clock;
    private final TransactionTemplate chunk;
    private final AccessLogMapper mapper;

    AccessLogRecords(
            EntityManager entityManager,
            Clock clock,
            PlatformTransactionManager transactionManager,
            AccessLogMapper mapper) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.chunk = new TransactionTemplate(transactionManager);
        this.mapper = mapper;
    }

    /** Every line about this student: who did what with which of their records, when, in which role, why. */
    public List<AccessLogView> about(long studentId) {
        return entityManager
                .createQuery(
                        "select e from AccessLogEntry e where e.studentId = :studentId order by e.occurredAt, e.id",
                        AccessLogEntry.class)
                .setParameter("studentId", studentId)
                .getResultList()
                .stream()
                .map(mapper::toView)
                .toList();
    }

    /**
     * Retention: removes the lines that occurred before {@code cutoff}, which must lie at least
     * {@link #MINIMUM_RETENTION} in the past. Returns how many were removed.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public long purgeBefore(Instant cutoff) {
        Instant latestAllowed =
                clock.instant().atZone(clock.getZone()).minus(MINIMUM_RETENTION).toInstant();
        if (cutoff.isAfter(latestAllowed)) {
            throw new IllegalArgumentException("Access-log lines are kept at least " + MINIMUM_RETENTION
                    + "; refusing to remove lines after " + cutoff);
        }
        long removed = 0;
        int lastChunk;
        do {
            lastChunk = Objects.requireNonNull(chunk.execute(status -> entityManager
                    .createNativeQuery("DELETE FROM privacy_access_log WHERE occurred_at < :cutoff ORDER BY id LIMIT "
                            + PURGE_CHUNK)
                    .setParameter("cutoff", cutoff)
                    .executeUpdate()));
            removed += lastChunk;
        } while (lastChunk == PURGE_CHUNK);
        return removed;
    }
}
