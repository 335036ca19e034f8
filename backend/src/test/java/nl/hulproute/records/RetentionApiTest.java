package nl.hulproute.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.hulproute.people.PeopleAdministration;
import nl.hulproute.platform.MovableClock;
import nl.hulproute.records.RetentionJob.RetentionReport;
import nl.hulproute.records.StudentRoute.Student;
import nl.hulproute.shared.Role;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
import nl.hulproute.testsupport.StoredTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retention end to end: cases and signals are made through the API, years ago on the test clock; the job then
 * anonymises exactly the content of cases closed more than two years ago whose student has left, and the details of
 * students with nothing left, while the counts, the history's steps and the access log stay and other students'
 * data is untouched. It runs once across instances.
 */
@HulprouteTest
class RetentionApiTest {

    /** Three years: beyond the default two after closing, within the five the access log is kept. */
    private static final Duration THREE_YEARS = Duration.ofDays(3 * 365);

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PeopleAdministration people;

    @Autowired
    MovableClock clock;

    @Autowired
    RetentionJob job;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StoredTexts storedTexts;

    @BeforeEach
    void aNewNight() {
        clock.reset();
        nextNight();
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void contentOfOldCasesOfStudentsWhoLeftIsAnonymisedWhileFiguresHistoryStepsAndTheAccessLogRemain() {
        StudentRoute route = new StudentRoute(api, fixtures, people, clock);
        User auditor = fixtures.user(Role.AUDITOR, Set.of(), null);

        // three years ago: one student's case runs its whole course and closes, and the student leaves school;
        // another's closes as long ago, but the student still studies here
        clock.advance(THREE_YEARS.negated());
        Student left = route.student();
        long oldCase = route.signal(left);
        route.closeAfterTheWholeRoute(oldCase, left);
        long leftsAgreement = route.agreement(left);
        assertThat(api.as(route.zc)
                        .get("/api/students/" + left.id() + "/record")
                        .status())
                .isEqualTo(200);
        people.recordLeaving(left.id(), LocalDate.now(clock).plusDays(1));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                        "SELECT ended_on IS NOT NULL FROM agreements_agreement WHERE id = ?",
                        Boolean.class,
                        leftsAgreement));
        Student stillHere = route.student();
        long stillHereCase = route.signal(stillHere);
        route.closeAfterTheWholeRoute(stillHereCase, stillHere);
        route.agreement(stillHere);
        clock.reset();
        // today: a third student's case closed just now, and they left yesterday; a fourth left without any case
        Student recentlyLeft = route.student();
        long recentCase = route.signal(recentlyLeft);
        route.closeAfterTheWholeRoute(recentCase, recentlyLeft);
        people.recordLeaving(recentlyLeft.id(), LocalDate.now(clock).minusDays(1));
        Student leftWithoutCase = route.student();
        people.recordLeaving(leftWithoutCase.id(), LocalDate.now(clock).minusYears(1));

        JsonNode countsBefore = counts(route);
        long mySignalsBefore = api.as(route.school.slb())
                .get("/api/signals?size=100")
                .body()
                .path("totalElements")
                .asLong();
        List<Map<String, Object>> stepsBefore = steps(oldCase);
        long logLinesBefore = logLines(left.id());
        for (Student student : List.of(left, stillHere, recentlyLeft)) {
            assertThat(hits(student.marker()))
                    .as("texts of %s before", student.name())
                    .isNotEmpty();
        }

        RetentionReport report = job.run().orElseThrow();

        assertThat(report.casesAnonymised()).isGreaterThanOrEqualTo(1);
        assertThat(report.studentsAnonymised()).isGreaterThanOrEqualTo(2);

