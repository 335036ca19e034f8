package nl.hulproute.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
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
        long caseId = api.as(school.slb())
                .post(
                        "/api/signals",
                        Map.of(
                                "studentId",
                                studentId,
                                "lifeDomains",
                                List.of("HOUSING"),
                                "urgency",
                                "NORMAL",
                                "observation",
                                "Slaapt bij vrienden.",
                                "discussedWithStudent",
                                true))
                .body()
                .path("caseId")
                .asLong();
        User zc = school.zorgcoordinator();
        api.as(zc).get("/api/cases");
        long version =
                api.as(zc).get("/api/cases/" + caseId).body().path("version").asLong();
        api.as(zc).post("/api/cases/" + caseId + "/events/START_TRIAGE", Map.of("version", version));
        api.as(zc).get("/api/cases/" + caseId + "/history");
        api.as(zc).get("/api/cases/" + caseId + "/signals");

        Response log = api.as(auditor).get("/api/access-log?studentId=" + studentId);

        assertThat(log.status()).as("%s", log.body()).isEqualTo(200);
        List<String> lines = lines(log.body()); // newest first
        assertThat(lines)
                .containsExactly(
                        auditor.username()
                                + " VIEW_ACCESS_LOG access-log", // this very search, for the student's inzage
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
        assertThat(change.path("occurredAt").asText())
                .startsWith(fixtures.today().getYear() + "-");
        assertThat(log.body().toString()).doesNotContain("Slaapt bij vrienden"); // the fact, never the content
    }

    @Test
    void thePrivacyOfficerSearchesByUserAndPeriodAndThatSearchIsLoggedToo() {
        School school = fixtures.school();
        long studentId = fixtures.student(school, 19);
        User auditor = fixtures.user(Role.AUDITOR, Set.of(school.locationId()), null);
        api.as(school.slb()).get("/api/students");

        Response byUser =
                api.as(auditor).get("/api/access-log?userId=" + school.slb().id());
        assertThat(lines(byUser.body())).containsExactly(school.slb().username() + " LIST student");
        assertThat(byUser.body().path("content").get(0).path("studentId").asLong())
                .isEqualTo(studentId);

        String yesterday = fixtures.today().minusDays(1).toString();
        assertThat(api.as(auditor)
                        .get("/api/access-log?userId=" + school.slb().id() + "&to=" + yesterday)
                        .body()
                        .path("totalElements")
                        .asInt())
                .isZero();

        Response ownReads = api.as(auditor).get("/api/access-log?userId=" + auditor.id());
        assertThat(lines(ownReads.body())).hasSize(3).allMatch(line -> line.endsWith("VIEW_ACCESS_LOG access-log"));
    }

    @Test
    void thePagerCountsTenPagesAheadAndSaysWhenThereAreMore() {
        School school = fixtures.school();
        fixtures.student(school, 17);
        User auditor = fixtures.user(Role.AUDITOR, Set.of(school.locationId()), null);
        for (int i = 0; i < 13; i++) {
            api.as(school.slb()).get("/api/students");
        }
        String bySlb = "/api/access-log?userId=" + school.slb().id();

        // one line a page: the count stops after ten pages beyond this one and one line more
        var onePerPage = api.as(auditor).get(bySlb + "&size=1").body();
        assertThat(onePerPage.path("content")).hasSize(1);
        assertThat(onePerPage.path("totalElements").asLong()).isEqualTo(11);
        assertThat(onePerPage.path("totalPages").asInt()).isEqualTo(11);
        assertThat(onePerPage.path("totalIsLowerBound").asBoolean()).isTrue();

        // further on, the count reaches the end: exact again
        var further = api.as(auditor).get(bySlb + "&size=1&page=5").body();
        assertThat(further.path("totalElements").asLong()).isEqualTo(13);
        assertThat(further.path("totalIsLowerBound").asBoolean()).isFalse();

        var all = api.as(auditor).get(bySlb + "&size=20").body();
        assertThat(all.path("content")).hasSize(13);
        assertThat(all.path("totalElements").asLong()).isEqualTo(13);
        assertThat(all.path("totalPages").asInt()).isEqualTo(1);
        assertThat(all.path("totalIsLowerBound").asBoolean()).isFalse();
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
                        "SELECT COUNT(*) FROM privacy_access_log WHERE user_id = ?",
                        Long.class,
                        school.slb().id()))
                .isEqualTo(1L);
        assertThatThrownBy(() -> jdbc.update(
                        "UPDATE privacy_access_log SET purpose = 'rewritten' WHERE user_id = ?",
                        school.slb().id()))
                .hasMessageContaining("append-only");
    }

    @Test
    void theAuditorFiltersByStudentNameOrNumberUserNameActionAndBreakGlassAndReadsNamesInEachLine() {
        School school = fixtures.school();
        School elsewhere = fixtures.school();
        String family = "Qlog" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        long studentId = fixtures.student(school, "Sem", "van den", family);
        User auditor = fixtures.user(Role.AUDITOR, Set.of(school.locationId()), null);
        long caseId = api.as(school.slb())
                .post(
                        "/api/signals",
                        Map.of(
                                "studentId",
                                studentId,
                                "lifeDomains",
                                List.of("HOUSING"),
                                "urgency",
                                "NORMAL",
                                "observation",
                                "Slaapt bij vrienden.",
                                "discussedWithStudent",
                                true))
                .body()
                .path("caseId")
                .asLong();
        api.as(school.zorgcoordinator()).get("/api/cases/" + caseId);
        assertThat(api.as(elsewhere.zorgcoordinator())
                        .post("/api/students/" + studentId + "/break-glass", Map.of("reason", "Belt de receptie."))
                        .status())
                .isEqualTo(201);
        api.as(elsewhere.zorgcoordinator()).get("/api/cases/" + caseId);

        JsonNode byName = api.as(auditor)
                .get("/api/access-log?size=200&student=" + "sem%20" + family)
                .body();
        assertThat(byName.path("totalElements").asInt()).isGreaterThanOrEqualTo(4);
        JsonNode first = byName.path("content").get(0);
        assertThat(first.path("studentName").asText()).isEqualTo("Sem van den " + family);
        assertThat(first.path("studentNumber").asText()).startsWith("S");
        assertThat(first.path("userName").asText()).isNotBlank();
        String number = first.path("studentNumber").asText();
        assertThat(api.as(auditor)
                        .get("/api/access-log?student=" + number)
                        .body()
                        .path("totalElements")
                        .asInt())
                .isEqualTo(byName.path("totalElements").asInt());

        JsonNode glass = api.as(auditor)
                .get("/api/access-log?breakGlass=true&student=" + number)
                .body();
        assertThat(glass.path("totalElements").asInt()).isEqualTo(2); // the grant and the read under it
        assertThat(glass.path("content")).allSatisfy(line -> {
            assertThat(line.path("breakGlass").asBoolean()).isTrue();
            assertThat(line.path("username").asText())
                    .isEqualTo(elsewhere.zorgcoordinator().username());
        });
        JsonNode creates = api.as(auditor)
                .get("/api/access-log?action=CREATE&student=" + number)
                .body();
        assertThat(creates.path("content"))
                .allSatisfy(line -> assertThat(line.path("action").asText()).isEqualTo("CREATE"));
        assertThat(creates.path("totalElements").asInt()).isPositive();
        JsonNode byUser = api.as(auditor)
                .get("/api/access-log?user=" + elsewhere.zorgcoordinator().username() + "&student=" + number)
                .body();
        assertThat(byUser.path("totalElements").asInt())
                .isEqualTo(glass.path("totalElements").asInt());
        assertThat(api.as(auditor)
                        .get("/api/access-log?student=Nobodybythisname")
                        .body()
                        .path("totalElements")
                        .asInt())
                .isZero();
    }

    @Test
    void theFilteredLogIsExportedAsCsvAndTheExportIsLogged() {
        School school = fixtures.school();
        String family = "Qcsv" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        long studentId = fixtures.student(school, "Noor", null, family);
        User auditor = fixtures.user(Role.AUDITOR, Set.of(school.locationId()), null);
        api.as(school.slb())
                .post(
                        "/api/signals",
                        Map.of(
                                "studentId",
                                studentId,
                                "lifeDomains",
                                List.of("HOUSING"),
                                "urgency",
                                "NORMAL",
                                "observation",
                                "=SUM(A1) slaapt bij vrienden.",
                                "discussedWithStudent",
                                true));

        Api.Response csv = api.as(auditor).getText("/api/access-log/export?studentId=" + studentId);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String text = csv.body().asText();
        String[] rows = text.replace("\uFEFF", "").split("\r\n");
        assertThat(rows[0]).startsWith("tijdstip;gebruiker;naam gebruiker;rollen;actie;studentnummer;naam student");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(3); // this export (logged first), the signal, the caseload read
        assertThat(rows[1]).contains(";VIEW_ACCESS_LOG;").contains("EXPORT ");
        assertThat(rows).anySatisfy(row -> assertThat(row).contains(";CREATE;").contains(";Noor " + family + ";"));
        assertThat(text).doesNotContain("slaapt");
        assertThat(api.as(auditor)
                        .get("/api/access-log?userId=" + auditor.id())
                        .body()
                        .path("content")
                        .get(1)
                        .path("purpose")
                        .asText())
                .startsWith("EXPORT ");
        assertThat(api.as(school.zorgcoordinator())
                        .getText("/api/access-log/export")
                        .status())
                .isEqualTo(403);
    }

    private static List<String> lines(JsonNode page) {
        return StreamSupport.stream(page.path("content").spliterator(), false)
                .map(entry -> entry.path("username").asText() + " "
                        + entry.path("action").asText() + " "
                        + entry.path("recordKind").asText())
                .toList();
    }
}
