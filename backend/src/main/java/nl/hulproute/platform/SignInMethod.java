package nl.hulproute.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * How users sign in on this installation: with a password (demo, tests, development) or only at the school's
 * identity provider ({@code prod}). Administration asks, so it never stores a password nobody could use.
 */
@Component
public class SignInMethod {

    private final boolean passwords;

    SignInMethod(Environment environment) {
        this.passwords = !environment.matchesProfiles(OidcSecurityConfiguration.PROFILE);
    }

    /** Whether a password is accepted anywhere; never in production. */
    public boolean acceptsPasswords() {
        return passwords;
    }
}
