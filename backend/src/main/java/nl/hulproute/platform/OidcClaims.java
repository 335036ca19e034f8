package nl.hulproute.platform;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.hulproute.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.util.StringUtils;

/**
 * Reads an {@link ExternalIdentity} from the claims of an ID token or a bearer token, by the claim names of
 * {@link OidcProperties}. Values are bounded by what the user table holds; anything unknown is left out.
 */
final class OidcClaims {

    private static final int MAX_USERNAME = 100;
    private static final int MAX_DISPLAY_NAME = 200;
    private static final int MAX_EMAIL = 320;
    private static final int MAX_LOCATION_CODE = 20;
    private static final int MAX_VALUES = 100;

    private final OidcProperties properties;

    OidcClaims(OidcProperties properties) {
        this.properties = properties;
    }

    /**
     * @throws OAuth2AuthenticationException when the claims do not say who the person is (no subject, no username)
     */
    ExternalIdentity identity(String issuer, Map<String, Object> claims) {
        String subject = text(claims.get(properties.subjectClaim()));
        if (subject == null || subject.length() > 255) {
            throw refused("no usable subject claim '" + properties.subjectClaim() + "'");
        }
        String username = properties.usernameClaims().stream()
                .map(claim -> text(claims.get(claim)))
                .filter(value -> value != null)
                .findFirst()
                .orElseThrow(() -> refused("none of the username claims " + properties.usernameClaims()));
        if (username.length() > MAX_USERNAME) {
            throw refused("the username is longer than " + MAX_USERNAME + " characters");
        }
        String name = text(claims.get(properties.nameClaim()));
        String displayName = name == null ? username : name.substring(0, Math.min(name.length(), MAX_DISPLAY_NAME));
        String email = text(claims.get(properties.emailClaim()));
        Set<Role> roles = values(claims.get(properties.rolesClaim()))
                .map(OidcClaims::role)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        Set<String> locations = values(claims.get(properties.locationsClaim()))
                .filter(code -> code.length() <= MAX_LOCATION_CODE)
                .collect(Collectors.toSet());
        return new ExternalIdentity(
                issuer,
                subject,
                username,
                displayName,
                email != null && email.length() <= MAX_EMAIL ? email : null,
                roles,
                locations);
    }

    private static Optional<Role> role(String value) {
        String name = value.toUpperCase(Locale.ROOT);
        return Arrays.stream(Role.values())
                .filter(role -> role.name().equals(name))
                .findFirst();
    }

    /** A claim as a list of values: a JSON array, or a text of values separated by spaces or commas. */
    private static Stream<String> values(@Nullable Object claim) {
        Stream<?> raw;
        if (claim == null) {
            raw = Stream.empty();
        } else if (claim instanceof Collection<?> collection) {
            raw = collection.stream();
        } else if (claim instanceof Object[] array) {
            raw = Arrays.stream(array);
        } else {
            raw = Arrays.stream(claim.toString().split("[\\s,]+"));
        }
        return raw.filter(value -> value != null)
                .map(value -> value.toString().strip())
                .filter(StringUtils::hasText)
                .limit(MAX_VALUES);
    }

    private static @Nullable String text(@Nullable Object claim) {
        if (claim == null) {
            return null;
        }
        String value = claim.toString().strip();
        return value.isEmpty() ? null : value;
    }

    private static OAuth2AuthenticationException refused(String reason) {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, reason, null));
    }
}