        // removed: every free text about the student who left, their name and number, anywhere in the database
        for (String text : List.of(left.marker(), left.firstName(), left.lastName(), left.number())) {
            assertThat(hits(text)).as("where %s still is", text).isEmpty();
        }
        assertThat(hits(leftWithoutCase.firstName())).isEmpty();
        // the agreement keeps what compliance is computed from: its dates, the evaluation with the student, kinds
        Map<String, Object> agreement = jdbc.queryForMap(
                "SELECT first_accepted_on, ended_on FROM agreements_agreement WHERE id = ?", leftsAgreement);
        assertThat(agreement.get("first_accepted_on")).isNotNull();
        assertThat(jdbc.queryForList(
                        "SELECT held_on, student_present FROM agreements_evaluation WHERE agreement_id = ?",
                        leftsAgreement))
                .singleElement()
                .satisfies(evaluation ->
                        assertThat(evaluation.get("student_present")).isEqualTo(true));
        assertThat(report.agreementsCleared()).isGreaterThanOrEqualTo(1);
        Map<String, Object> theCase = jdbc.queryForMap("SELECT * FROM lifecycle_case WHERE id = ?", oldCase);
        assertThat(theCase.get("student_id")).isNull();
        assertThat(theCase.get("advice")).isNull();
        assertThat(theCase.get("external_care_summary")).isNull();
        assertThat(theCase.get("anonymised_at")).isNotNull();
        assertThat(jdbc.queryForList(
                        "SELECT reason, CAST(payload AS CHAR) AS payload FROM lifecycle_case_transition "
                                + "WHERE case_id = ?",
                        oldCase))
                .isNotEmpty()
                .allSatisfy(step -> {
                    assertThat(step.get("reason")).isNull();
                    assertThat(step.get("payload")).isEqualTo("{}");
                });
        assertThat(jdbc.queryForList("SELECT student_id FROM lifecycle_consent WHERE case_id = ?", oldCase))
                .hasSize(1)
                .allSatisfy(consent -> assertThat(consent.get("student_id")).isNull());
        assertThat(jdbc.queryForList("SELECT student_id, observation FROM intake_signal WHERE case_id = ?", oldCase))
                .hasSize(1)
                .allSatisfy(signal -> {
                    assertThat(signal.get("student_id")).isNull();
                    assertThat(signal.get("observation")).isEqualTo("");
                });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM handover_package WHERE case_id = ?", Long.class, oldCase))
                .as("the package as sent goes with the case's content")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM handover_package WHERE case_id = ?", Long.class, stillHereCase))
                .isEqualTo(1);
        Map<String, Object> student = jdbc.queryForMap("SELECT * FROM people_student WHERE id = ?", left.id());
        assertThat(student.get("anonymised_at")).isNotNull();
        assertThat(student.get("student_number")).isEqualTo("ANON-" + left.id());
        assertThat(student.get("slb_user_id")).isNull();
        // nobody reads it any more, and it is as if it never was
        assertThat(api.as(route.zc).get("/api/cases/" + oldCase).status()).isEqualTo(404);
        assertThat(api.as(route.zc)
                        .get("/api/students/" + left.id() + "/record")
                        .status())
                .isEqualTo(404);
        assertThat(api.as(route.zc).get("/api/students?size=100").body().toString())
                .doesNotContain("ANON-")
                .contains(stillHere.number(), recentlyLeft.number());
        Response mySignals = api.as(route.school.slb()).get("/api/signals?size=100");
        assertThat(mySignals.body().path("totalElements").asLong()).isEqualTo(mySignalsBefore - 1);
        assertThat(mySignals.body().toString()).contains(stillHere.name(), recentlyLeft.name());

        // what remains: the counts per state, the history's steps (event, states, who, when), the access log
        assertThat(counts(route)).isEqualTo(countsBefore);
        assertThat(countsBefore.path("byState").path("CLOSED").asLong()).isEqualTo(3);
        assertThat(steps(oldCase)).isEqualTo(stepsBefore).hasSize(8);
        assertThat(theCase.get("state")).isEqualTo("CLOSED");
        assertThat(theCase.get("outcome")).isEqualTo("RESOLVED_IN_SCHOOL");
        assertThat(theCase.get("location_id")).isEqualTo(route.school.locationId());
        assertThat(theCase.get("provider_id")).isEqualTo(route.providerId);
        assertThat(logLines(left.id())).isEqualTo(logLinesBefore).isGreaterThan(10);
        Response log = api.as(auditor).get("/api/access-log?studentId=" + left.id() + "&size=200");
        assertThat(log.body().path("content").toString()).contains("\"action\":\"EXPORT\"", "\"action\":\"CHANGE\"");

        // untouched: the student who still studies here, and the one whose case closed only now
        for (Student untouched : List.of(stillHere, recentlyLeft)) {
            JsonNode record = api.as(route.zc)
                    .get("/api/students/" + untouched.id() + "/record")
                    .body();
            assertThat(record.path("student").path("name").asText()).isEqualTo(untouched.name());
            assertThat(record.path("cases").get(0).path("advice").asText()).contains(untouched.marker());
            assertThat(record.path("cases")
                            .get(0)
                            .path("history")
                            .get(0)
                            .path("reason")
                            .asText())
                    .contains(untouched.marker());
            assertThat(record.path("signals").get(0).path("observation").asText())
                    .contains(untouched.marker());
        }

