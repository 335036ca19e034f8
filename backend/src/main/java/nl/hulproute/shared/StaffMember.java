package nl.hulproute.shared;

/**
 * A user as a rule sees whether they may take something on: the roles they hold and the locations they work at. The
 * acting user ({@link Actor}) is one, from their session; any other user is one as read from their account.
 */
public interface StaffMember {

    boolean has(Role role);

    boolean worksAt(long locationId);
}
