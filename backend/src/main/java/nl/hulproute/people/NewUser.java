package nl.hulproute.people;

import java.util.Set;
import nl.hulproute.shared.Role;
import org.jspecify.annotations.Nullable;

/** What registering a user takes. The password is only for password sign-in (demo and tests). */
public record NewUser(
        String username,
        String displayName,
        @Nullable String email,
        Set<Role> roles,
        Set<Long> locationIds,
        @Nullable Long providerId,
        @Nullable String password,
        @Nullable String phone) {

    public NewUser(
            String username,
            String displayName,
            @Nullable String email,
            Set<Role> roles,
            Set<Long> locationIds,
            @Nullable Long providerId,
            @Nullable String password) {
        this(username, displayName, email, roles, locationIds, providerId, password, null);
    }
}
