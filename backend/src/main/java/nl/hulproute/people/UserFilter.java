package nl.hulproute.people;

import nl.hulproute.shared.Role;
import org.jspecify.annotations.Nullable;

/** Which users an administrator looks for: part of a name or username, a role, a location; each optional. */
public record UserFilter(
        @Nullable String q, @Nullable Role role, @Nullable Long locationId) {}
