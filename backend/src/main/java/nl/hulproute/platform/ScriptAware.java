package nl.hulproute.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Sign-in, sign-out and their failures answer a script (the web app's fetch, marked by
 * {@code X-Requested-With: XMLHttpRequest}) with a status code, and a browser form post with a redirect.
 */
final class ScriptAware {

    private ScriptAware() {}

    static boolean isScript(HttpServletRequest request) {
        return "XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
    }

    static AuthenticationSuccessHandler success(
            AuthenticationSuccessHandler script, AuthenticationSuccessHandler browser) {
        return (request, response, authentication) ->
                (isScript(request) ? script : browser).onAuthenticationSuccess(request, response, authentication);
    }

    static AuthenticationFailureHandler failure(
            AuthenticationFailureHandler script, AuthenticationFailureHandler browser) {
        return (request, response, e) ->
                (isScript(request) ? script : browser).onAuthenticationFailure(request, response, e);
    }

    static LogoutSuccessHandler logout(LogoutSuccessHandler script, LogoutSuccessHandler browser) {
        return (request, response, authentication) ->
                (isScript(request) ? script : browser).onLogoutSuccess(request, response, authentication);
    }
}
