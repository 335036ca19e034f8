package nl.hulproute.people;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.hulproute.platform.ExternalIdentity;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.DomainProblem;
import nl.hulproute.shared.Role;
import nl.hulproute.socialmap.Municipalities;
import nl.hulproute.socialmap.Providers;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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
    private final Providers providers;
    private final ApplicationEventPublisher events;
    private final Municipalities municipalities;

    PeopleAdministration(
            LocationRepository locations,
            TeamRepository teams,
            UserAccountRepository users,
            StudentRepository students,
            PasswordEncoder passwordEncoder,
            Providers providers,
            ApplicationEventPublisher events,
            Municipalities municipalities) {
        this.municipalities = municipalities;
        this.locations = locations;
        this.teams = teams;
        this.users = users;
        this.students = students;
        this.passwordEncoder = passwordEncoder;
        this.providers = providers;
        this.events = events;
    }

    /** Every location, by name. */
    @Transactional(readOnly = true)
    public List<AdminLocation> locations() {
        return locations.findAll().stream()
                .map(Location::toAdmin)
                .sorted(Comparator.comparing(AdminLocation::name).thenComparing(AdminLocation::id))
                .toList();
    }

    /**
     * Registers a location. Its code is what the school's identity provider sends for it, so it is taken once and
     * never changes.
     */
    public long addLocation(String code, String name, String municipality) {
        String trimmed = code.strip();
        if (locations.existsByCode(trimmed)) {
            throw new DomainProblem.Conflict(
                    "admin.location.code-taken", "This location code is already taken.", Map.of());
        }
        return locations
                .save(new Location(trimmed, name.strip(), municipality.strip()))
                .id();
    }

    @Transactional(readOnly = true)
    public AdminLocation location(long id) {
        return findLocation(id).toAdmin();
    }

    /** Renames a location or changes its municipality, against the version the administrator saw. */
    public AdminLocation changeLocation(long id, String name, String municipality, long version) {
        Location location = findLocation(id);
        if (location.version() != version) {
            throw DomainProblem.Conflict.staleVersion("admin.location", Map.of("locationId", id), location.version());
        }
        location.change(name.strip(), municipality.strip());
        locations.save(location);
        locations.flush();
        return location.toAdmin();
    }

    /** Registers a team at a location that exists; its name is taken once per location. */
    public long addTeam(long locationId, String name, String sector) {
        if (locations.findById(locationId).isEmpty()) {
            throw new DomainProblem.Unprocessable(
                    "admin.team.location-unknown", "This location does not exist.", Map.of());
        }
        requireFreeName(locationId, name.strip(), null);
        return teams.save(new Team(locationId, name.strip(), sector.strip())).id();
    }

    /** A location's teams (or every team), by name, each with how many enrolled students it has. */
    @Transactional(readOnly = true)
    public List<AdminTeam> teams(@Nullable Long locationId) {
        Map<Long, Long> students = this.students.countEnrolledPerTeam().stream()
                .collect(Collectors.toMap(
                        StudentRepository.TeamCount::getTeamId, StudentRepository.TeamCount::getStudents));
        List<Team> found = locationId == null ? teams.findAll() : teams.findByLocationId(locationId);
        return found.stream()
                .map(team -> team.toAdmin(students.getOrDefault(team.id(), 0L)))
                .sorted(Comparator.comparing(AdminTeam::name).thenComparing(AdminTeam::id))
                .toList();
    }

    @Transactional(readOnly = true)
    public AdminTeam team(long id) {
        return teams(findTeam(id).locationId()).stream()
                .filter(team -> team.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** Renames a team or changes its sector, against the version the administrator saw. */
    public AdminTeam changeTeam(long id, String name, String sector, long version) {
        Team team = findTeam(id);
        if (team.version() != version) {
            throw DomainProblem.Conflict.staleVersion("admin.team", Map.of("teamId", id), team.version());
        }
        requireFreeName(team.locationId(), name.strip(), id);
        team.change(name.strip(), sector.strip());
        teams.save(team);
        teams.flush();
        return team(id);
    }

    private void requireFreeName(long locationId, String name, @Nullable Long teamId) {
        teams.findByLocationIdAndName(locationId, name)
                .filter(other -> !other.id().equals(teamId))
                .ifPresent(other -> {
                    throw new DomainProblem.Conflict(
                            "admin.team.name-taken", "This location already has a team by this name.", Map.of());
                });
    }

    private Location findLocation(long id) {
        return locations
                .findById(id)
                .orElseThrow(
                        () -> new DomainProblem.NotFound("admin.location.not-found", "There is no such location."));
    }

    private Team findTeam(long id) {
        return teams.findById(id)
                .orElseThrow(() -> new DomainProblem.NotFound("admin.team.not-found", "There is no such team."));
    }

    /**
     * Registers a user, in advance of their first sign-in at the identity provider or, outside production, with a
     * password. Refused when the username is taken or the roles, locations and provider do not fit together.
     */
    public long addUser(NewUser user) {
        if (users.existsByUsername(user.username())) {
            throw new DomainProblem.Conflict("admin.user.username-taken", "This username is already taken.", Map.of());
        }
        requireFit(user.roles(), user.locationIds(), user.providerId());
        String hash = user.password() == null ? null : passwordEncoder.encode(user.password());
        return users.save(new UserAccount(user, hash)).id();
    }

    @Transactional(readOnly = true)
    public RegisteredUser user(long id) {
        return users.findById(id)
                .map(UserAccount::toRegistered)
                .orElseThrow(() -> new DomainProblem.NotFound("admin.user.not-found", "There is no such user."));
    }

    /** The users an administrator looks for, by name. */
    @Transactional(readOnly = true)
    public Page<RegisteredUser> users(UserFilter filter, Pageable pageable) {
        String pattern = filter.q() == null || filter.q().isBlank()
                ? null
                : SearchTerm.containing(filter.q().strip());
        return users.search(pattern, filter.role(), filter.locationId(), pageable)
                .map(UserAccount::toRegistered);
    }

    /**
     * Changes a user's roles, locations, provider and whether they may sign in, against the version the administrator
     * saw. An administrator never disables themselves or takes away their own ADMIN role: the school is never left
     * without anyone to run it.
     */
    public RegisteredUser changeUser(Actor by, long userId, UserChange change) {
        UserAccount user = users.findById(userId)
                .orElseThrow(() -> new DomainProblem.NotFound("admin.user.not-found", "There is no such user."));
        if (user.version() != change.version()) {
            throw DomainProblem.Conflict.staleVersion("admin.user", Map.of("userId", userId), user.version());
        }
        if (by.id() == userId && (!change.enabled() || !change.roles().contains(Role.ADMIN))) {
            throw new DomainProblem.Unprocessable(
                    "admin.user.self-lockout",
                    "You cannot disable yourself or give up your own administrator role.",
                    Map.of());
        }
        requireFit(change.roles(), change.locationIds(), change.providerId());
        String phone = change.phone() == null || change.phone().isBlank()
                ? null
                : change.phone().strip();
        user.change(change.roles(), change.locationIds(), change.providerId(), change.enabled(), phone);
        users.save(user);
        users.flush();
        return user.toRegistered();
    }

    /**
     * The roles, locations and provider of a user fit together: an external professional works for a provider on the
     * sociale kaart (and nobody else has one, so no provider's cases open up to them); zorgcoördinatoren and SLB'ers
     * work at a location, which is what decides whose students they see.
     */
    private void requireFit(Set<Role> roles, Set<Long> locationIds, @Nullable Long providerId) {
        if (roles.contains(Role.EXTERNAL_PROFESSIONAL) && providerId == null) {
            throw new DomainProblem.Unprocessable(
                    "admin.user.provider-required",
                    "An external professional needs the provider they work for.",
                    Map.of());
        }
        if (!roles.contains(Role.EXTERNAL_PROFESSIONAL) && providerId != null) {
            throw new DomainProblem.Unprocessable(
                    "admin.user.provider-not-allowed", "Only an external professional works for a provider.", Map.of());
        }
        if (providerId != null && providers.provider(providerId).isEmpty()) {
            throw new DomainProblem.Unprocessable(
                    "admin.user.provider-unknown", "This provider is not on the sociale kaart.", Map.of());
        }
        if ((roles.contains(Role.ZORGCOORDINATOR) || roles.contains(Role.SLB)) && locationIds.isEmpty()) {
            throw new DomainProblem.Unprocessable(
                    "admin.user.location-required",
                    "A zorgcoördinator or SLB'er works at one location at least.",
                    Map.of());
        }
        if (!locationIds.isEmpty() && locations.findByIdIn(locationIds).size() != locationIds.size()) {
            throw new DomainProblem.Unprocessable(
                    "admin.user.location-unknown", "One of the locations does not exist.", Map.of());
        }
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
        Optional<UserAccount> bound =
                users.findByExternalIssuerAndExternalSubject(identity.issuer(), identity.subject());
        Optional<UserAccount> byUsername = users.findByUsername(identity.username());
        if (byUsername.isPresent()
                && !byUsername.equals(bound)
                && (byUsername.get().bound() || bound.isPresent())) {
            return Optional.empty(); // the username is someone else's
        }
        Set<Long> locationIds = identity.locationCodes().isEmpty()
                ? Set.of()
                : locations.findByCodeIn(identity.locationCodes()).stream()
                        .map(Location::id)
                        .collect(Collectors.toSet());
        Optional<UserAccount> existing = bound.or(() -> byUsername);
        if (existing.isEmpty()) {
            return identity.roles().isEmpty()
                    ? Optional.empty()
                    : Optional.of(
                            users.save(new UserAccount(identity, locationIds)).toActor());
        }
        UserAccount user = existing.get();
        if (!user.enabled()) {
            return Optional.empty();
        }
        user.update(identity, locationIds);
        return Optional.of(user.toActor());
    }

    /** Enrols a student; the woongemeente must be on the reference list (422 {@code municipality.unknown}). */
    public long enrol(NewStudent student) {
        String municipality = municipalities.require(student.municipalityCode()).name();
        return students.save(new Student(student, municipality)).id();
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
        events.publishEvent(new StudentLeft(studentId, on));
    }

    @Transactional(readOnly = true)
    public boolean hasLocations() {
        return !locations.findAll().isEmpty();
    }
}
