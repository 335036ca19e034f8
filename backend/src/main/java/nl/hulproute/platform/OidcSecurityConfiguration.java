package nl.hulproute.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.SupplierClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Production sign-in ({@code prod} profile): the browser signs in at the school's identity provider with OpenID
 * Connect (authorization code with PKCE), scripts and integrations send that provider's access tokens as bearer
 * tokens. No password is accepted: there is no form login and no HTTP Basic.
 *
 * <p>Either way the claims are read into an {@link ExternalIdentity} and the user is provisioned through
 * {@link ExternalUsers} (created or updated with the roles and locations of the claims), and the authentication is
 * named after the Hulproute username, so the rest of the application finds the {@link Actor} as it always does. A
 * person without a known Hulproute role gets no access: a failed browser sign-in, a {@code 403} on the API.
 *
 * <p>The provider is discovered from its issuer on first use, not at start-up, so Hulproute starts while the provider
 * is briefly unreachable.
 */
@Configuration(proxyBeanMethods = false)
@Profile(OidcSecurityConfiguration.PROFILE)
class OidcSecurityConfiguration {

    static final String PROFILE = "prod";

    private static final Logger log = LoggerFactory.getLogger(OidcSecurityConfiguration.class);

    private static final String[] ROLES =
            Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);

    private final OidcProperties properties;
    private final OidcClaims claims;
    private final ExternalUsers users;

    OidcSecurityConfiguration(OidcProperties properties, ExternalUsers users) {
        properties.requireComplete();
        this.properties = properties;
        this.claims = new OidcClaims(properties);
        this.users = users;
    }

    @Bean
    ClientRegistrationRepository clientRegistrationRepository() {
        return new SupplierClientRegistrationRepository(() ->
                new InMemoryClientRegistrationRepository(ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                        .registrationId(properties.registrationId())
                        .clientId(properties.clientId())
                        .clientSecret(properties.clientSecret())
                        .scope(properties.scopes())
                        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                        .userNameAttributeName(IdTokenClaimNames.SUB)
                        .clientSettings(ClientRegistration.ClientSettings.builder()
                                .requireProofKey(true)
                                .build())
                        .build()));
    }

    /** Bearer tokens: signed by the provider's keys, from its issuer, for Hulproute's audience, not expired. */
    @Bean
    JwtDecoder jwtDecoder() {
        String issuer = properties.issuerUri();
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder =
                    NimbusJwtDecoder.withIssuerLocation(issuer).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(issuer),
                    new JwtAudienceValidator(properties.requiredAudience())));
            return decoder;
        });
    }

    @Bean
    SecurityFilterChain oidcSecurityFilterChain(
            HttpSecurity http, ObjectMapper json, ClientRegistrationRepository registrations, JwtDecoder jwtDecoder)
            throws Exception {
        // the web app learns where to send the browser to sign in from the 401 of any API call
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            if (!ScriptAware.isScript(request)) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"Hulproute\"");
            }
            SecurityConfiguration.write(
                    json,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "auth.unauthenticated",
                    "Sign in first.",
                    Map.of(
                            "signIn",
                            request.getContextPath() + "/oauth2/authorization/" + properties.registrationId()));
        };
        AuthenticationEntryPoint invalidToken = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Hulproute\", error=\"invalid_token\"");
            SecurityConfiguration.write(
                    json,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "auth.invalid-token",
                    "The bearer token is not valid here: expired, for another audience or from another issuer.");
        };
        AccessDeniedHandler forbidden = (request, response, e) -> {
            if (holdsNoRole(SecurityContextHolder.getContext().getAuthentication())) {
                SecurityConfiguration.write(
                        json, response, HttpStatus.FORBIDDEN, "auth.no-role", "Your account holds no Hulproute role.");
            } else {
                SecurityConfiguration.write(
                        json, response, HttpStatus.FORBIDDEN, "auth.forbidden", "You may not do this.");
            }
        };
        OidcClientInitiatedLogoutSuccessHandler providerLogout =
                new OidcClientInitiatedLogoutSuccessHandler(registrations);
        providerLogout.setPostLogoutRedirectUri("{baseUrl}/");

        // signing out of a browser session continues at the provider: the form post's redirect must be allowed there
        SecurityConfiguration.common(
                        http,
                        unauthenticated,
                        forbidden,
                        AuthorityAuthorizationManager.hasAnyRole(ROLES),
                        providerOrigin())
                .oauth2Login(login -> login.loginPage("/login")
                        .clientRegistrationRepository(registrations)
                        // only the session keeps the provider's tokens: nothing outlives the sign-in
                        .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserService()))
                        .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error")))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(this::bearer))
                        .authenticationEntryPoint(invalidToken))
                .logout(logout -> logout.logoutSuccessHandler(ScriptAware.logout(
                        (request, response, authentication) -> response.setStatus(HttpStatus.NO_CONTENT.value()),
                        providerLogout)));
        return http.build();
    }

    private String providerOrigin() {
        URI issuer = URI.create(String.valueOf(properties.issuerUri()));
        return issuer.getScheme() + "://" + issuer.getRawAuthority();
    }

    /** The browser's sign-in: the provider's user, named after the provisioned Hulproute user. */
    private OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService() {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser user = standard.loadUser(request);
            ExternalIdentity identity =
                    claims.identity(user.getIdToken().getIssuer().toString(), user.getClaims());
            Actor actor = provision(identity)
                    .orElseThrow(() -> new OAuth2AuthenticationException(
                            new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED, "no Hulproute role", null)));
            return new HulprouteOidcUser(authorities(actor), user, actor.username());
        };
    }

    /** A bearer token: the token's claims, named after the provisioned user; no authorities when refused. */
    private AbstractAuthenticationToken bearer(Jwt jwt) {
        ExternalIdentity identity = claims.identity(String.valueOf(jwt.getIssuer()), jwt.getClaims());
        return provision(identity)
                .map(actor -> new JwtAuthenticationToken(jwt, authorities(actor), actor.username()))
                .orElseGet(() -> new JwtAuthenticationToken(jwt, AuthorityUtils.NO_AUTHORITIES, jwt.getSubject()));
    }

    /** The user, if they hold a Hulproute role after provisioning. */
    private Optional<Actor> provision(ExternalIdentity identity) {
        Optional<Actor> actor =
                users.provision(identity).filter(user -> !user.roles().isEmpty());
        if (actor.isEmpty()) {
            log.info(
                    "Refused sign-in of subject {} from {}: no Hulproute role, disabled, or username taken",
                    identity.subject(),
                    identity.issuer());
        }
        return actor;
    }

    private static Collection<GrantedAuthority> authorities(Actor actor) {
        return AuthorityUtils.createAuthorityList(
                actor.roles().stream().map(Role::authority).toList());
    }

    private static boolean holdsNoRole(@Nullable Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.getAuthorities().stream()
                        .noneMatch(authority ->
                                String.valueOf(authority.getAuthority()).startsWith("ROLE_"));
    }

    /** The provider's user as Spring Security keeps it in the session, named after the Hulproute username. */
    static final class HulprouteOidcUser extends DefaultOidcUser {
        private static final long serialVersionUID = 1L;
        private final String username;

        HulprouteOidcUser(Collection<GrantedAuthority> authorities, OidcUser user, String username) {
            super(authorities, user.getIdToken(), user.getUserInfo(), IdTokenClaimNames.SUB);
            this.username = username;
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof HulprouteOidcUser user && super.equals(user) && username.equals(user.username);
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + username.hashCode();
        }
    }
}
