package nl.hulproute.people;

import nl.hulproute.privacy.BreakGlass;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Notes on a user's account until when a break-glass grant of theirs is in force, in the grant's own transaction:
 * the account's version moves with it, so each of the user's sessions reads its actor again at its next request
 * (ADR 20), and that actor reads its grants while one may be in force (ADR 27). Not after the commit: the user's very
 * next request must see the grant.
 */
@Component
class BreakGlassOnTheAccount {

    private final UserAccountRepository users;

    BreakGlassOnTheAccount(UserAccountRepository users) {
        this.users = users;
    }

    @EventListener
    void on(BreakGlass.Granted granted) {
        users.findById(granted.userId())
                .orElseThrow(() -> new IllegalStateException("break-glass for an unknown user " + granted.userId()))
                .heldBreakGlassUntil(granted.expiresAt());
    }
}
