package nl.hulproute.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code tiny} population, generated into the test MariaDB after the product's migrations: every case's history
 * is a path through the lifecycle table ending in its state, the rows each state needs are there, and the same seed
 * gives the same database. (The benchmark run signs in and reads it through the product; no timing is asserted.)
 */
class GeneratorTest {

    private static final String SERVER = "jdbc:mariadb://" + env("HULPROUTE_TEST_DB_HOST", "127.0.0.1") + ":"
            + env("HULPROUTE_TEST_DB_PORT", "3306");
    private static final String USER = env("HULPROUTE_TEST_DB_USER", "root");
    private static final String PASSWORD = env("HULPROUTE_TEST_DB_PASSWORD", "");
    private static final String SUFFIX = Long.toString(ProcessHandle.current().pid());
    private static final Database FIRST = new Database(SERVER + "/bench_gen_a_" + SUFFIX, USER, PASSWORD);
    private static final Database SECOND = new Database(SERVER + "/bench_gen_b_" + SUFFIX, USER, PASSWORD);
    private static final Path MIGRATIONS = Path.of(System.getProperty("hulproute.migrations.dir", "../db/migration"));

    private static Map<String, Long> counts;

    @BeforeAll
    static void generate() throws Exception {
        // the benchmark runs against a MariaDB server; without one (a fresh machine without .ci/run) there is
        // nothing to generate into, and the backend's embedded fallback is not this module's to start
        try (Connection server = DriverManager.getConnection(SERVER + "/", USER, PASSWORD)) {
            Assumptions.assumeTrue(server.isValid(5));
        } catch (SQLException noServer) {
            Assumptions.abort("no MariaDB server at " + SERVER + ": " + noServer.getMessage());
        }
        counts = generateInto(FIRST, "7");
    }

    private static Map<String, Long> generateInto(Database database, String seed) throws Exception {
        return Benchmark.generate(
                database,
                Map.of(
                        "scale",
                        "tiny",
                        "seed",
                        seed,
                        "today",
                        "2026-03-02",
                        "drop",
                        "true",
                        "migrations",
                        MIGRATIONS.toString()));
    }

