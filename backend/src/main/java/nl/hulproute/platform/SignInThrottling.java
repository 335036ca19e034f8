package nl.hulproute.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Password sign-in (demo and test profiles) is throttled by {@link SignInThrottle}: failures are counted from
 * Spring Security's authentication events, and a locked user name or address gets {@code 429 auth.sign-in-throttled}
 * with {@code Retry-After} before its password is looked at, on the login form and with HTTP Basic alike.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!" + OidcSecurityConfiguration.PROFILE)
class SignInThrottling {

    @Bean
    SignInThrottle signInThrottle(
            Clock clock,
            @Value("${hulproute.sign-in.user-failures:5}") int userFailures,
            @Value("${hulproute.sign-in.address-failures:20}") int addressFailures,
            @Value("${hulproute.sign-in.lock-for:30s}") Duration lockFor,
            @Value("${hulproute.sign-in.max-lock:15m}") Duration maxLock) {
        return new SignInThrottle(clock, userFailures, addressFailures, lockFor, maxLock);
    }

    @Bean
    FailureCounter signInFailureCounter(SignInThrottle throttle) {
        return new FailureCounter(throttle);
    }

    static final class FailureCounter {
        private final SignInThrottle throttle;

        FailureCounter(SignInThrottle throttle) {
            this.throttle = throttle;
        }

        @EventListener
        void failed(AuthenticationFailureBadCredentialsEvent event) {
            if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
                throttle.failed(event.getAuthentication().getName(), details.getRemoteAddress());
            }
        }

        @EventListener
        void succeeded(AuthenticationSuccessEvent event) {
            if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails) {
                throttle.succeeded(event.getAuthentication().getName());
            }
        }
    }

    /** Placed before the login form and HTTP Basic in the security filter chain (not as a servlet filter). */
    static final class ThrottleFilter extends OncePerRequestFilter {
        private final SignInThrottle throttle;
        private final ObjectMapper json;

        ThrottleFilter(SignInThrottle throttle, ObjectMapper json) {
            this.throttle = throttle;
            this.json = json;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Optional<Duration> wait = attemptedUsername(request)
                    .flatMap(username -> throttle.lockedFor(username, request.getRemoteAddr()));
            if (wait.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toMillisPart() > 0 ? 1 : 0));
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            SecurityConfiguration.write(
                    json,
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "auth.sign-in-throttled",
                    "Too many failed sign-ins for this user name or from this address. Try again in " + seconds
                            + " seconds.",
                    Map.of("retryAfterSeconds", seconds));
        }

        private static Optional<String> attemptedUsername(HttpServletRequest request) {
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                try {
                    String decoded = new String(
                            Base64.getDecoder()
                                    .decode(authorization.substring(6).strip()),
                            StandardCharsets.UTF_8);
                    int colon = decoded.indexOf(':');
                    return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
            if (HttpMethod.POST.matches(request.getMethod())
                    && (request.getContextPath() + "/login").equals(request.getRequestURI())) {
                return Optional.ofNullable(request.getParameter("username"));
            }
            return Optional.empty();
        }
    }
}
