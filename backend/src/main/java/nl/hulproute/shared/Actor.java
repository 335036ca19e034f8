package nl.hulproute.shared;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in user as the domain sees them: who they are, what roles they hold, where they work and, for an
 * external professional, which provider they work for. Every access decision starts here. {@code breakGlassUntil}:
 * no break-glass grant of theirs is in force after it (null: they never held one), so their grants are read only
 * while one may be in force (ADR 27).
 */
public record Actor(
        long id,
        String username,
        String displayName,
        Set<Role> roles,
        Set<Long> locationIds,
        @Nullable Long providerId,
        @Nullable Instant breakGlassUntil)
        implements Serializable, StaffMember {

    public Actor {
        roles = Set.copyOf(roles);
        locationIds = Set.copyOf(locationIds);
    }

    /** Whether a break-glass grant of theirs may be in force at that instant. */
    public boolean mayHoldBreakGlassAt(Instant instant) {
        return breakGlassUntil != null && breakGlassUntil.isAfter(instant);
    }

    public boolean worksFor(@Nullable Long provider) {
        return has(Role.EXTERNAL_PROFESSIONAL) && providerId != null && providerId.equals(provider);
    }
}
