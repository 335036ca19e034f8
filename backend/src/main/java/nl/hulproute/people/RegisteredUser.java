package nl.hulproute.people;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;
import nl.hulproute.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * A user as the functioneel beheerder sees them: who, what roles, where, for which provider, whether they may sign in.
 * Nothing about the students or cases they work with.
 *
 * @param signsInAtIdentityProvider whether the user has signed in at the school's identity provider (and is bound
 *     to that identity)
 */
@Schema(name = "AdminUser")
public record RegisteredUser(
        long id,
        String username,
        String displayName,
        @Nullable String email,
        @Nullable String phone,
        Set<Role> roles,
        Set<Long> locationIds,
        @Nullable Long providerId,
        boolean enabled,
        boolean signsInAtIdentityProvider,
        long version) {

    public RegisteredUser {
        roles = Set.copyOf(roles);
        locationIds = Set.copyOf(locationIds);
    }
}
