package nl.hulproute.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Fills a migrated, empty Hulproute database with a synthetic population of a {@link Scale}: locations, teams,
 * staff (SLB'ers, zorgcoördinatoren, a professional per provider, an auditor, an administrator, all with one
 * password), students with their search keys, the sociale kaart, cases with their signals and full transition
 * history (every route follows the lifecycle table of ../shared/domain/README.md §3, one open case per student at
 * most), consents, bridging plans and contacts, support agreements with their evaluations, and access-log lines.
 * Everything is drawn from one {@link Random} with the given seed and dated relative to {@code today}: the same seed
 * and day give the same database. Rows go in as JDBC batches ({@link Rows}), not through the application.
 */
final class Generator {

    static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Amsterdam");

    private static final List<String> FIRST_NAMES = List.of(
            "Daan", "Sem", "Lucas", "Milan", "Levi", "Luuk", "Thijs", "Jesse", "Bram", "Finn", "Tim", "Ruben", "Stijn",
            "Lars", "Thomas", "Jens", "Niels", "Mees", "Gijs", "Joris", "Emma", "Julia", "Sophie", "Lotte", "Anna",
            "Sanne", "Lisa", "Fleur", "Eva", "Isa", "Noa", "Roos", "Femke", "Tess", "Iris", "Anouk", "Lieke", "Esmee",
            "Britt", "Demi", "Mohamed", "Yassine", "Bilal", "Ayoub", "Imane", "Salma", "Nour", "Meryem", "Emre",
            "Mehmet", "Yusuf", "Elif", "Zeynep", "Ayşe", "Büşra", "Jayden", "Quincy", "Priya", "Shanice", "Naomi",
            "Tomasz", "Luca", "Amira", "Hanna", "Sofia", "José", "Zoë", "Chloé");

    /** Surnames with their tussenvoegsel, stored apart as the Dutch registers do. */
    private static final List<String[]> SURNAMES = List.of(
            new String[] {null, "Jansen"},
            new String[] {"de", "Vries"},
            new String[] {"van den", "Berg"},
            new String[] {"van", "Dijk"},
            new String[] {null, "Bakker"},
            new String[] {null, "Visser"},
            new String[] {null, "Smit"},
            new String[] {null, "Meijer"},
            new String[] {"de", "Boer"},
            new String[] {null, "Mulder"},
            new String[] {"de", "Groot"},
            new String[] {null, "Bos"},
            new String[] {null, "Vos"},
            new String[] {null, "Peters"},
            new String[] {null, "Hendriks"},
            new String[] {"van", "Leeuwen"},
            new String[] {null, "Dekker"},
            new String[] {null, "Brouwer"},
            new String[] {"de", "Wit"},
            new String[] {null, "Dijkstra"},
            new String[] {"de", "Graaf"},
            new String[] {"van der", "Meer"},
            new String[] {"van der", "Linden"},
            new String[] {null, "Kok"},
            new String[] {null, "Jacobs"},
            new String[] {"de", "Haan"},
            new String[] {null, "Vermeulen"},
            new String[] {"van den", "Heuvel"},
            new String[] {"van der", "Veen"},
            new String[] {"van den", "Broek"},
            new String[] {null, "Schouten"},
            new String[] {"van", "Beek"},
            new String[] {null, "Willems"},
            new String[] {null, "Hoekstra"},
            new String[] {null, "Maas"},
            new String[] {null, "Verhoeven"},
            new String[] {"ter", "Horst"},
            new String[] {"van 't", "Hof"},
            new String[] {null, "El Amrani"},
            new String[] {null, "Bouzid"},
            new String[] {null, "Benali"},
            new String[] {null, "Tahiri"},
            new String[] {null, "Yılmaz"},
            new String[] {null, "Kaya"},
            new String[] {null, "Demir"},
            new String[] {null, "Öztürk"},
            new String[] {null, "Ramdin"},
            new String[] {null, "Sewdien"},
            new String[] {null, "Martina"},
            new String[] {null, "Nowak"},
            new String[] {null, "Nguyen"},
            new String[] {null, "Haddad"},
            new String[] {null, "Kuipers"},
            new String[] {null, "Prins"});

    private static final List<String> MUNICIPALITIES = List.of(
            "Rotterdam",
            "Schiedam",
            "Vlaardingen",
            "Capelle aan den IJssel",
            "Barendrecht",
            "Ridderkerk",
            "Dordrecht",
            "Zwijndrecht",
            "Lansingerland",
            "Maassluis",
            "Nissewaard",
            "Albrandswaard",
            "Krimpenerwaard",
            "Gouda",
            "Zoetermeer",
            "Den Haag",
            "Delft",
            "Rijswijk",
            "Westland",
            "Leiden",
            "Alphen aan den Rijn",
            "Utrecht",
            "Nieuwegein",
            "Zeist",
            "Amersfoort",
            "Amsterdam",
            "Zaanstad",
            "Haarlem",
            "Almere",
            "Lelystad",
            "Eindhoven",
            "Helmond",
            "Tilburg",
            "Breda",
            "'s-Hertogenbosch",
            "Nijmegen",
            "Arnhem",
            "Apeldoorn",
            "Deventer",
            "Zwolle",
            "Enschede",
            "Hengelo",
            "Groningen",
            "Leeuwarden",
            "Assen",
            "Emmen",
            "Maastricht",
            "Heerlen",
            "Venlo",
            "Middelburg",
            "Vlissingen",
            "Den Helder",
            "Alkmaar",
            "Hoorn",
            "Purmerend",
            "Hilversum",
            "Ede",
            "Veenendaal",
            "Oss",
            "Roosendaal");

    /** Sectors with their share of students (§6): care and welfare 37%, technology 31%, economy 27%, the rest 5%. */
    private static final String[] SECTORS = {"Zorg en welzijn", "Techniek", "Economie", "Creatief"};

    private static final double[] SECTOR_SHARES = {37, 31, 27, 5};
    private static final int[] LEVELS = {1, 2, 3, 4};
    private static final double[] LEVEL_SHARES = {6, 21, 22, 51};

