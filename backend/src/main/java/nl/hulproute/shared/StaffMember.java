package nl.hulproute.shared;

import java.util.Set;

/**
 * A user as a rule sees whether they may take something on: the roles they hold and the locations they work at. The
 * acting user ({@link Actor}) is one, from their session; any other user is one as read from their account.
 */
public interface StaffMember {

    Set<Role> roles();

    Set<Long> locationIds();

    default boolean has(Role role) {
        return roles().contains(role);
    }

    default boolean worksAt(long locationId) {
        return locationIds().contains(locationId);
    }
}
