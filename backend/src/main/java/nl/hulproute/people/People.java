package nl.hulproute.people;

import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.InList;
import nl.hulproute.shared.JpqlWhere;
import nl.hulproute.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The users of Hulproute, as other modules need them. */
@Service
@Transactional(readOnly = true)
public class People {

    private final UserAccountRepository users;
    private final LocationRepository locations;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    People(UserAccountRepository users, LocationRepository locations, JdbcTemplate jdbc, EntityManager entityManager) {
        this.users = users;
        this.locations = locations;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /**
     * The version of an enabled user's account, read without a transaction: it moves with every change to the
     * account (roles and locations included), so a session's actor is read again only when it moved.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    Optional<Long> enabledAccountVersion(String username) {
        return jdbc
                .query(
                        "SELECT version FROM people_user WHERE username = ? AND enabled",
                        (row, n) -> row.getLong(1),
                        username)
                .stream()
                .findFirst();
    }

    /** The actor behind a signed-in username with the version of their account, read together. */
    Optional<SessionActor> sessionActor(String username) {
        return users.findByUsername(username)
                .filter(UserAccount::enabled)
                .map(user -> new SessionActor(user.toActor(), user.version()));
    }

    /** The actor behind a signed-in username, if that user exists and is enabled. */
    public Optional<Actor> actor(String username) {
        return users.findByUsername(username).filter(UserAccount::enabled).map(UserAccount::toActor);
    }

    public Optional<UserSummary> user(long id) {
        return users.findById(id).map(UserAccount::toSummary);
    }

    /**
     * Where to e-mail this user: their address, if they are enabled and one is known. For the mail module only;
     * every mail carries a link, never case content.
     */
    public Optional<String> emailOf(long id) {
        return users.findById(id)
                .filter(UserAccount::enabled)
                .map(UserAccount::email)
                .filter(email -> email != null && !email.isBlank());
    }

    /** The users with these ids, by id; missing ids (a case without an owner, say) are passed over. */
    public Map<Long, UserSummary> users(Collection<@Nullable Long> ids) {
        List<Long> present = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (present.isEmpty()) {
            return Map.of();
        }
        // one id needs no query at all when the transaction already holds that user (a transition's guard read the
        // new owner a moment before); roles and locations come in the same statement as the users
        List<UserAccount> found;
        if (present.size() == 1) {
            found = users.findById(present.get(0)).stream().toList();
        } else {
            JpqlWhere in = InList.of("u.id", "ids", present);
            found = in.bind(entityManager.createQuery(
                            "select u from UserAccount u left join fetch u.roles left join fetch u.locationIds where "
                                    + in.jpql(),
                            UserAccount.class))
                    .getResultList();
        }
        return found.stream()
                .map(UserAccount::toSummary)
                .collect(Collectors.toMap(UserSummary::id, Function.identity()));
    }

    /**
     * The users with these ids as views name them, by id; missing ids (a case without an owner, say) are passed
     * over. Their names only, as plain rows: a list page has no use for {@link #users}' roles and locations.
     */
    public Map<Long, PersonRef> refs(Collection<@Nullable Long> ids) {
        List<Long> present = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (present.isEmpty()) {
            return Map.of();
        }
        Map<Long, PersonRef> refs = new HashMap<>(present.size() * 2);
        jdbc.query(
                "SELECT id, display_name FROM people_user WHERE id IN ("
                        + String.join(",", Collections.nCopies(present.size(), "?")) + ")",
                (ResultSet row) -> {
                    refs.put(row.getLong(1), new PersonRef(row.getLong(1), row.getString(2)));
                },
                present.toArray());
        return refs;
    }

    /** The user with this id if their account is enabled: someone who may be given work, as {@link #staff} lists. */
    public Optional<UserSummary> enabledUser(long id) {
        return users.findById(id).filter(UserAccount::enabled).map(UserAccount::toSummary);
    }

    /** The enabled users with this role at this location. */
    public List<UserSummary> staff(long locationId, Role role) {
        return users.findStaff(locationId, role).stream()
                .map(UserAccount::toSummary)
                .toList();
    }

    /** The enabled users who work for this provider (external professionals). */
    public List<UserSummary> professionalsOf(long providerId) {
        return users.findByProviderIdAndEnabledTrueOrderByDisplayName(providerId).stream()
                .map(UserAccount::toSummary)
                .toList();
    }

    /** Ids of up to {@code limit} users whose name or username contains {@code term}, case-insensitive. */
    public List<Long> userIdsMatching(String term, int limit) {
        String pattern = SearchTerm.containing(term.strip());
        return users.search(pattern, null, null, org.springframework.data.domain.PageRequest.of(0, limit))
                .map(user -> user.toSummary().id())
                .getContent();
    }

    public Map<Long, String> locationNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return locations.findByIdIn(ids).stream().collect(Collectors.toMap(Location::id, Location::name));
    }
}