    private static final String[] LIFE_DOMAINS = {
        "MENTAL_HEALTH",
        "PHYSICAL_HEALTH",
        "WELLBEING_SOCIAL",
        "HOME_FAMILY",
        "HOUSING",
        "FINANCES_DEBT",
        "WORK_INTERNSHIP",
        "JUSTICE_SAFETY",
        "SUBSTANCE_USE",
        "LEARNING_SCHOOL"
    };
    private static final double[] LIFE_DOMAIN_SHARES = {24, 6, 16, 14, 5, 9, 8, 3, 4, 11};

    private static final String[] OBSERVATIONS = {
        "Komt de laatste weken vaak te laat en lijkt moe.", "Vertelt dat het thuis onrustig is.",
        "Heeft zich teruggetrokken uit de groep.", "Maakt zich zorgen over geld voor de reis.",
        "Is gestopt met de stage zonder te zeggen waarom.", "Zegt 's nachts niet te slapen.",
        "Kan geen vaste woonplek vinden.", "Mist veel lessen sinds de vakantie."
    };

    /** Measure kinds with their share (seed 001, table B3.7). */
    private static final String[] MEASURE_KINDS = {
        "ADAPTED_ASSESSMENT",
        "EXTRA_GUIDANCE",
        "ADAPTED_TEACHING",
        "AIDS",
        "INTERNSHIP_ADJUSTMENTS",
        "EXTERNAL_CARE_AT_SCHOOL",
        "ROOM_ADJUSTMENTS",
        "OTHER"
    };

    private static final double[] MEASURE_SHARES = {53, 48, 24, 15, 13, 8, 4, 1};

    /** The provider kinds and whom they serve by age. */
    private static final String[] PROVIDER_KINDS = {
        "GGZ", "JEUGDHULP", "WMO", "VERSLAVINGSZORG", "SCHULDHULP", "SCHOOLMAATSCHAPPELIJK_WERK"
    };

    private static final int[][] PROVIDER_AGES = {{16, 99}, {0, 17}, {18, 99}, {12, 99}, {16, 99}, {12, 30}};

    private static final Pattern NOT_A_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern COMBINING_MARK = Pattern.compile("\\p{M}+");

    /** The case routes with their weight: where a case ends and the events that take it there (CaseRoute of the demo). */
    enum Route {
        AWAITING_TRIAGE(5, true),
        IN_TRIAGE(6, true, "START_TRIAGE"),
        FIRST_LINE(12, true, "START_TRIAGE", "ASSIGN_FIRST_LINE"),
        SECOND_LINE(7, true, "START_TRIAGE", "ASSIGN_SECOND_LINE"),
        ESCALATED(3, true, "START_TRIAGE", "ASSIGN_FIRST_LINE", "ASSIGN_SECOND_LINE"),
        REFERRED(4, true, "START_TRIAGE", "ASSIGN_SECOND_LINE", "REFER"),
        // ~2% of open cases: ~180 waiting students at the biggest location (one school had ~40, §6)
        WAITING(1, true, "START_TRIAGE", "ASSIGN_SECOND_LINE", "REFER", "PLACE_ON_WAITLIST"),
        // a handover waits days for its answer where the waiting list takes months: far fewer at any moment
        HANDOVER(0.5, true, "START_TRIAGE", "ASSIGN_SECOND_LINE", "REFER", "PLACE_ON_WAITLIST?", "START_HANDOVER"),
        HANDOVER_DECLINED(1, true, "START_TRIAGE", "ASSIGN_SECOND_LINE", "REFER", "START_HANDOVER", "DECLINE_HANDOVER"),
        EXTERNAL_CARE(
                4.5,
                true,
                "START_TRIAGE",
                "ASSIGN_SECOND_LINE",
                "REFER",
                "PLACE_ON_WAITLIST?",
                "START_HANDOVER",
                "ACCEPT_HANDOVER",
                "CARE_STARTED"),
        // accepted, the first appointment still to come: the school goes on bridging
        EXTERNAL_CARE_NOT_STARTED(
                0.5,
                true,
                "START_TRIAGE",
                "ASSIGN_SECOND_LINE",
                "REFER",
                "PLACE_ON_WAITLIST?",
                "START_HANDOVER",
                "ACCEPT_HANDOVER"),
        REOPENED(2, true, "START_TRIAGE", "ASSIGN_FIRST_LINE", "CLOSE", "REOPEN"),
        REOPENED_TO_SECOND_LINE(1, true, "START_TRIAGE", "DISMISS", "REOPEN", "ASSIGN_SECOND_LINE"),
        DISMISSED_WITHOUT_TRIAGE(4, false, "DISMISS"),
        DISMISSED_AFTER_TRIAGE(14, false, "START_TRIAGE", "DISMISS"),
        RESOLVED_IN_FIRST_LINE(10, false, "START_TRIAGE", "ASSIGN_FIRST_LINE", "CLOSE"),
        RESOLVED_IN_SECOND_LINE(6, false, "START_TRIAGE", "ASSIGN_SECOND_LINE", "CLOSE"),
        BACK_FROM_EXTERNAL_CARE(
                3,
                false,
                "START_TRIAGE",
                "ASSIGN_SECOND_LINE",
                "REFER",
                "PLACE_ON_WAITLIST?",
                "START_HANDOVER",
                "ACCEPT_HANDOVER",
                "CARE_STARTED",
                "END_EXTERNAL_CARE",
                "CLOSE"),
        CARE_CONTINUES_EXTERNALLY(
                4,
                false,
                "START_TRIAGE",
                "ASSIGN_SECOND_LINE",
                "REFER",
                "PLACE_ON_WAITLIST?",
                "START_HANDOVER",
                "ACCEPT_HANDOVER",
                "CARE_STARTED",
                "CLOSE"),
        LEFT_SCHOOL_WHILE_WAITING(
                2, false, "START_TRIAGE", "ASSIGN_SECOND_LINE", "REFER", "PLACE_ON_WAITLIST", "CLOSE");

        final double weight;
        final boolean open;
        final List<String> events;

        Route(double weight, boolean open, String... events) {
            this.weight = weight;
            this.open = open;
            this.events = List.of(events);
        }
    }