    @AfterAll
    static void drop() throws SQLException {
        if (counts == null) {
            return;
        }
        try (Connection server = DriverManager.getConnection(SERVER + "/", USER, PASSWORD);
                var statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + FIRST.name());
            statement.execute("DROP DATABASE IF EXISTS " + SECOND.name());
        }
    }

    @Test
    void theScaleIsWhatWasAskedFor() throws SQLException {
        Scale tiny = Scale.named("tiny");
        assertThat(counts.get("people_student")).isEqualTo(tiny.students());
        assertThat(counts.get("agreements_agreement")).isEqualTo(tiny.agreements());
        assertThat(counts.get("lifecycle_case")).isEqualTo(tiny.cases());
        assertThat(
                        single(
                                "SELECT COUNT(*) FROM people_user u JOIN people_user_role r ON r.user_id = u.id "
                                        + "WHERE u.username IN ('zc1', 'slb1', 'ext1', 'audit1', 'admin1') AND u.password_hash LIKE '{bcrypt}%'"))
                .isEqualTo(5);
    }

    @Test
    void everyHistoryIsAPathThroughTheLifecycleEndingInTheCaseState() throws SQLException {
        Map<Long, String> states = new HashMap<>();
        Map<Long, List<String[]>> histories = new HashMap<>();
        try (Connection connection = FIRST.connect();
                var statement = connection.createStatement()) {
            ResultSet cases = statement.executeQuery("SELECT id, state FROM lifecycle_case");
            while (cases.next()) {
                states.put(cases.getLong(1), cases.getString(2));
            }
            ResultSet steps = statement.executeQuery(
                    "SELECT case_id, event, from_state, to_state FROM lifecycle_case_transition ORDER BY case_id, occurred_at, id");
            while (steps.next()) {
                histories
                        .computeIfAbsent(steps.getLong(1), id -> new ArrayList<>())
                        .add(new String[] {steps.getString(2), steps.getString(3), steps.getString(4)});
            }
        }
        assertThat(states.values())
                .contains(
                        "SIGNALLED",
                        "TRIAGE",
                        "FIRST_LINE",
                        "SECOND_LINE",
                        "REFERRED",
                        "WAITING",
                        "HANDOVER",
                        "EXTERNAL_CARE",
                        "CLOSED");
        states.forEach((id, state) -> {
            String at = "SIGNALLED";
            for (String[] step : histories.getOrDefault(id, List.of())) {
                assertThat(step[1])
                        .as("case %d: %s starts where the last step ended", id, step[0])
                        .isEqualTo(at);
                assertThat(Generator.target(step[0], step[1]))
                        .as("case %d: %s", id, step[0])
                        .isEqualTo(step[2]);
                at = step[2];
            }
            assertThat(at).as("case %d ends in its state", id).isEqualTo(state);
        });
    }

    @Test
    void eachStateHasTheRowsItNeeds() throws SQLException {
        // one open case per student at most (the unique index would refuse more), each case has a signal
        assertThat(single("SELECT COUNT(*) FROM lifecycle_case c WHERE NOT EXISTS "
                        + "(SELECT 1 FROM intake_signal s WHERE s.case_id = c.id)"))
                .isZero();
        assertThat(
                        single(
                                "SELECT COUNT(*) FROM lifecycle_case WHERE state = 'CLOSED' AND (closed_at IS NULL OR outcome IS NULL)"))
                .isZero();
        assertThat(
                        single(
                                "SELECT COUNT(*) FROM lifecycle_case WHERE state IN ('SECOND_LINE', 'TRIAGE') AND owner_user_id IS NULL"))
                .isZero();
        // waiting: a running bridging plan; handed over or in care: consent for that provider and the package
        assertThat(single("SELECT COUNT(*) FROM lifecycle_case c WHERE c.state = 'WAITING' AND NOT EXISTS "
                        + "(SELECT 1 FROM lifecycle_bridging_plan p WHERE p.case_id = c.id AND p.ended_at IS NULL)"))
                .isZero();
        assertThat(
                        single(
                                "SELECT COUNT(*) FROM lifecycle_case c WHERE c.state IN ('HANDOVER', 'EXTERNAL_CARE') AND NOT EXISTS "
                                        + "(SELECT 1 FROM lifecycle_consent k WHERE k.case_id = c.id AND k.provider_id = c.provider_id)"))
                .isZero();
        assertThat(single("SELECT COUNT(*) FROM lifecycle_case c WHERE c.state = 'HANDOVER' AND NOT EXISTS "
                        + "(SELECT 1 FROM lifecycle_case_handover_section h WHERE h.case_id = c.id)"))
                .isZero();
        // the school bridges from the waiting list until the receiver reports care started (as lifecycle.Case does)
        assertThat(single("SELECT COUNT(*) FROM lifecycle_case c JOIN lifecycle_bridging_plan p ON p.case_id = c.id "
                        + "WHERE p.ended_at IS NULL AND (c.care_started_on IS NOT NULL "
                        + "OR c.state NOT IN ('WAITING', 'HANDOVER', 'EXTERNAL_CARE'))"))
                .isZero();
        assertThat(
                        single(
                                "SELECT COUNT(*) FROM lifecycle_case c WHERE c.state = 'EXTERNAL_CARE' AND c.care_started_on IS NULL "
                                        + "AND EXISTS (SELECT 1 FROM lifecycle_bridging_plan p WHERE p.case_id = c.id AND p.ended_at IS NULL)"))
                .isPositive();
        // care started is a CARE_STARTED step, on a day from the acceptance to today
        assertThat(
                        single(
                                "SELECT COUNT(*) FROM lifecycle_case WHERE state = 'EXTERNAL_CARE' AND care_started_on IS NOT NULL"))
                .isPositive();
        assertThat(single("SELECT COUNT(*) FROM lifecycle_case WHERE care_started_on IS NOT NULL"))
                .isEqualTo(single(
                        "SELECT COUNT(DISTINCT case_id) FROM lifecycle_case_transition WHERE event = 'CARE_STARTED' "
                                + "AND JSON_VALUE(payload, '$.careStartedOn') IS NOT NULL"));
        assertThat(single(
                        "SELECT COUNT(*) FROM lifecycle_case WHERE care_started_on IS NOT NULL AND (care_started_on > '2026-03-02' "
                                + "OR care_started_on < DATE(handover_accepted_at) - INTERVAL 1 DAY)"))
                .isZero();
        // a closed case whose care goes on stays with its receiver
        assertThat(single("SELECT COUNT(*) FROM lifecycle_case WHERE care_continues_after_close <> "
                        + "(state = 'CLOSED' AND outcome = 'CONTINUES_IN_EXTERNAL_CARE')"))
                .isZero();
        // an open case is seen somewhere in its state: waiting students have waited weeks, not only days
        assertThat(
                        single(
                                "SELECT MAX(DATEDIFF('2026-03-02', waiting_since)) FROM lifecycle_case WHERE state = 'WAITING'"))
                .isGreaterThan(14);
        // the providers serve the students they were referred for
        assertThat(single("SELECT COUNT(*) FROM lifecycle_case c JOIN people_student s ON s.id = c.student_id "
                        + "WHERE c.provider_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM socialmap_provider_municipality m "
                        + "WHERE m.provider_id = c.provider_id AND m.municipality = s.municipality)"))
                .isZero();
        // a running agreement per student at most, every agreement accepted, evaluations within its life
        assertThat(single("SELECT COUNT(*) FROM agreements_agreement a WHERE a.first_accepted_on IS NULL "
                        + "OR NOT EXISTS (SELECT 1 FROM agreements_acceptance x JOIN agreements_revision r ON r.id = x.revision_id "
                        + "WHERE r.agreement_id = a.id)"))
                .isZero();
        assertThat(single(
                        "SELECT COUNT(*) FROM agreements_evaluation e JOIN agreements_agreement a ON a.id = e.agreement_id "
                                + "WHERE e.held_on < a.first_accepted_on OR e.held_on > '2026-03-02'"))
                .isZero();
        // every student can be found by their words, as the application folds them
        assertThat(
                        single(
                                "SELECT COUNT(*) FROM people_student s WHERE NOT EXISTS "
                                        + "(SELECT 1 FROM people_student_search_key k WHERE k.student_id = s.id AND k.search_key = s.student_number)"))
                .isZero();
        assertThat(Generator.keysOf("Ayşe", "van 't", "Öztürk", "1000042"))
                .containsExactly("ayse", "van", "t", "ozturk", "1000042");
    }

    @Test
    void theSameSeedGivesTheSameDatabase() throws Exception {
        generateInto(SECOND, "7");
        for (String table : List.of(
                "people_student",
                "lifecycle_case",
                "lifecycle_case_transition",
                "privacy_access_log",
                "agreements_evaluation",
                "people_user")) {
            assertThat(checksum(SECOND, table)).as(table).isEqualTo(checksum(FIRST, table));
        }
    }

    /** A checksum of the table's values (CHECKSUM TABLE also covers how rows are stored, which may differ). */
    private static String checksum(Database database, String table) throws SQLException {
        try (Connection connection = database.connect();
                var statement = connection.createStatement()) {
            List<String> columns = new ArrayList<>();
            ResultSet names = statement.executeQuery("SELECT column_name FROM information_schema.columns "
                    + "WHERE table_schema = DATABASE() AND table_name = '" + table + "' ORDER BY ordinal_position");
            while (names.next()) {
                columns.add("IFNULL(`" + names.getString(1) + "`, '~')");
            }
            ResultSet rs = statement.executeQuery(
                    "SELECT COUNT(*), SUM(CRC32(CONCAT_WS('|', " + String.join(", ", columns) + "))) FROM " + table);
            rs.next();
            return rs.getLong(1) + "/" + rs.getString(2);
        }
    }

    private static long single(String sql) throws SQLException {
        try (Connection connection = FIRST.connect();
                var statement = connection.createStatement()) {
            ResultSet rs = statement.executeQuery(sql);
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
