package nl.hulproute.privacy;

import java.time.Instant;
import java.util.List;
import org.springframework.data.repository.Repository;

interface BreakGlassGrantRepository extends Repository<BreakGlassGrant, Long> {

    BreakGlassGrant save(BreakGlassGrant grant);

    List<BreakGlassGrant> findByUserIdAndExpiresAtAfter(long userId, Instant now);
}