    /** The event table of the lifecycle (§3): from which states an event leads where. */
    static String target(String event, String from) {
        String to = switch (event) {
            case "START_TRIAGE" -> from.equals("SIGNALLED") ? "TRIAGE" : null;
            case "DISMISS" -> Set.of("SIGNALLED", "TRIAGE").contains(from) ? "CLOSED" : null;
            case "ASSIGN_FIRST_LINE" -> Set.of("TRIAGE", "SECOND_LINE").contains(from) ? "FIRST_LINE" : null;
            case "ASSIGN_SECOND_LINE" -> Set.of("TRIAGE", "FIRST_LINE").contains(from) ? "SECOND_LINE" : null;
            case "REFER" -> Set.of("TRIAGE", "FIRST_LINE", "SECOND_LINE").contains(from) ? "REFERRED" : null;
            case "PLACE_ON_WAITLIST" -> from.equals("REFERRED") ? "WAITING" : null;
            case "START_HANDOVER" -> Set.of("REFERRED", "WAITING").contains(from) ? "HANDOVER" : null;
            case "ACCEPT_HANDOVER" -> from.equals("HANDOVER") ? "EXTERNAL_CARE" : null;
            case "CARE_STARTED" -> from.equals("EXTERNAL_CARE") ? "EXTERNAL_CARE" : null;
            case "DECLINE_HANDOVER" -> from.equals("HANDOVER") ? "REFERRED" : null;
            case "END_EXTERNAL_CARE" -> from.equals("EXTERNAL_CARE") ? "SECOND_LINE" : null;
            case "CLOSE" ->
                Set.of("FIRST_LINE", "SECOND_LINE", "REFERRED", "WAITING", "EXTERNAL_CARE")
                                .contains(from)
                        ? "CLOSED"
                        : null;
            case "REOPEN" -> from.equals("CLOSED") ? "TRIAGE" : null;
            default -> null;
        };
        if (to == null) {
            throw new IllegalStateException(event + " does not apply in " + from);
        }
        return to;
    }

    private record Location(long id, List<Long> teams, List<Long> coordinators, List<String> catchment) {}

    private record Provider(long id, int minAge, int maxAge, Set<String> municipalities, long professional) {}

    private record Student(long id, long locationId, long slbId, LocalDate dateOfBirth, String municipality) {}

    private final Scale scale;
    private final Random random;
    private final LocalDate today;
    private final Instant now;
    private final String passwordHash;

    private long nextUser = 1;
    private long nextCase = 1;
    private long nextTransition = 1;
    private long nextSignal = 1;
    private long nextConsent = 1;
    private long nextPlan = 1;
    private long nextContact = 1;
    private long nextAccess = 1;
    private final List<Location> locations = new ArrayList<>();
    private final List<Provider> providers = new ArrayList<>();

    Generator(Scale scale, long seed, LocalDate today, String password) {
        this.scale = scale;
        this.random = new Random(seed);
        this.today = today;
        this.now = today.atTime(8, 0).atZone(SCHOOL_ZONE).toInstant();
        // cost 4: one hash for every generated user, checked once per signed-in session, never per request
        this.passwordHash = "{bcrypt}" + new BCryptPasswordEncoder(4, new SeededRandom(seed)).encode(password);
    }

    /** Writes the population; returns the rows per table. */
    Map<String, Long> generate(Connection connection) throws SQLException {
        try (Rows rows = new Rows(connection)) {
            declare(rows);
            socialMap(rows);
            List<Student> students = school(rows);
            int[] cases = casesPerStudent(students.size());
            for (int i = 0; i < students.size(); i++) {
                casesOf(students.get(i), rows, cases[i]);
            }
            agreements(rows, students);
            rows.flush();
            return rows.counts();
        }
    }

