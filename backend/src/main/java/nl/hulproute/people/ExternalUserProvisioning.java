package nl.hulproute.people;

import java.util.Optional;
import nl.hulproute.platform.ExternalIdentity;
import nl.hulproute.platform.ExternalUsers;
import nl.hulproute.shared.Actor;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Provisions the users of the school's identity provider for the platform's sign-in, through
 * {@link PeopleAdministration#provision}. Two first requests of a new user at the same moment (a page loading
 * several resources with one token) race to create them; the loser tries once more and finds the user.
 */
@Component
class ExternalUserProvisioning implements ExternalUsers {

    private final PeopleAdministration administration;

    ExternalUserProvisioning(PeopleAdministration administration) {
        this.administration = administration;
    }

    @Override
    public Optional<Actor> provision(ExternalIdentity identity) {
        try {
            return administration.provision(identity);
        } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
            return administration.provision(identity);
        }
    }
}
