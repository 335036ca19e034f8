package nl.hulproute.people;

import java.util.Set;
import nl.hulproute.shared.Role;
import nl.hulproute.shared.StaffMember;
import org.jspecify.annotations.Nullable;

/** A user as other modules need to know them: a name to show and what they may take on. */
public record UserSummary(
        long id,
        String displayName,
        Set<Role> roles,
        Set<Long> locationIds,
        @Nullable Long providerId,
        @Nullable String email,
        @Nullable String phone)
        implements StaffMember {}