    /** The cases spread evenly over the students, the remainder one more each to students drawn at random. */
    private int[] casesPerStudent(int students) {
        int[] counts = new int[students];
        java.util.Arrays.fill(counts, scale.cases() / students);
        int[] order = java.util.stream.IntStream.range(0, students).toArray();
        for (int i = 0; i < scale.cases() % students; i++) {
            int j = i + random.nextInt(students - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
            counts[order[i]]++;
        }
        return counts;
    }

    private static void declare(Rows rows) throws SQLException {
        rows.table("people_location", "id", "code", "name", "municipality");
        rows.table("people_team", "id", "location_id", "name", "sector");
        rows.table("people_user", "id", "username", "display_name", "email", "phone", "password_hash", "provider_id");
        rows.table("people_user_role", "user_id", "role");
        rows.table("people_user_location", "user_id", "location_id");
        rows.table("socialmap_provider", "id", "name", "kind", "min_age", "max_age");
        rows.table("socialmap_provider_municipality", "provider_id", "municipality");
        rows.table(
                "people_student",
                "id",
                "student_number",
                "first_name",
                "last_name_prefix",
                "last_name",
                "date_of_birth",
                "municipality",
                "location_id",
                "team_id",
                "programme",
                "level",
                "track",
                "slb_user_id");
        rows.table("people_student_search_key", "student_id", "search_key", "location_id");
        rows.table(
                "lifecycle_case",
                "id",
                "student_id",
                "location_id",
                "state",
                "urgency",
                "opened_at",
                "last_signal_at",
                "owner_user_id",
                "provider_id",
                "advice",
                "check_in_date",
                "triage_started_at",
                "referred_at",
                "waiting_since",
                "expected_start_date",
                "handover_started_at",
                "handover_accepted_at",
                "first_contact_date",
                "care_started_on",
                "external_care_summary",
                "external_care_ended_at",
                "care_continues_after_close",
                "outcome",
                "closed_at",
                "version");
        rows.table(
                "lifecycle_case_transition",
                "id",
                "case_id",
                "occurred_at",
                "actor_user_id",
                "event",
                "from_state",
                "to_state",
                "reason",
                "payload");
        rows.table("lifecycle_case_handover_section", "case_id", "section");
        rows.table(
                "lifecycle_consent",
                "id",
                "case_id",
                "student_id",
                "provider_id",
                "given_by",
                "given_at",
                "given_how",
                "valid_until",
                "recorded_by_user_id");
        rows.table("lifecycle_consent_section", "consent_id", "section");
        rows.table(
                "lifecycle_bridging_plan",
                "id",
                "case_id",
                "contact_user_id",
                "contact_every_days",
                "description",
                "started_at",
                "last_contact_on",
                "ended_at");
        rows.table(
                "waitinglist_bridging_contact",
                "id",
                "case_id",
                "student_id",
                "contacted_on",
                "note",
                "recorded_by_user_id",
                "recorded_at");
        rows.table(
                "intake_signal",
                "id",
                "student_id",
                "location_id",
                "case_id",
                "raised_by_user_id",
                "raised_at",
                "urgency",
                "observation",
                "discussed_with_student");
        rows.table("intake_signal_life_domain", "signal_id", "life_domain");
        rows.table(
                "agreements_agreement",
                "id",
                "student_id",
                "running_student_id",
                "first_accepted_on",
                "ended_on",
                "end_reason",
                "ended_by_user_id",
                "created_at",
                "created_by_user_id",
                "updated_at");
        rows.table(
                "agreements_revision",
                "id",
                "agreement_id",
                "revision",
                "need_in_own_words",
                "status",
                "accepted_on",
                "created_at",
                "created_by_user_id");
        rows.table(
                "agreements_acceptance",
                "id",
                "revision_id",
                "accepted_on",
                "accepted_by",
                "how",
                "recorded_at",
                "recorded_by_user_id");
        rows.table(
                "agreements_measure",
                "id",
                "revision_id",
                "position",
                "kind",
                "description",
                "responsible",
                "applies_during_internship");
        rows.table(
                "agreements_evaluation",
                "id",
                "agreement_id",
                "revision",
                "held_on",
                "student_present",
                "participants",
                "student_view",
                "next_due_on",
                "recorded_at",
                "recorded_by_user_id");
        rows.table("agreements_evaluation_outcome", "evaluation_id", "measure_id", "verdict");
        rows.table(
                "privacy_access_log",
                "id",
                "occurred_at",
                "user_id",
                "username",
                "roles",
                "action",
                "student_id",
                "record_kind",
                "record_id",
                "purpose",
                "client_address");
    }

    // ---------------------------------------------------------------- the school

    private void socialMap(Rows rows) throws SQLException {
        int municipalities = municipalityCount();
        for (int i = 0; i < scale.providers(); i++) {
            long id = i + 1;
            // every municipality has a wijkteam for every age; the others serve a few municipalities each
            boolean wijkteam = i < municipalities;
            String kind = wijkteam ? "WIJKTEAM" : PROVIDER_KINDS[i % PROVIDER_KINDS.length];
            int[] ages = wijkteam ? new int[] {0, 99} : PROVIDER_AGES[i % PROVIDER_KINDS.length];
            Set<String> served = new LinkedHashSet<>();
            served.add(MUNICIPALITIES.get(i % municipalities));
            if (!wijkteam) {
                for (int k = 0; k < 3; k++) {
                    served.add(MUNICIPALITIES.get(random.nextInt(municipalities)));
                }
            }
            rows.add(
                    "socialmap_provider",
                    id,
                    kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ') + " "
                            + served.iterator().next() + " (bench " + id + ")",
                    kind,
                    ages[0],
                    ages[1]);
            for (String municipality : served) {
                rows.add("socialmap_provider_municipality", id, municipality);
            }
            long professional = user(rows, "ext" + id, Role.EXTERNAL_PROFESSIONAL, List.of(), id);
            providers.add(new Provider(id, ages[0], ages[1], served, professional));
        }
    }

    /** The municipalities the school draws from: fewer than the providers, each has a wijkteam. */
    private int municipalityCount() {
        return Math.min(MUNICIPALITIES.size(), Math.max(6, scale.providers() / 3));
    }

    private enum Role {
        SLB,
        ZORGCOORDINATOR,
        EXTERNAL_PROFESSIONAL,
        AUDITOR,
        ADMIN
    }

    private long user(Rows rows, String username, Role role, List<Long> locationIds, Long providerId)
            throws SQLException {
        long id = nextUser++;
        String[] surname = any(SURNAMES);
        String display = any(FIRST_NAMES) + " " + (surname[0] == null ? "" : surname[0] + " ") + surname[1];
        String phone =
                role == Role.ZORGCOORDINATOR ? String.format("000 %03d %04d", id % 1000, (id * 37) % 10_000) : null;
        rows.add("people_user", id, username, display, username + "@bench.invalid", phone, passwordHash, providerId);
        rows.add("people_user_role", id, role.name());
        for (long location : locationIds) {
            rows.add("people_user_location", id, location);
        }
        return id;
    }

    private List<Student> school(Rows rows) throws SQLException {
        int municipalityCount = municipalityCount();
        List<Double> shares = scale.locationShares();
        int zc = 1;
        int slb = 1;
        long team = 1;
        long student = 1;
        List<Long> allLocations = new ArrayList<>();
        for (int l = 0; l < shares.size(); l++) {
            allLocations.add((long) l + 1);
        }
        List<Student> students = new ArrayList<>(scale.students());
        for (int l = 0; l < shares.size(); l++) {
            long locationId = l + 1;
            int count = l == shares.size() - 1
                    ? scale.students() - students.size()
                    : (int) Math.round(scale.students() * shares.get(l));
            List<String> catchment = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                catchment.add(MUNICIPALITIES.get((l * 3 + k) % municipalityCount));
            }
            rows.add(
                    "people_location",
                    locationId,
                    String.format("L%03d", locationId),
                    "Locatie " + catchment.get(0) + (shares.size() > 3 ? " " + locationId : ""),
                    catchment.get(0));
            List<Long> teams = new ArrayList<>();
            int teamCount = Math.max(1, Math.round((float) count / Scale.STUDENTS_PER_TEAM));
            for (int t = 0; t < teamCount; t++) {
                String sector = SECTORS[draw(SECTOR_SHARES)];
                rows.add("people_team", team, locationId, "Team " + sector + " " + (t + 1), sector);
                teams.add(team++);
            }
            List<Long> coordinators = new ArrayList<>();
            for (int k = 0; k < Math.max(2, count / 1_000); k++) {
                coordinators.add(user(rows, "zc" + zc++, Role.ZORGCOORDINATOR, List.of(locationId), null));
            }
            Location location = new Location(locationId, teams, coordinators, catchment);
            locations.add(location);
            // students by class: each class one team, one SLB'er
            int enrolled = 0;
            while (enrolled < count) {
                int size = Math.min(Scale.CLASS_SIZE, count - enrolled);
                long slbId = user(rows, "slb" + slb++, Role.SLB, List.of(locationId), null);
                long teamId = teams.get(random.nextInt(teams.size()));
                int level = LEVELS[draw(LEVEL_SHARES)];
                String track = random.nextDouble() < 0.68 ? "BOL" : "BBL";
                String programme = "Opleiding niveau " + level + " (" + (teamId % 7 + 1) + ")";
                for (int s = 0; s < size; s++) {
                    long id = student++;
                    String first = any(FIRST_NAMES);
                    String[] surname = any(SURNAMES);
                    String number = String.valueOf(1_000_000 + id);
                    int age = track.equals("BOL")
                            ? 16 + (int) Math.abs(random.nextGaussian() * 2.5)
                            : 18 + random.nextInt(10);
                    LocalDate born = today.minusYears(Math.min(age, 40)).minusDays(random.nextInt(365));
                    String municipality = catchment.get(random.nextInt(catchment.size()));
                    rows.add(
                            "people_student",
                            id,
                            number,
                            first,
                            surname[0],
                            surname[1],
                            born,
                            municipality,
                            locationId,
                            teamId,
                            programme,
                            level,
                            track,
                            slbId);
                    for (String key : keysOf(first, surname[0], surname[1], number)) {
                        rows.add("people_student_search_key", id, key, locationId);
                    }
                    students.add(new Student(id, locationId, slbId, born, municipality));
                }
                enrolled += size;
            }
        }
        user(rows, "audit1", Role.AUDITOR, allLocations, null);
        user(rows, "admin1", Role.ADMIN, List.of(), null);
        return students;
    }

