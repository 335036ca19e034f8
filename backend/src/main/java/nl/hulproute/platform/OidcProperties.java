package nl.hulproute.platform;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Signing in at the school's identity provider (OpenID Connect), used in the {@code prod} profile. Set them in the
 * environment, for example {@code HULPROUTE_OIDC_ISSUER_URI}, {@code HULPROUTE_OIDC_CLIENT_ID} and
 * {@code HULPROUTE_OIDC_CLIENT_SECRET}; the secret never belongs in a file. The claim defaults fit Microsoft Entra ID
 * (app roles in {@code roles}) and SURFconext with a {@code roles} and {@code locations} claim configured for
 * Hulproute.
 *
 * @param issuerUri the provider's issuer; its {@code /.well-known/openid-configuration} tells the endpoints and keys
 *     (for example {@code https://login.microsoftonline.com/{tenant}/v2.0} or {@code https://connect.surfconext.nl})
 * @param clientId Hulproute's client id at the provider
 * @param clientSecret Hulproute's client secret at the provider (only from the environment)
 * @param registrationId the name of the provider in Hulproute's addresses: the browser signs in at
 *     {@code /oauth2/authorization/{registrationId}} and comes back at {@code /login/oauth2/code/{registrationId}}
 * @param scopes the scopes asked for at sign-in; {@code openid} is required
 * @param audience the audience a bearer token must be issued for; empty means the client id (Entra ID puts the client
 *     id in the {@code aud} of version 2 access tokens for Hulproute's own API)
 * @param subjectClaim the claim that identifies a person at the provider for good; a user is bound to it at the first
 *     sign-in ({@code sub}; {@code oid} for Entra ID when tokens of several app registrations are used)
 * @param usernameClaims the claims that carry the Hulproute username, the first one present wins
 *     ({@code preferred_username}, then {@code email})
 * @param nameClaim the claim with the name to show ({@code name}); the username when absent
 * @param emailClaim the claim with the e-mail address ({@code email})
 * @param rolesClaim the claim with the user's Hulproute roles, a list or a space- or comma-separated text of role
 *     names such as {@code ZORGCOORDINATOR} (case does not matter; unknown values are ignored; a user without a known
 *     role is refused)
 * @param locationsClaim the claim with the codes of the locations (vestigingen) the user works at, as in
 *     {@code people_location.code}; unknown codes are ignored
 */
@ConfigurationProperties("hulproute.oidc")
record OidcProperties(
        @Nullable String issuerUri,
        @Nullable String clientId,
        @Nullable String clientSecret,
        @DefaultValue("school") String registrationId,
        @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
        @Nullable String audience,
        @DefaultValue("sub") String subjectClaim,
        @DefaultValue({"preferred_username", "email"}) List<String> usernameClaims,
        @DefaultValue("name") String nameClaim,
        @DefaultValue("email") String emailClaim,
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("locations") String locationsClaim) {

    /** Refuses to start production without the settings sign-in needs, naming the missing environment variables. */
    void requireComplete() {
        List<String> missing = new ArrayList<>();
        if (!StringUtils.hasText(issuerUri)) {
            missing.add("HULPROUTE_OIDC_ISSUER_URI");
        }
        if (!StringUtils.hasText(clientId)) {
            missing.add("HULPROUTE_OIDC_CLIENT_ID");
        }
        if (!StringUtils.hasText(clientSecret)) {
            missing.add("HULPROUTE_OIDC_CLIENT_SECRET");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The prod profile signs users in through OpenID Connect; set "
                    + String.join(", ", missing) + " (see README, Configuration)");
        }
        if (!scopes.contains("openid")) {
            throw new IllegalStateException("hulproute.oidc.scopes must contain openid");
        }
    }

    /** The audience bearer tokens must carry. */
    String requiredAudience() {
        return StringUtils.hasText(audience) ? audience : String.valueOf(clientId);
    }

    @Override
    public String toString() {
        return "OidcProperties[issuerUri=" + issuerUri + ", clientId=" + clientId + ", clientSecret="
                + (clientSecret == null ? "unset" : "******") + ", registrationId=" + registrationId + "]";
    }
}
