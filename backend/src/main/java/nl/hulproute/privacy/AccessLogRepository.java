package nl.hulproute.privacy;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Reads the access log; writing is {@link AccessLog}'s alone, and only by inserting. */
interface AccessLogRepository extends Repository<AccessLogEntry, Long> {

    @Query(
            """
            select e from AccessLogEntry e
            where (:studentId is null or e.studentId = :studentId)
              and (:userId is null or e.userId = :userId)
              and e.occurredAt >= :from and e.occurredAt < :until
            """)
    Page<AccessLogEntry> search(
            @Nullable Long studentId, @Nullable Long userId, Instant from, Instant until, Pageable pageable);
}