        JsonNode stillHeresAgreement = api.as(route.zc)
                .get("/api/students/" + stillHere.id() + "/record")
                .body()
                .path("agreements")
                .get(0);
        assertThat(stillHeresAgreement
                        .path("revisions")
                        .get(0)
                        .path("needInOwnWords")
                        .asText())
                .contains(stillHere.marker());
        assertThat(stillHeresAgreement
                        .path("evaluations")
                        .get(0)
                        .path("studentView")
                        .asText())
                .contains(stillHere.marker());

        // a second run finds nothing more of these students to do
        nextNight();
        job.run().orElseThrow();
        assertThat(steps(oldCase)).isEqualTo(stepsBefore);
        assertThat(hits(stillHere.marker())).isNotEmpty();
        assertThat(hits(recentlyLeft.marker())).isNotEmpty();
    }

    @Test
    void accessLogLinesOlderThanTheirRetentionAreRemovedAndYoungerOnesKept() {
        StudentRoute route = new StudentRoute(api, fixtures, people, clock);
        Student student = route.student();
        clock.advance(Duration.ofDays(-6 * 365)); // six years ago: beyond the five the log is kept
        api.as(route.school.slb()).get("/api/students?q=" + student.number());
        clock.reset();
        clock.advance(Duration.ofDays(-4 * 365)); // four years ago: kept
        api.as(route.school.slb()).get("/api/students?q=" + student.number());
        clock.reset();
        assertThat(logLines(student.id())).isEqualTo(2);

        RetentionReport report = job.run().orElseThrow();

        assertThat(report.accessLogLinesRemoved()).isGreaterThanOrEqualTo(1);
        assertThat(logLines(student.id())).isEqualTo(1);
    }

    @Test
    void twoRunsAtOnceOnTwoInstancesAnonymiseOnce() throws Exception {
        StudentRoute route = new StudentRoute(api, fixtures, people, clock);
        clock.advance(THREE_YEARS.negated());
        Student left = route.student();
        long caseId = route.signal(left);
        route.closeAfterTheWholeRoute(caseId, left);
        people.recordLeaving(left.id(), LocalDate.now(clock));
        clock.reset();

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        List<Optional<RetentionReport>> runs = new ArrayList<>();
        try {
            List<Future<Optional<RetentionReport>>> started = List.of(
                    instances.submit(() -> {
                        together.await();
                        return job.run();
                    }),
                    instances.submit(() -> {
                        together.await();
                        return job.run();
                    }));
            for (Future<Optional<RetentionReport>> run : started) {
                runs.add(run.get(2, TimeUnit.MINUTES));
            }
        } finally {
            instances.shutdownNow();
        }

        assertThat(runs).filteredOn(Optional::isPresent).hasSize(1);
        assertThat(runs).filteredOn(Optional::isEmpty).hasSize(1);
        RetentionReport report =
                runs.stream().flatMap(Optional::stream).findFirst().orElseThrow();
        assertThat(report.casesAnonymised()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT student_id FROM lifecycle_case WHERE id = ?", Long.class, caseId))
                .isNull();
        // the lock stays taken for lock-at-least-for: a third instance firing a moment later does nothing either
        Map<String, Object> lock = jdbc.queryForMap(
                "SELECT locked_by, lock_until > UTC_TIMESTAMP(3) AS held FROM platform_shedlock WHERE name = ?",
                RetentionJob.LOCK);
        assertThat((String) lock.get("locked_by")).isNotBlank();
        assertThat(((Number) lock.get("held")).intValue()).isEqualTo(1);
        assertThat(job.run()).isEmpty();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** An earlier run holds the lock for lock-at-least-for, as it would until the next night: let that pass. */
    private void nextNight() {
        jdbc.update(
                "UPDATE platform_shedlock SET lock_until = UTC_TIMESTAMP(3) - INTERVAL 1 SECOND WHERE name = ?",
                RetentionJob.LOCK);
    }

    private JsonNode counts(StudentRoute route) {
        Response counts = api.as(route.zc).get("/api/cases/counts?location=" + route.school.locationId());
        assertThat(counts.status()).isEqualTo(200);
        return counts.body();
    }

    /** The history's steps without their content: what figures count. */
    private List<Map<String, Object>> steps(long caseId) {
        return jdbc.queryForList(
                "SELECT event, from_state, to_state, occurred_at, actor_user_id FROM lifecycle_case_transition "
                        + "WHERE case_id = ? ORDER BY id",
                caseId);
    }

    private long logLines(long studentId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM privacy_access_log WHERE student_id = ?", Long.class, studentId);
    }

    /** Every text column of every table in which this text occurs ("table.column"). */
    private List<String> hits(String text) {
        return storedTexts.whereIs(text);
    }
}
