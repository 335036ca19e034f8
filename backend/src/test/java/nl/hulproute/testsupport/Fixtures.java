package nl.hulproute.testsupport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import nl.hulproute.people.NewStudent;
import nl.hulproute.people.NewUser;
import nl.hulproute.people.PeopleAdministration;
import nl.hulproute.people.Track;
import nl.hulproute.shared.Role;
import nl.hulproute.socialmap.Municipalities;
import nl.hulproute.socialmap.Municipality;
import nl.hulproute.socialmap.NewProvider;
import nl.hulproute.socialmap.ProviderKind;
import nl.hulproute.socialmap.Providers;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;

/**
 * Creates each test's own people: a school location with its staff, students, providers and their professionals.
 * Every name is unique to the call, so tests never see each other's data.
 */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "test-password";

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final AtomicLong SEQUENCE = new AtomicLong();

    // fictional names, combined by sequence number: consecutive ones differ, so a test's own people are told apart
    private static final List<String> FIRST_NAMES =
            List.of("Sanne", "Daan", "Noor", "Milan", "Yasmina", "Bram", "Fatima", "Luuk", "Eva", "Mehmet");
    private static final List<String> LAST_NAMES = List.of(
            "Verbeek", "Jansen", "Koster", "Visser", "Dijkman", "Meijer", "El Khatib", "Yıldız", "Mulder", "Brink");

    private final PeopleAdministration people;
    private final Providers providers;
    private final Municipalities municipalities;
    private final Clock clock;

    Fixtures(PeopleAdministration people, Providers providers, Municipalities municipalities, Clock clock) {
        this.people = people;
        this.providers = providers;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /** Today as the school sees it: in the application's time zone, on its (possibly moved) clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A user who signs in with {@link #PASSWORD}. */
    public record User(long id, String username) {}

    /**
     * A school location of its own with a team, a zorgcoördinator and an SLB'er, in a municipality of its own: a
     * fictional one on the reference list, by name and CBS-style code.
     */
    public record School(
            long locationId,
            long teamId,
            String municipality,
            String municipalityCode,
            User zorgcoordinator,
            User slb) {}

    public School school() {
        String n = unique();
        Municipality municipality = municipalities.addFictional("Gemeente " + n);
        long locationId = people.addLocation("L" + n, "Locatie " + n, municipality.name());
        long teamId = people.addTeam(locationId, "Team " + n, "Zorg en welzijn");
        User zorgcoordinator = user(Role.ZORGCOORDINATOR, Set.of(locationId), null);
        User slb = user(Role.SLB, Set.of(locationId), null);
        return new School(locationId, teamId, municipality.name(), municipality.code(), zorgcoordinator, slb);
    }

    /** A fictional municipality of the test's own on the reference list (codes from GM9000). */
    public Municipality municipality() {
        return municipalities.addFictional("Gemeente " + unique());
    }

    /** Another team at the same location, with an SLB'er of its own and the same zorgcoördinator. */
    public School otherTeam(School school) {
        long teamId = people.addTeam(school.locationId(), "Team " + unique(), "Techniek");
        User slb = user(Role.SLB, Set.of(school.locationId()), null);
        return new School(
                school.locationId(),
                teamId,
                school.municipality(),
                school.municipalityCode(),
                school.zorgcoordinator(),
                slb);
    }

    /** A user with an e-mail address of their own ({@link #emailOf}). */
    public User user(Role role, Set<Long> locationIds, @Nullable Long providerId) {
        return user(Set.of(role), locationIds, providerId);
    }

    /** A user holding several roles at once (an SLB'er who is also zorgcoördinator, say). */
    public User user(Set<Role> roles, Set<Long> locationIds, @Nullable Long providerId) {
        long n = SEQUENCE.incrementAndGet();
        String username = roles.stream()
                        .map(Role::name)
                        .sorted()
                        .findFirst()
                        .orElseThrow()
                        .toLowerCase() + "-" + RUN + "-" + n;
        long id = people.addUser(new NewUser(
                username,
                firstName(n) + " " + lastName(n),
                emailOf(username),
                roles,
                locationIds,
                providerId,
                PASSWORD));
        return new User(id, username);
    }

    /** A student of the school's SLB'er, of this age today, living in the school's municipality. */
    public long student(School school, int age) {
        return student(school, school.slb(), age);
    }

    public long student(School school, User slb, int age) {
        return student(school, slb, LocalDate.now(clock).minusYears(age).minusDays(30));
    }

    /** A student of the school's SLB'er born on this day (for a birthday that matters to the test). */
    public long student(School school, LocalDate dateOfBirth) {
        return student(school, school.slb(), dateOfBirth);
    }

    private long student(School school, User slb, LocalDate dateOfBirth) {
        long n = SEQUENCE.incrementAndGet();
        return people.enrol(new NewStudent(
                "S" + RUN + "-" + n,
                firstName(n + 3),
                null,
                lastName(n + 5),
                dateOfBirth,
                school.municipalityCode(),
                school.locationId(),
                school.teamId(),
                "Verzorgende IG",
                3,
                Track.BOL,
                slb.id()));
    }

    /** A student of the school's SLB'er with this name, 17 years old. */
    public long student(School school, String firstName, @Nullable String lastNamePrefix, String lastName) {
        return people.enrol(new NewStudent(
                "S" + RUN + "-" + SEQUENCE.incrementAndGet(),
                firstName,
                lastNamePrefix,
                lastName,
                LocalDate.now(clock).minusYears(17).minusDays(30),
                school.municipalityCode(),
                school.locationId(),
                school.teamId(),
                "Verzorgende IG",
                3,
                Track.BOL,
                school.slb().id()));
    }

    /** A provider serving these ages in the school's municipality. */
    public long provider(School school, ProviderKind kind, int minAge, int maxAge) {
        return providers.add(
                new NewProvider(kind.name() + " " + unique(), kind, minAge, maxAge, Set.of(school.municipalityCode())));
    }

    /** The e-mail address of a user made here. */
    public static String emailOf(String username) {
        return username + "@school.test";
    }

    public User professionalOf(long providerId) {
        return user(Role.EXTERNAL_PROFESSIONAL, Set.of(), providerId);
    }

    private static String firstName(long n) {
        return FIRST_NAMES.get((int) (n % FIRST_NAMES.size()));
    }

    private static String lastName(long n) {
        return LAST_NAMES.get((int) (n / FIRST_NAMES.size() % LAST_NAMES.size()));
    }

    private static String unique() {
        return RUN + "-" + SEQUENCE.incrementAndGet();
    }
}
