package nl.hulproute.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import nl.hulproute.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets controllers take the signed-in {@link Actor} as a parameter. The actor is read once per session and kept
 * there with the version of the user's account; each request asks the database only for that version (one indexed
 * read, no transaction), so a changed role or location, or a disabled account, applies at once, on every instance.
 */
@Component
class ActorArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private static final String SESSION_KEY = ActorArgumentResolver.class.getName() + ".actor";

    private final People people;

    ActorArgumentResolver(People people) {
        this.people = people;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Actor resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            @Nullable WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new InsufficientAuthenticationException("not signed in");
        }
        String username = authentication.getName();
        long version = people.enabledAccountVersion(username)
                .orElseThrow(() -> new InsufficientAuthenticationException("no such user"));
        // a client without a session (HTTP Basic) gets none made for it: its actor is simply read each time
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        HttpSession session = request == null ? null : request.getSession(false);
        if (session != null
                && session.getAttribute(SESSION_KEY) instanceof SessionActor kept
                && kept.actor().username().equals(username)
                && kept.version() == version) {
            return kept.actor();
        }
        SessionActor fresh = people.sessionActor(username)
                .orElseThrow(() -> new InsufficientAuthenticationException("no such user"));
        if (session != null) {
            session.setAttribute(SESSION_KEY, fresh);
        }
        return fresh.actor();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }
}
