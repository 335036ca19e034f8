package nl.hulproute.demo;

import static java.util.Objects.requireNonNull;
import static nl.hulproute.demo.Weighted.option;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.hulproute.demo.DemoCatalogue.Programme;
import nl.hulproute.demo.DemoCatalogue.Sector;
import nl.hulproute.demo.DemoCatalogue.Site;
import nl.hulproute.demo.DemoCatalogue.TeamPlan;
import nl.hulproute.demo.DemoSchool.DemoStudent;
import nl.hulproute.demo.DutchNames.Name;
import nl.hulproute.people.NewStudent;
import nl.hulproute.people.NewUser;
import nl.hulproute.people.People;
import nl.hulproute.people.PeopleAdministration;
import nl.hulproute.people.Track;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.Role;
import nl.hulproute.socialmap.Municipalities;
import nl.hulproute.socialmap.ProviderSummary;
import nl.hulproute.socialmap.Providers;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates the fictional school: locations, teams, the sociale kaart, staff and students. */
final class SchoolSeeder {

    static final String PASSWORD = "demo";

    /** zc1 and zc2 work the caseloads of A and B; zc3 and zc4 are their colleagues, owners of second-line cases. */
    private static final Map<Site, List<String>> COORDINATORS =
            Map.of(DemoCatalogue.A, List.of("zc1", "zc3"), DemoCatalogue.B, List.of("zc2", "zc4"));

    /** Students are enrolled in transactions of this many: one commit each instead of thousands. */
    private static final int ENROLMENT_BATCH = 500;

    private static final Weighted<Integer> LEVELS =
            Weighted.of(option(1, 6), option(2, 21), option(3, 22), option(4, 51));
    private static final Weighted<Track> TRACKS = Weighted.of(option(Track.BOL, 68), option(Track.BBL, 32));
    private static final Weighted<Sector> SECTORS = Weighted.of(List.of(Sector.values()).stream()
            .map(sector -> option(sector, sector.share))
            .toList());

    private record AgeBand(int from, int to) {}

    /** BOL students mostly come straight from vmbo; a few are 15, the tail runs past 25. */
    private static final Weighted<AgeBand> BOL_AGES = Weighted.of(
            option(new AgeBand(15, 15), 1.5),
            option(new AgeBand(16, 16), 17),
            option(new AgeBand(17, 17), 21),
            option(new AgeBand(18, 18), 19),
            option(new AgeBand(19, 19), 15),
            option(new AgeBand(20, 20), 10),
            option(new AgeBand(21, 21), 6),
            option(new AgeBand(22, 22), 4),
            option(new AgeBand(23, 23), 2.5),
            option(new AgeBand(24, 24), 1.5),
            option(new AgeBand(25, 29), 2.5));

    /** BBL students work while they learn, so they are older on average. */
    private static final Weighted<AgeBand> BBL_AGES = Weighted.of(
            option(new AgeBand(16, 16), 1),
            option(new AgeBand(17, 17), 4),
            option(new AgeBand(18, 18), 9),
            option(new AgeBand(19, 19), 12),
            option(new AgeBand(20, 20), 12),
            option(new AgeBand(21, 21), 11),
            option(new AgeBand(22, 22), 9),
            option(new AgeBand(23, 23), 7),
            option(new AgeBand(24, 24), 6),
            option(new AgeBand(25, 29), 16),
            option(new AgeBand(30, 45), 13));

    private final PeopleAdministration administration;
    private final People people;
    private final Providers providers;
    private final Municipalities municipalities;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DemoProperties properties;

    SchoolSeeder(
            PeopleAdministration administration,
            People people,
            Providers providers,
            Municipalities municipalities,
            TransactionTemplate transaction,
            Clock clock,
            DemoProperties properties) {
        this.administration = administration;
        this.people = people;
        this.providers = providers;
        this.municipalities = municipalities;
        this.transaction = transaction;
        this.clock = clock;
        this.properties = properties;
    }

    /** A programme as taught by a team (by its index in {@link DemoCatalogue#TEAMS}). */
    private record Offer(int team, Programme programme) {}

    /** A student before enrolment: everything but the database id and the SLB'er's id. */
    private record PlannedStudent(
            Name name,
            String number,
            LocalDate dateOfBirth,
            String municipality,
            int team,
            Programme programme,
            Track track) {}

    /** A class of students with their SLB'er. */
    private record SchoolClass(String slbUsername, Site site, List<PlannedStudent> students) {}

