package nl.hulproute.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import nl.hulproute.shared.Role;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every read and change of a student's data is in the access log; the privacy officer can search it; nobody edits it. */
@HulprouteTest
class AccessLogApiTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyReadAndChangeOfAStudentsDataIsLoggedWithWhoWhenRoleAndPurpose() {
        School school = fixtures.school();
        long studentId = fixtures.student(school, 17);
        User auditor = fixtures.user(Role.AUDITOR, Set.of(school.locationId()), null);

        api.as(school.slb()).get("/api/students");
        long caseId = api.as(school.slb()).post("/api/signals", Map.of(
                        "studentId", studentId, "lifeDomains", List.of("HOUSING"), "urgency", "NORMAL",
                        "observation", "Slaapt bij vrienden.", "discussedWithStudent", true))
                .body().path("caseId").asLong();
        User zc = school.zorgcoordinator();
        api.as(zc).get("/api/cases");
        long version = api.as(zc).get("/api/cases/" + caseId).body().path("version").asLong();
        api.as(zc).post("/api/cases/" + caseId + "/events/START_TRIAGE", Map.of("version", version));
        api.as(zc).get("/api/cases/" + caseId + "/history");
        api.as(zc).get("/api/cases/" + caseId + "/signals");

        Response log = api.as(auditor).get("/api/access-log?studentId=" + studentId);

        assertThat(log.status()).as("%s", log.body()).isEqualTo(200);
        List<String> lines = lines(log.body()); // newest first
        assertThat(lines).containsExactly(
                auditor.username() + " VIEW_ACCESS_LOG access-log", // this very search, for the student's inzage
                zc.username() + " VIEW signal",
                zc.username() + " VIEW case-history",
                zc.username() + " CHANGE case",
                zc.username() + " VIEW case",
                zc.username() + " LIST case",
                school.slb().username() + " CREATE signal",
                school.slb().username() + " LIST student");
        JsonNode change = log.body().path("content").get(3);
        assertThat(change.path("roles").asText()).isEqualTo("ZORGCOORDINATOR");
        assertThat(change.path("recordId").asLong()).isEqualTo(caseId);
        assertThat(change.path("purpose").asText()).isEqualTo("CARE");
        assertThat(change.path("clientAddress").asText()).isNotBlank();
        assertThat(change.path("occurredAt").asText()).startsWith(fixtures.today().getYear() + "-");
        assertThat(log.body().toString()).doesNotContain("Slaapt bij vrienden"); // the fact, never the content
    }

    @Test
    void thePrivacyOfficerSearchesByUserAndPeriodAndThatSearchIsLoggedToo() {
        School school = fixtures.school();
        long studentId = fixtures.student(school, 19);
        User auditor = fixtures.user(Role.AUDITOR, Set.of(school.locationId()), null);
        api.as(school.slb()).get("/api/students");

        Response byUser = api.as(auditor).get("/api/access-log?userId=" + school.slb().id());
        assertThat(lines(byUser.body())).containsExactly(school.slb().username() + " LIST student");
        assertThat(byUser.body().path("content").get(0).path("studentId").asLong()).isEqualTo(studentId);

        String yesterday = fixtures.today().minusDays(1).toString();
        assertThat(api.as(auditor).get("/api/access-log?userId=" + school.slb().id() + "&to=" + yesterday)
                        .body().path("totalElements").asInt())
                .isZero();

        Response ownReads = api.as(auditor).get("/api/access-log?userId=" + auditor.id());
        assertThat(lines(ownReads.body())).hasSize(3).allMatch(line -> line.endsWith("VIEW_ACCESS_LOG access-log"));
    }

    @Test
    void onlyThePrivacyOfficerReadsTheLogAndNobodyChangesIt() {
        School school = fixtures.school();
        for (User user : List.of(school.slb(), school.zorgcoordinator(), fixtures.user(Role.ADMIN, Set.of(), null))) {
            Response refused = api.as(user).get("/api/access-log");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("privacy.access-log-forbidden");
        }
        User auditor = fixtures.user(Role.AUDITOR, Set.of(), null);
        assertThat(api.as(auditor).post("/api/access-log", Map.of()).status()).isEqualTo(405);

        fixtures.student(school, 17);
        api.as(school.slb()).get("/api/students");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM privacy_access_log WHERE user_id = ?", Long.class, school.slb().id()))
                .isEqualTo(1L);
        assertThatThrownBy(() -> jdbc.update("UPDATE privacy_access_log SET purpose = 'rewritten' WHERE user_id = ?",
                        school.slb().id()))
                .hasMessageContaining("append-only");
    }

    private static List<String> lines(JsonNode page) {
        return StreamSupport.stream(page.path("content").spliterator(), false)
                .map(entry -> entry.path("username").asText() + " " + entry.path("action").asText() + " "
                        + entry.path("recordKind").asText())
                .toList();
    }
}
