package nl.hulproute.people;

import java.util.Set;
import nl.hulproute.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator changes about a user, against the version they saw.
 *
 * @param enabled false stops the user signing in, in every way, until an administrator enables them again
 */
public record UserChange(
        Set<Role> roles,
        Set<Long> locationIds,
        @Nullable Long providerId,
        boolean enabled,
        long version,
        @Nullable String phone) {}