    /** The search keys as the application folds them (people.StudentSearch.keysOf). */
    static Set<String> keysOf(String first, String prefix, String last, String number) {
        Set<String> keys = new LinkedHashSet<>(words(first + " " + (prefix == null ? "" : prefix) + " " + last));
        keys.addAll(words(number));
        return keys;
    }

    static List<String> words(String text) {
        String folded = COMBINING_MARK
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace('ı', 'i')
                .replace('ł', 'l')
                .replace("ø", "o")
                .replace("ß", "ss")
                .replace("æ", "ae")
                .replace("œ", "oe");
        return Arrays.stream(NOT_A_LETTER_OR_DIGIT.split(folded))
                .filter(word -> !word.isEmpty())
                .map(word -> word.length() > 100 ? word.substring(0, 100) : word)
                .distinct()
                .toList();
    }

    // ---------------------------------------------------------------- cases

    /** A case while its history is written: the columns the events set. */
    private static final class CaseRow {
        long id;
        String state = "SIGNALLED";
        String urgency;
        Instant openedAt;
        Instant lastSignalAt;
        Long owner;
        Long provider;
        String advice;
        LocalDate checkInDate;
        Instant triageStartedAt;
        Instant referredAt;
        Instant waitingSince;
        LocalDate expectedStartDate;
        Instant handoverStartedAt;
        Instant handoverAcceptedAt;
        LocalDate firstContactDate;
        LocalDate careStartedOn;
        String summary;
        Instant externalCareEndedAt;
        boolean careContinuesAfterClose;
        String outcome;
        Instant closedAt;
        long version;
        boolean sections;
        long plan;
        long planContact;
        int planEvery;
        Instant planStarted;
        LocalDate lastContact;
    }

