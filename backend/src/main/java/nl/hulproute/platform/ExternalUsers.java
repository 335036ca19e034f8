package nl.hulproute.platform;

import java.util.Optional;
import nl.hulproute.shared.Actor;

/**
 * Keeps the users who sign in at the school's identity provider in step with it. The platform authenticates the
 * person and reads the claims; the module that owns the users implements this, so the platform never touches their
 * records.
 */
public interface ExternalUsers {

    /**
     * Creates the user on their first sign-in, or updates them to what the identity provider says now (roles,
     * locations, name, username), on every sign-in and with every bearer token.
     *
     * @return the user as they are now, with the roles that remain; empty when the person may not use Hulproute at
     *     all: no known role and no account yet, a disabled account, or a username that belongs to someone else
     */
    Optional<Actor> provision(ExternalIdentity identity);
}