    DemoSchool seed(Random random) {
        DutchNames names = new DutchNames(random);

        Map<Site, Long> locationIds = new LinkedHashMap<>();
        for (Site site : DemoCatalogue.SITES) {
            locationIds.put(site, administration.addLocation(site.code(), site.locationName(), site.municipality()));
        }
        List<Long> teamIds = new ArrayList<>();
        for (TeamPlan team : DemoCatalogue.TEAMS) {
            teamIds.add(administration.addTeam(
                    requireNonNull(locationIds.get(team.site())), team.name(), team.sector().label));
        }

        Map<String, String> municipalityCodes = DemoCatalogue.registerMunicipalities(municipalities);
        long ggzId = providers.add(DemoCatalogue.ggz(municipalityCodes, locationIds));
        DemoCatalogue.otherProviders(municipalityCodes, locationIds).forEach(providers::add);
        List<ProviderSummary> catalogue = providers.catalogue();

        List<SchoolClass> classes = classes(plannedStudents(random, names));

        Map<String, Long> userIds = registerStaff(classes, locationIds, catalogue, ggzId, names);
        List<DemoStudent> students = enrol(classes, teamIds, locationIds, userIds, municipalityCodes);

        Map<Site, Actor> coordinators = new LinkedHashMap<>();
        Map<Site, List<Long>> owners = new LinkedHashMap<>();
        for (Site site : DemoCatalogue.SITES) {
            coordinators.put(site, actor(requireNonNull(COORDINATORS.get(site)).get(0)));
            owners.put(site, COORDINATORS.get(site).stream().map(userIds::get).toList());
        }
        Map<Long, Actor> professionals = new LinkedHashMap<>();
        for (ProviderSummary provider : catalogue) {
            professionals.put(provider.id(), actor(professionalOf(provider.id(), catalogue, ggzId)));
        }
        return new DemoSchool(
                locationIds,
                teamIds.size(),
                userIds.size(),
                students,
                coordinators,
                owners,
                catalogue,
                professionals,
                ggzId);
    }

    /**
     * The staff, all with password "demo": an SLB'er per class (slb1, slb2, ...), two zorgcoördinatoren per location,
     * a professional per provider (ext1 for the GGZ), an auditor and an administrator.
     */
    private Map<String, Long> registerStaff(
            List<SchoolClass> classes,
            Map<Site, Long> locationIds,
            List<ProviderSummary> catalogue,
            long ggzId,
            DutchNames names) {
        Map<String, NewUser> users = new LinkedHashMap<>();
        for (SchoolClass schoolClass : classes) {
            users.put(
                    schoolClass.slbUsername(),
                    user(schoolClass.slbUsername(), names, Role.SLB, locationIds.get(schoolClass.site()), null));
        }
        for (Site site : DemoCatalogue.SITES) {
            for (String username : requireNonNull(COORDINATORS.get(site))) {
                users.put(username, user(username, names, Role.ZORGCOORDINATOR, locationIds.get(site), null));
            }
        }
        for (ProviderSummary provider : catalogue) {
            String username = professionalOf(provider.id(), catalogue, ggzId);
            users.put(username, user(username, names, Role.EXTERNAL_PROFESSIONAL, null, provider.id()));
        }
        users.put(
                "audit1",
                new NewUser(
                        "audit1",
                        names.next().displayName(),
                        email("audit1"),
                        Set.of(Role.AUDITOR),
                        Set.copyOf(locationIds.values()),
                        null,
                        PASSWORD));
        users.put(
                "admin1",
                new NewUser(
                        "admin1",
                        names.next().displayName(),
                        email("admin1"),
                        Set.of(Role.ADMIN),
                        Set.of(),
                        null,
                        PASSWORD));
        Map<String, Long> userIds = new LinkedHashMap<>();
        users.forEach((username, user) -> userIds.put(username, administration.addUser(user)));
        return userIds;
    }

    /** ext1 works for the GGZ; ext2, ext3, ... for the other providers in catalogue order. */
    private static String professionalOf(long providerId, List<ProviderSummary> catalogue, long ggzId) {
        if (providerId == ggzId) {
            return "ext1";
        }
        List<Long> others = catalogue.stream()
                .map(ProviderSummary::id)
                .filter(id -> id != ggzId)
                .toList();
        return "ext" + (others.indexOf(providerId) + 2);
    }

    private List<PlannedStudent> plannedStudents(Random random, DutchNames names) {
        LocalDate today = LocalDate.now(clock);
        Set<String> numbers = new HashSet<>();
        List<PlannedStudent> planned = new ArrayList<>();
        for (int i = 0; i < properties.students(); i++) {
            Sector sector = SECTORS.draw(random);
            List<Offer> offers = List.of();
            while (offers.isEmpty()) {
                // not every sector teaches every level (no Entree in the creative sector): draw the level again
                offers = offersOf(sector, LEVELS.draw(random));
            }
            Offer offer = Weighted.any(offers, random);
            TeamPlan team = DemoCatalogue.TEAMS.get(offer.team());
            Track track = TRACKS.draw(random);
            AgeBand band = (track == Track.BOL ? BOL_AGES : BBL_AGES).draw(random);
            int age = Weighted.between(band.from(), band.to(), random);
            LocalDate dateOfBirth = today.minusYears(age).minusDays(random.nextInt(365));
            String number;
            do {
                number = String.valueOf(Weighted.between(200_000, 999_999, random));
            } while (!numbers.add(number));
            planned.add(new PlannedStudent(
                    names.next(),
                    number,
                    dateOfBirth,
                    team.site().catchment().draw(random),
                    offer.team(),
                    offer.programme(),
                    track));
        }
        return planned;
    }

