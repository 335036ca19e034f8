package nl.hulproute.privacy;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface BreakGlassGrantRepository extends Repository<BreakGlassGrant, Long> {

    BreakGlassGrant save(BreakGlassGrant grant);

    @Query("select g from BreakGlassGrant g where g.userId = :userId and g.expiresAt > :now")
    List<BreakGlassGrant> findByUserIdAndExpiresAtAfter(long userId, Instant now);
}
