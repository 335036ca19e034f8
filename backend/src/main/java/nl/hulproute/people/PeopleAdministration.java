package nl.hulproute.people;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.hulproute.platform.ExternalIdentity;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.DomainProblem;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers locations, teams, users and students. The admin screens, the demo data and the tests all come through
 * here, so the rules for a valid registration live in one place.
 */
@Service
@Transactional
public class PeopleAdministration {

    private final LocationRepository locations;
    private final TeamRepository teams;
    private final UserAccountRepository users;
    private final StudentRepository students;
    private final PasswordEncoder passwordEncoder;

    PeopleAdministration(
            LocationRepository locations,
            TeamRepository teams,
            UserAccountRepository users,
            StudentRepository students,
            PasswordEncoder passwordEncoder) {
        this.locations = locations;
        this.teams = teams;
        this.users = users;
        this.students = students;
        this.passwordEncoder = passwordEncoder;
    }

    public long addLocation(String code, String name, String municipality) {
        return locations.save(new Location(code, name, municipality)).id();
    }

    public long addTeam(long locationId, String name, String sector) {
        return teams.save(new Team(locationId, name, sector)).id();
    }

    public long addUser(NewUser user) {
        String hash = user.password() == null ? null : passwordEncoder.encode(user.password());
        return users.save(new UserAccount(user, hash)).id();
    }

    /**
     * Creates or updates the user behind an identity of the school's identity provider, with the roles and the
     * locations (by code; unknown codes are left out) it claims. The user is found by the identity they were bound to
     * at their first sign-in, or else by username, so an administrator can register someone in advance (with the
     * provider an external professional works for). Someone without a role gets no account.
     *
     * @return the user as they are now (their roles may have become none); empty when there is no account and no
     *     role, the account is disabled, or the username belongs to another identity
     */
    public Optional<Actor> provision(ExternalIdentity identity) {
        Optional<UserAccount> bound = users.findByExternalIssuerAndExternalSubject(identity.issuer(), identity.subject());
        Optional<UserAccount> byUsername = users.findByUsername(identity.username());
        if (byUsername.isPresent() && !byUsername.equals(bound) && (byUsername.get().bound() || bound.isPresent())) {
            return Optional.empty(); // the username is someone else's
        }
        Set<Long> locationIds = identity.locationCodes().isEmpty()
                ? Set.of()
                : locations.findByCodeIn(identity.locationCodes()).stream().map(Location::id).collect(Collectors.toSet());
        Optional<UserAccount> existing = bound.or(() -> byUsername);
        if (existing.isEmpty()) {
            return identity.roles().isEmpty()
                    ? Optional.empty()
                    : Optional.of(users.save(new UserAccount(identity, locationIds)).toActor());
        }
        UserAccount user = existing.get();
        if (!user.enabled()) {
            return Optional.empty();
        }
        user.update(identity, locationIds);
        return Optional.of(user.toActor());
    }

    public long enrol(NewStudent student) {
        return students.save(new Student(student)).id();
    }

    /**
     * Records that a student left school (unenrolled or graduated) on this day. Retention counts from it: case
     * content is anonymised only for students who have left (see {@code hulproute.retention}).
     */
    public void recordLeaving(long studentId, LocalDate on) {
        Student student = students.findById(studentId)
                .filter(found -> !found.anonymised())
                .orElseThrow(() -> new DomainProblem.NotFound("student.not-found", "There is no such student."));
        student.leave(on);
        students.save(student);
    }

    @Transactional(readOnly = true)
    public boolean hasLocations() {
        return !locations.findAll().isEmpty();
    }
}