    private static List<Offer> offersOf(Sector sector, int level) {
        List<Offer> found = new ArrayList<>();
        for (int team = 0; team < DemoCatalogue.TEAMS.size(); team++) {
            TeamPlan plan = DemoCatalogue.TEAMS.get(team);
            for (Programme programme : plan.programmes()) {
                if (plan.sector() == sector && programme.level() == level) {
                    found.add(new Offer(team, programme));
                }
            }
        }
        return found;
    }

    /** Each team's students in classes of about the class size, each with an SLB'er: slb1, slb2, ... from location A on. */
    private List<SchoolClass> classes(List<PlannedStudent> students) {
        List<SchoolClass> classes = new ArrayList<>();
        for (int team = 0; team < DemoCatalogue.TEAMS.size(); team++) {
            int index = team;
            List<PlannedStudent> ofTeam =
                    students.stream().filter(student -> student.team() == index).toList();
            if (ofTeam.isEmpty()) {
                continue;
            }
            int count = Math.max(1, Math.round((float) ofTeam.size() / properties.classSize()));
            for (int c = 0; c < count; c++) {
                List<PlannedStudent> members =
                        ofTeam.subList(c * ofTeam.size() / count, (c + 1) * ofTeam.size() / count);
                classes.add(new SchoolClass(
                        "slb" + (classes.size() + 1),
                        DemoCatalogue.TEAMS.get(team).site(),
                        members));
            }
        }
        return classes;
    }

    private List<DemoStudent> enrol(
            List<SchoolClass> classes,
            List<Long> teamIds,
            Map<Site, Long> locationIds,
            Map<String, Long> userIds,
            Map<String, String> municipalityCodes) {
        record Member(SchoolClass schoolClass, PlannedStudent student) {}
        List<Member> members = classes.stream()
                .flatMap(
                        schoolClass -> schoolClass.students().stream().map(student -> new Member(schoolClass, student)))
                .toList();
        Map<String, Actor> slbs = new LinkedHashMap<>();
        classes.forEach(schoolClass -> slbs.put(schoolClass.slbUsername(), actor(schoolClass.slbUsername())));
        List<DemoStudent> enrolled = new ArrayList<>();
        for (int from = 0; from < members.size(); from += ENROLMENT_BATCH) {
            List<Member> batch = members.subList(from, Math.min(from + ENROLMENT_BATCH, members.size()));
            transaction.executeWithoutResult(status -> {
                for (Member member : batch) {
                    PlannedStudent student = member.student();
                    Site site = member.schoolClass().site();
                    String slb = member.schoolClass().slbUsername();
                    long id = administration.enrol(new NewStudent(
                            student.number(),
                            student.name().firstName(),
                            student.name().prefix(),
                            student.name().lastName(),
                            student.dateOfBirth(),
                            requireNonNull(municipalityCodes.get(student.municipality())),
                            requireNonNull(locationIds.get(site)),
                            teamIds.get(student.team()),
                            student.programme().name(),
                            student.programme().level(),
                            student.track(),
                            userIds.get(slb)));
                    enrolled.add(new DemoStudent(
                            id,
                            student.dateOfBirth(),
                            requireNonNull(municipalityCodes.get(student.municipality())),
                            site,
                            requireNonNull(slbs.get(slb))));
                }
            });
        }
        return enrolled;
    }

    private static NewUser user(
            String username, DutchNames names, Role role, @Nullable Long locationId, @Nullable Long providerId) {
        return new NewUser(
                username,
                names.next().displayName(),
                email(username),
                Set.of(role),
                locationId == null ? Set.of() : Set.of(locationId),
                providerId,
                PASSWORD,
                role == Role.ZORGCOORDINATOR ? phone(username) : null);
    }

    /** A made-up number per user that no telephone network gives out (it starts 000): the demo's own. */
    private static String phone(String username) {
        return "000 " + String.format("%03d %04d", username.length() * 7, Math.floorMod(username.hashCode(), 10_000));
    }

    /** Addresses in the reserved .invalid domain: nothing sent to a demo user can reach anyone. */
    private static String email(String username) {
        return username + "@roc-lindewaard.invalid";
    }

    private Actor actor(String username) {
        return people.actor(username)
                .orElseThrow(() -> new IllegalStateException("demo user " + username + " missing"));
    }
}