    private void casesOf(Student student, Rows rows, int count) throws SQLException {
        if (count == 0) {
            return;
        }
        Location location = locations.get((int) student.locationId() - 1);
        boolean lastOpen = random.nextDouble() < scale.openShare();
        // lay the cases out backwards from today: the last one ends (or is still open) now
        List<Route> routes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            routes.add(route(i == count - 1 && lastOpen));
        }
        // each case gets a span of days; the history starts that far back
        List<List<Long>> gaps = new ArrayList<>();
        long totalHours = 0;
        for (Route route : routes) {
            List<Long> steps = new ArrayList<>();
            for (String event : route.events) {
                long hours = stepHours(event);
                steps.add(hours);
                totalHours += hours;
            }
            boolean last = gaps.size() == count - 1;
            // after the student's last case: still open, it is somewhere in its last state; closed, weeks to months
            long between = last && lastOpen ? hoursInLastState(route) : 24L * (7 + random.nextInt(120));
            steps.add(between);
            totalHours += between;
            gaps.add(steps);
        }
        Instant at = now.minus(Duration.ofHours(totalHours + random.nextInt(72)));
        for (int i = 0; i < count; i++) {
            at = writeCase(student, location, routes.get(i), gaps.get(i), at, rows);
        }
    }

    private Route route(boolean open) {
        Route[] all = Route.values();
        double total = 0;
        for (Route route : all) {
            if (route.open == open) {
                total += route.weight;
            }
        }
        double pick = random.nextDouble() * total;
        for (Route route : all) {
            if (route.open == open) {
                pick -= route.weight;
                if (pick < 0) {
                    return route;
                }
            }
        }
        return open ? Route.FIRST_LINE : Route.DISMISSED_AFTER_TRIAGE;
    }

    /**
     * How long an open case has been in its state: a random part of the step it waits for (seen at a random moment),
     * so waiting students have waited weeks to months and bridging contacts can be overdue.
     */
    private long hoursInLastState(Route route) {
        String next = switch (route.events.isEmpty() ? "" : route.events.get(route.events.size() - 1)) {
            case "" -> "START_TRIAGE";
            case "PLACE_ON_WAITLIST" -> "START_HANDOVER";
            case "START_HANDOVER" -> "ACCEPT_HANDOVER";
            case "ACCEPT_HANDOVER" -> "CARE_STARTED";
            case "CARE_STARTED", "ASSIGN_FIRST_LINE", "ASSIGN_SECOND_LINE" -> "CLOSE";
            default -> "REFER"; // in triage or referred: days to weeks
        };
        return 1 + (long) (random.nextDouble() * stepHours(next));
    }

    /** How long before an event happens, in hours: triage within days, waiting lists and care for months. */
    private long stepHours(String event) {
        return switch (event.replace("?", "")) {
            case "START_TRIAGE", "DISMISS" -> 2 + random.nextInt(24 * 6);
            case "START_HANDOVER" -> 24L * (20 + random.nextInt(90));
            case "ACCEPT_HANDOVER", "DECLINE_HANDOVER" -> 24L * (1 + random.nextInt(8));
            case "CARE_STARTED" -> 24L * (3 + random.nextInt(14));
            case "END_EXTERNAL_CARE", "CLOSE" -> 24L * (14 + random.nextInt(150));
            default -> 24L * (2 + random.nextInt(30));
        };
    }

    private Instant writeCase(
            Student student, Location location, Route route, List<Long> steps, Instant start, Rows rows)
            throws SQLException {
        CaseRow row = new CaseRow();
        row.id = nextCase++;
        row.openedAt = start;
        row.lastSignalAt = start;
        row.urgency = urgency();
        signal(rows, row, student, start, row.urgency);
        Instant at = start;
        String state = "SIGNALLED";
        for (int i = 0; i < route.events.size(); i++) {
            String event = route.events.get(i);
            at = at.plus(Duration.ofHours(steps.get(i)));
            if (event.endsWith("?")) {
                if (random.nextBoolean()) {
                    continue; // the provider had room: straight to the handover
                }
                event = event.substring(0, event.length() - 1);
            }
            if (i == 1 && random.nextDouble() < 0.2) {
                // a second signal joins the open case before the next step
                Instant second = at.minus(Duration.ofHours(1 + steps.get(i) / 2));
                String urgency = urgency();
                signal(rows, row, student, second, urgency);
                row.lastSignalAt = second;
                if (rank(urgency) < rank(row.urgency)) {
                    row.urgency = urgency;
                }
            }
            state = fire(rows, row, student, location, event, state, at);
        }
        row.state = state;
        rows.add(
                "lifecycle_case",
                row.id,
                student.id(),
                location.id(),
                row.state,
                row.urgency,
                utc(row.openedAt),
                utc(row.lastSignalAt),
                row.owner,
                row.provider,
                row.advice,
                row.checkInDate,
                utc(row.triageStartedAt),
                utc(row.referredAt),
                utc(row.waitingSince),
                row.expectedStartDate,
                utc(row.handoverStartedAt),
                utc(row.handoverAcceptedAt),
                row.firstContactDate,
                row.careStartedOn,
                row.summary,
                utc(row.externalCareEndedAt),
                row.careContinuesAfterClose,
                row.outcome,
                utc(row.closedAt),
                row.version);
        if (row.sections) {
            rows.add("lifecycle_case_handover_section", row.id, "SCHOOL_SUPPORT");
            rows.add("lifecycle_case_handover_section", row.id, "STUDENT");
        }
        if (row.plan != 0) {
            // still bridging (waiting, handed over, or accepted with care not started): contacts up to today
            bridgingContacts(rows, row, student, now);
            rows.add(
                    "lifecycle_bridging_plan",
                    row.plan,
                    row.id,
                    row.planContact,
                    row.planEvery,
                    "Wekelijks gesprek met de mentor",
                    utc(row.planStarted),
                    row.lastContact,
                    null);
        }
        accessLog(rows, row, student, location, at);
        return at.plus(Duration.ofHours(steps.get(steps.size() - 1)));
    }

    private String urgency() {
        double u = random.nextDouble();
        return u < 0.05 ? "ACUTE" : u < 0.20 ? "URGENT" : "NORMAL";
    }

    private static int rank(String urgency) {
        return switch (urgency) {
            case "ACUTE" -> 0;
            case "URGENT" -> 1;
            default -> 2;
        };
    }

    private void signal(Rows rows, CaseRow row, Student student, Instant at, String urgency) throws SQLException {
        long id = nextSignal++;
        rows.add(
                "intake_signal",
                id,
                student.id(),
                student.locationId(),
                row.id,
                student.slbId(),
                utc(at),
                urgency,
                OBSERVATIONS[random.nextInt(OBSERVATIONS.length)],
                random.nextDouble() < 0.7);
        int first = draw(LIFE_DOMAIN_SHARES);
        rows.add("intake_signal_life_domain", id, LIFE_DOMAINS[first]);
        if (random.nextDouble() < 0.4) {
            int second = draw(LIFE_DOMAIN_SHARES);
            if (second != first) {
                rows.add("intake_signal_life_domain", id, LIFE_DOMAINS[second]);
            }
        }
    }

    /** Applies one event as the application does (lifecycle.Case#enter) and records its transition. */
    private String fire(
            Rows rows, CaseRow row, Student student, Location location, String event, String from, Instant at)
            throws SQLException {
        String to = target(event, from);
        long coordinator = any(location.coordinators());
        long actor = coordinator;
        String reason = null;
        StringBuilder payload = new StringBuilder("{");
        LocalDate day = day(at);
        switch (event) {
            case "START_TRIAGE" -> {
                row.triageStartedAt = at;
                if (row.owner == null) {
                    row.owner = actor;
                }
            }
            case "DISMISS" -> {
                row.outcome = "NO_FOLLOW_UP_NEEDED";
                row.closedAt = at;
                reason = "Geen vervolg nodig; besproken met de student.";
            }
            case "ASSIGN_FIRST_LINE" -> {
                row.advice = "Wekelijks kort contact; let op aanwezigheid.";
                row.checkInDate = day.plusDays(14 + random.nextInt(14));
                payload.append("\"advice\":\"")
                        .append(row.advice)
                        .append("\",\"checkInDate\":\"")
                        .append(row.checkInDate)
                        .append('"');
            }
            case "ASSIGN_SECOND_LINE" -> {
                row.owner = any(location.coordinators());
                payload.append("\"ownerId\":").append(row.owner);
            }
            case "REFER" -> {
                Provider provider = providerFor(student, day);
                row.provider = provider.id();
                row.referredAt = at;
                payload.append("\"providerId\":").append(provider.id());
                consent(rows, row, student, at.plus(Duration.ofHours(2)), coordinator);
            }
            case "PLACE_ON_WAITLIST" -> {
                row.waitingSince = at;
                row.expectedStartDate = day.plusDays(30 + random.nextInt(120));
                endPlan(rows, row, student, at);
                row.plan = nextPlan++;
                row.planContact =
                        random.nextDouble() < 0.3 ? student.slbId() : row.owner == null ? coordinator : row.owner;
                row.planEvery = random.nextBoolean() ? 7 : 14;
                row.planStarted = at;
                payload.append("\"bridging\":{\"contactUserId\":")
                        .append(row.planContact)
                        .append(",\"contactEveryDays\":")
                        .append(row.planEvery)
                        .append("},\"expectedStartDate\":\"")
                        .append(row.expectedStartDate)
                        .append('"');
            }
            case "START_HANDOVER" -> {
                row.handoverStartedAt = at;
                row.sections = true;
                payload.append("\"sections\":[\"SCHOOL_SUPPORT\",\"STUDENT\"]");
            }
            case "ACCEPT_HANDOVER" -> {
                actor = professionalOf(row.provider);
                row.handoverAcceptedAt = at;
                row.firstContactDate = day.plusDays(3 + random.nextInt(10));
                payload.append("\"firstContactDate\":\"")
                        .append(row.firstContactDate)
                        .append('"');
                // the plan stays, as in the application: the school bridges until care has started
            }
            case "CARE_STARTED" -> {
                actor = professionalOf(row.provider);
                row.careStartedOn = row.firstContactDate.isAfter(day) ? day : row.firstContactDate;
                payload.append("\"careStartedOn\":\"").append(row.careStartedOn).append('"');
                endPlan(rows, row, student, at);
            }
            case "DECLINE_HANDOVER" -> {
                actor = professionalOf(row.provider);
                row.handoverStartedAt = null;
                row.sections = false;
                reason = "Past niet bij ons aanbod; andere aanbieder aangeraden.";
            }
            case "END_EXTERNAL_CARE" -> {
                row.summary = "Gesprekken afgerond; mag pauzes nemen in de les.";
                row.externalCareEndedAt = at;
                payload.append("\"summary\":\"").append(row.summary).append('"');
                endPlan(rows, row, student, at);
            }
            case "CLOSE" -> {
                row.outcome = switch (from) {
                    case "WAITING" -> "STUDENT_LEFT_SCHOOL";
                    case "EXTERNAL_CARE" -> "CONTINUES_IN_EXTERNAL_CARE";
                    default -> "RESOLVED_IN_SCHOOL";
                };
                row.closedAt = at;
                // the receiver keeps the case (and its package) until they report care ended
                row.careContinuesAfterClose = from.equals("EXTERNAL_CARE");
                reason = from.equals("WAITING") ? "De student wacht nog, maar is van school gegaan." : null;
                payload.append("\"outcome\":\"").append(row.outcome).append('"');
                endPlan(rows, row, student, at);
            }
            case "REOPEN" -> {
                row.outcome = null;
                row.closedAt = null;
                row.careContinuesAfterClose = false;
                reason = "Nieuwe zorgen binnen het jaar.";
            }
            default -> throw new IllegalStateException(event);
        }
        payload.append('}');
        rows.add(
                "lifecycle_case_transition",
                nextTransition++,
                row.id,
                utc(at),
                actor,
                event,
                from,
                to,
                reason,
                payload.toString());
        row.version++;
        return to;
    }

    private long professionalOf(Long provider) {
        return providers.get((int) (long) provider - 1).professional();
    }

    /** A provider that serves the student's municipality and age (every municipality has a wijkteam for all ages). */
    private Provider providerFor(Student student, LocalDate day) {
        int age = student.dateOfBirth().until(day).getYears();
        List<Provider> fitting = new ArrayList<>();
        for (Provider provider : providers) {
            if (provider.municipalities().contains(student.municipality())
                    && provider.minAge() <= age
                    && age <= provider.maxAge()) {
                fitting.add(provider);
            }
        }
        if (fitting.isEmpty()) {
            throw new IllegalStateException("no provider serves " + student.municipality());
        }
        return any(fitting);
    }

    /** The student's consent for the provider, for the package sections; valid a year. */
    private void consent(Rows rows, CaseRow row, Student student, Instant at, long recordedBy) throws SQLException {
        long id = nextConsent++;
        rows.add(
                "lifecycle_consent",
                id,
                row.id,
                student.id(),
                row.provider,
                "STUDENT",
                utc(at),
                "IN_PERSON",
                day(at).plusYears(1),
                recordedBy);
        rows.add("lifecycle_consent_section", id, "SCHOOL_SUPPORT");
        rows.add("lifecycle_consent_section", id, "STUDENT");
    }

    /** Ends the running bridging plan (its contacts up to then are written). */
    private void endPlan(Rows rows, CaseRow row, Student student, Instant at) throws SQLException {
        if (row.plan == 0) {
            return;
        }
        bridgingContacts(rows, row, student, at);
        rows.add(
                "lifecycle_bridging_plan",
                row.plan,
                row.id,
                row.planContact,
                row.planEvery,
                "Wekelijks gesprek met de mentor",
                utc(row.planStarted),
                row.lastContact,
                utc(at));
        row.plan = 0;
        row.lastContact = null;
    }

    /** The bridging contacts made between the plan's start and {@code until}; most on time, some missed. */
    private void bridgingContacts(Rows rows, CaseRow row, Student student, Instant until) throws SQLException {
        LocalDate day = day(row.planStarted).plusDays(row.planEvery);
        LocalDate end = day(until);
        while (!day.isAfter(end)) {
            if (random.nextDouble() < 0.8) {
                rows.add(
                        "waitinglist_bridging_contact",
                        nextContact++,
                        row.id,
                        student.id(),
                        day,
                        "Gebeld, gaat redelijk.",
                        row.planContact,
                        utc(day.atTime(16, 0).atZone(SCHOOL_ZONE).toInstant()));
                row.lastContact = day;
            }
            day = day.plusDays(row.planEvery + random.nextInt(3));
        }
    }

    /** Reads and changes of the case's student by the location's zorgcoördinatoren, while the case ran. */
    private void accessLog(Rows rows, CaseRow row, Student student, Location location, Instant end)
            throws SQLException {
        int lines = random.nextInt(2 * scale.accessLogPerCase() + 1);
        long span = Math.max(
                1, Duration.between(row.openedAt, end.isAfter(now) ? now : end).toMinutes());
        for (int i = 0; i < lines; i++) {
            long user = any(location.coordinators());
            Instant at = row.openedAt.plus(Duration.ofMinutes((long) (random.nextDouble() * span)));
            double kind = random.nextDouble();
            String action = kind < 0.7 ? "VIEW" : kind < 0.9 ? "CHANGE" : "LIST";
            String purpose =
                    random.nextDouble() < 0.002 ? "BREAK_GLASS: Acute zorg, eigen zorgcoördinator afwezig" : "CARE";
            rows.add(
                    "privacy_access_log",
                    nextAccess++,
                    utc(at),
                    user,
                    "zc" + zcNumber(user),
                    "ZORGCOORDINATOR",
                    action,
                    student.id(),
                    "case",
                    row.id,
                    purpose,
                    "127.0.0.1");
        }
    }

    private final java.util.Map<Long, Integer> zcNumbers = new java.util.HashMap<>();

    /** zc users are numbered in the order they were made; their ids interleave with the SLB'ers'. */
    private int zcNumber(long userId) {
        if (zcNumbers.isEmpty()) {
            int n = 1;
            for (Location location : locations) {
                for (long id : location.coordinators()) {
                    zcNumbers.put(id, n++);
                }
            }
        }
        return zcNumbers.get(userId);
    }

    // ---------------------------------------------------------------- agreements

    private void agreements(Rows rows, List<Student> students) throws SQLException {
        long revision = 1;
        long measure = 1;
        long evaluation = 1;
        long acceptance = 1;
        // distinct students: a student has one running agreement at most
        int[] picks = random.ints(0, students.size())
                .distinct()
                .limit(Math.min(scale.agreements(), students.size()))
                .toArray();
        long id = 1;
        for (int pick : picks) {
            Student student = students.get(pick);
            Location location = locations.get((int) student.locationId() - 1);
            long coordinator = any(location.coordinators());
            LocalDate accepted = today.minusDays(30 + random.nextInt(4 * 365));
            Instant created =
                    accepted.minusDays(3).atTime(10, 0).atZone(SCHOOL_ZONE).toInstant();
            boolean ended = random.nextDouble() < 0.08;
            LocalDate endedOn = ended ? accepted.plusDays(60 + random.nextInt(300)) : null;
            if (endedOn != null && endedOn.isAfter(today)) {
                endedOn = today.minusDays(1);
                if (endedOn.isBefore(accepted)) {
                    endedOn = null;
                }
            }
            rows.add(
                    "agreements_agreement",
                    id,
                    student.id(),
                    endedOn == null ? student.id() : null,
                    accepted,
                    endedOn,
                    endedOn == null ? null : "Opleiding afgerond.",
                    endedOn == null ? null : coordinator,
                    utc(created),
                    coordinator,
                    utc(created));
            long revisionId = revision++;
            rows.add(
                    "agreements_revision",
                    revisionId,
                    id,
                    1,
                    "Ik heb meer tijd nodig bij toetsen en een rustige plek.",
                    "ACCEPTED",
                    accepted,
                    utc(created),
                    coordinator);
            rows.add(
                    "agreements_acceptance",
                    acceptance++,
                    revisionId,
                    accepted,
                    "STUDENT",
                    "Getekend op papier",
                    utc(created.plus(Duration.ofDays(3))),
                    coordinator);
            List<Long> measures = new ArrayList<>();
            int measureCount = 1 + random.nextInt(3);
            Set<Integer> kinds = new LinkedHashSet<>();
            for (int m = 0; m < measureCount; m++) {
                kinds.add(draw(MEASURE_SHARES));
            }
            int position = 0;
            for (int kind : kinds) {
                rows.add(
                        "agreements_measure",
                        measure,
                        revisionId,
                        position++,
                        MEASURE_KINDS[kind],
                        "Maatregel "
                                + MEASURE_KINDS[kind].toLowerCase(Locale.ROOT).replace('_', ' '),
                        "Docent",
                        kind == 4);
                measures.add(measure++);
            }
            // yearly evaluations, mostly on time; some agreements stop being evaluated (overdue)
            boolean lapses = random.nextDouble() < 0.2;
            LocalDate last = accepted;
            LocalDate stop = endedOn == null ? today : endedOn;
            while (true) {
                LocalDate held = last.plusMonths(10).plusDays(random.nextInt(75));
                if (held.isAfter(stop) || (lapses && random.nextDouble() < 0.5)) {
                    break;
                }
                boolean present = random.nextDouble() < 0.95;
                rows.add(
                        "agreements_evaluation",
                        evaluation,
                        id,
                        1,
                        held,
                        present,
                        "Zorgcoördinator, SLB'er",
                        present ? "Het helpt, ik wil het zo houden." : null,
                        held.plusMonths(12),
                        utc(held.atTime(15, 0).atZone(SCHOOL_ZONE).toInstant()),
                        coordinator);
                for (long m : measures) {
                    rows.add("agreements_evaluation_outcome", evaluation, m, "EFFECTIVE");
                }
                evaluation++;
                last = held;
            }
            id++;
        }
    }

    // ---------------------------------------------------------------- helpers

    private int draw(double[] shares) {
        double total = 0;
        for (double share : shares) {
            total += share;
        }
        double pick = random.nextDouble() * total;
        for (int i = 0; i < shares.length; i++) {
            pick -= shares[i];
            if (pick < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    private <T> T any(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static LocalDate day(Instant at) {
        return at.atZone(SCHOOL_ZONE).toLocalDate();
    }

    private static LocalDateTime utc(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** The salt of the password hash from the seed too, so the whole database follows from seed and day. */
    private static final class SeededRandom extends java.security.SecureRandom {
        private final Random random;

        SeededRandom(long seed) {
            this.random = new Random(seed);
        }

        @Override
        public void nextBytes(byte[] bytes) {
            random.nextBytes(bytes);
        }
    }
}
