package nl.hulproute.platform;

import java.util.Set;
import nl.hulproute.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * A person as the school's identity provider vouches for them, read from the claims of an ID token or a bearer
 * token. Only what Hulproute needs is kept.
 *
 * @param issuer the identity provider
 * @param subject the provider's lasting identifier of the person; with the issuer it names them for good, while the
 *     username may change
 * @param username the Hulproute username
 * @param displayName the name to show
 * @param email the e-mail address, when the provider gives one
 * @param roles the Hulproute roles the provider grants; claimed values that are no role are already left out
 * @param locationCodes the codes of the locations the person works at, as the provider sends them
 */
public record ExternalIdentity(
        String issuer,
        String subject,
        String username,
        String displayName,
        @Nullable String email,
        Set<Role> roles,
        Set<String> locationCodes) {

    public ExternalIdentity {
        roles = Set.copyOf(roles);
        locationCodes = Set.copyOf(locationCodes);
    }
}
