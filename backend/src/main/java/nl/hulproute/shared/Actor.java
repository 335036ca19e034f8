package nl.hulproute.shared;

import java.io.Serializable;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in user as the domain sees them: who they are, what roles they hold, where they work and, for an
 * external professional, which provider they work for. Every access decision starts here.
 */
public record Actor(
        long id,
        String username,
        String displayName,
        Set<Role> roles,
        Set<Long> locationIds,
        @Nullable Long providerId) implements Serializable {

    public Actor {
        roles = Set.copyOf(roles);
        locationIds = Set.copyOf(locationIds);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean worksAt(long locationId) {
        return locationIds.contains(locationId);
    }

    public boolean worksFor(@Nullable Long provider) {
        return has(Role.EXTERNAL_PROFESSIONAL) && providerId != null && providerId.equals(provider);
    }
}
