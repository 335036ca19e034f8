package nl.hulproute.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;

/**
 * Every API call needs a signed-in user. Outside production: HTTP Basic for scripts and a session from the login page
 * for the browser, against the users' passwords. In the {@code prod} profile {@link OidcSecurityConfiguration} signs
 * users in at the school's identity provider instead, and no password is ever accepted.
 * Cookie sessions are protected against CSRF; requests that carry their own credentials are not exposed to it.
 * Unauthenticated and forbidden API calls are answered with problem details, not redirects.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final RequestMatcher API =
            request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");

    /** Requests that authenticate themselves (Basic, Bearer) cannot be forged by another site. */
    private static final RequestMatcher CARRIES_CREDENTIALS =
            request -> StringUtils.hasText(request.getHeader("Authorization"));

    /**
     * Every request is already one observation (Spring MVC's {@code http.server.requests}), and every read of a
     * student's data is in the access log. Spring Security would add observations around its filter chain, with an
     * event per filter, and one per authorization decision: figures nothing reads, about 4% of a transition's CPU
     * (docs/performance.md, eighteenth round). Sign-ins stay observed.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .shouldObserveAuthorizations(false)
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder(HulprouteProperties properties) {
        return new DelegatingPasswordEncoder(
                "bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(properties.passwordStrength())));
    }

    @Bean
    @Profile("!" + OidcSecurityConfiguration.PROFILE)
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectMapper json, SignInThrottle throttle)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            if (!ScriptAware.isScript(request)) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Hulproute\"");
            }
            write(json, response, HttpStatus.UNAUTHORIZED, "auth.unauthenticated", "Sign in first.");
        };
        AccessDeniedHandler forbidden = (request, response, e) ->
                write(json, response, HttpStatus.FORBIDDEN, "auth.forbidden", "You may not do this.");

        common(http, unauthenticated, forbidden, AuthenticatedAuthorizationManager.authenticated(), "")
                .addFilterBefore(
                        new SignInThrottling.ThrottleFilter(throttle, json), UsernamePasswordAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(ScriptAware.success(
                                (request, response, authentication) ->
                                        response.setStatus(HttpStatus.NO_CONTENT.value()),
                                new SavedRequestAwareAuthenticationSuccessHandler()))
                        .failureHandler(ScriptAware.failure(
                                (request, response, e) -> write(
                                        json,
                                        response,
                                        HttpStatus.UNAUTHORIZED,
                                        "auth.bad-credentials",
                                        "Unknown user name or wrong password."),
                                new SimpleUrlAuthenticationFailureHandler("/login?error"))))
                .logout(logout -> logout.logoutSuccessHandler(ScriptAware.logout(
                        (request, response, authentication) -> response.setStatus(HttpStatus.NO_CONTENT.value()),
                        new SimpleUrlLogoutSuccessHandler())));
        return http.build();
    }

    /**
     * What every way of signing in shares: who may call what, problem details for API refusals, pages-only saved
     * requests, CSRF protection of cookie sessions, and the security headers. {@code formActionSources} are the
     * origins besides our own that a form post may lead to (the identity provider's, for signing out there).
     */
    static HttpSecurity common(
            HttpSecurity http,
            AuthenticationEntryPoint unauthenticated,
            AccessDeniedHandler forbidden,
            AuthorizationManager<RequestAuthorizationContext> apiAccess,
            String formActionSources)
            throws Exception {
        String formAction = ("'self' " + formActionSources).strip();
        return http.authorizeHttpRequests(requests -> requests.requestMatchers("/api/**")
                        .access(apiAccess)
                        .requestMatchers("/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .permitAll())
                .requestCache(cache -> cache.requestCache(pagesOnly()))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(unauthenticated, API)
                        .defaultAccessDeniedHandlerFor(
                                csrfAware(
                                        unauthenticated,
                                        forbidden,
                                        http.getSharedObject(ApplicationContext.class)
                                                .getBean(ObjectMapper.class)),
                                API))
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new SinglePageAppCsrfTokenRequestHandler())
                        .ignoringRequestMatchers(CARRIES_CREDENTIALS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "frame-ancestors 'none'; form-action " + formAction + "; base-uri 'self'"))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    }

    /**
     * A request without a valid CSRF token is refused before anyone is signed in: with no one signed in, that is 401
     * (sign in first), as for any anonymous API call; a signed-in browser session without the token gets
     * {@code 403 auth.csrf-token-missing}. Requests that carry credentials need no token.
     */
    private static AccessDeniedHandler csrfAware(
            AuthenticationEntryPoint unauthenticated, AccessDeniedHandler forbidden, ObjectMapper json) {
        AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
        return (request, response, e) -> {
            if (!(e instanceof CsrfException)) {
                forbidden.handle(request, response, e);
            } else if (!trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
                unauthenticated.commence(request, response, new InsufficientAuthenticationException("no session"));
            } else {
                write(
                        json,
                        response,
                        HttpStatus.FORBIDDEN,
                        "auth.csrf-token-missing",
                        "Send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header.");
            }
        };
    }

    /** Only pages are remembered for after sign-in, never API calls. */
    private static RequestCache pagesOnly() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new NegatedRequestMatcher(API));
        return cache;
    }

    static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        write(json, response, status, code, detail, Map.of());
    }

    static void write(
            ObjectMapper json,
            HttpServletResponse response,
            HttpStatus status,
            String code,
            String detail,
            Map<String, Object> properties)
            throws IOException {
        ProblemDetail problem = ProblemDetailsAdvice.problem(status, code, detail);
        properties.forEach(problem::setProperty);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /**
     * The browser app reads the XSRF-TOKEN cookie and sends it back in the X-XSRF-TOKEN header (plain); server-rendered
     * forms send the masked token as a parameter (BREACH protection). Both are accepted.
     */
    static final class SinglePageAppCsrfTokenRequestHandler implements CsrfTokenRequestHandler {
        private final CsrfTokenRequestHandler plain = new CsrfTokenRequestAttributeHandler();
        private final CsrfTokenRequestHandler xor = new XorCsrfTokenRequestAttributeHandler();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
            xor.handle(request, response, csrfToken);
            csrfToken.get(); // render the token so the cookie is set on every response
        }

        @Override
        public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
            String header = request.getHeader(csrfToken.getHeaderName());
            return (StringUtils.hasText(header) ? plain : xor).resolveCsrfTokenValue(request, csrfToken);
        }
    }
}
