package nl.hulproute.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import nl.hulproute.platform.MovableClock;
import nl.hulproute.shared.Role;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The waiting list and bridging: a waiting student's plan sets when the next contact is due; past it the case is
 * overdue (in the waiting list and the caseload) and the contact person and zorgcoördinator are reminded once per due
 * date; recording a contact moves the due date and clears the warning.
 */
@HulprouteTest
class WaitingListApiTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anOverdueContactIsRemindedOnceAndClearedByRecordingOne() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long caseId = driver.newCase();
        placeOnWaitingList(driver, caseId, "Wekelijks gesprek met de mentor");

        JsonNode row = row(driver.zc, caseId);
        assertThat(row.path("student").path("studentNumber").asText()).isNotBlank();
        assertThat(row.path("provider").path("id").asLong()).isEqualTo(driver.providerId);
        assertThat(row.path("contactPerson").path("id").asLong())
                .isEqualTo(driver.school.slb().id());
        assertThat(row.path("bridging").asText()).isEqualTo("Wekelijks gesprek met de mentor");
        assertThat(row.path("daysWaiting").asLong()).isZero();
        assertThat(row.path("lastContact").isNull()).isTrue();
        assertThat(row.path("nextContactDue").asText())
                .isEqualTo(fixtures.today().plusDays(7).toString());
        assertThat(row.path("overdue").asBoolean()).isFalse();

        clock.advance(Duration.ofDays(10));
        assertThat(row(driver.zc, caseId).path("overdue").asBoolean()).isTrue();
        assertThat(row(driver.zc, caseId).path("daysWaiting").asLong()).isEqualTo(10);
        assertThat(driver.read(caseId).body().path("overdue").asBoolean())
                .as("the caseload agrees")
                .isTrue();

        runReminders();
        runReminders();
        assertThat(reminders(driver.school.slb())).hasSize(1);
        assertThat(reminders(driver.zc)).hasSize(1);
        assertThat(reminders(driver.zc).get(0).path("link").asText()).isEqualTo("/wachtlijst");
        assertThat(jdbc.queryForList(
                        "SELECT subject FROM mail_outbox WHERE recipient = ?",
                        String.class,
                        Fixtures.emailOf(driver.school.slb().username())))
                .containsExactly("Overbruggingscontact gepland");

        // the contact person (an SLB'er, who never sees the case itself) records a contact
        Response recorded = api.as(driver.school.slb())
                .post(
                        "/api/cases/" + caseId + "/bridging-contacts",
                        Map.of(
                                "contactedOn",
                                fixtures.today().minusDays(1).toString(),
                                "note",
                                "Gebeld; gaat redelijk."));
        assertThat(recorded.status()).as("%s", recorded.body()).isEqualTo(201);
        assertThat(recorded.location()).isPresent();
        assertThat(recorded.body().path("recordedBy").path("id").asLong())
                .isEqualTo(driver.school.slb().id());

        JsonNode cleared = row(driver.zc, caseId);
        assertThat(cleared.path("overdue").asBoolean()).isFalse();
        assertThat(cleared.path("lastContact").asText())
                .isEqualTo(fixtures.today().minusDays(1).toString());
        assertThat(cleared.path("nextContactDue").asText())
                .isEqualTo(fixtures.today().plusDays(6).toString());
        assertThat(driver.read(caseId).body().path("overdue").asBoolean()).isFalse();
        assertThat(driver.read(caseId)
                        .body()
                        .path("bridging")
                        .path("lastContactOn")
                        .asText())
                .isEqualTo(fixtures.today().minusDays(1).toString());

        // an older contact recorded afterwards does not move the due date back; the list is newest first
        assertThat(api.as(driver.zc)
                        .post(
                                "/api/cases/" + caseId + "/bridging-contacts",
                                Map.of(
                                        "contactedOn",
                                        fixtures.today().minusDays(5).toString()))
                        .status())
                .isEqualTo(201);
        assertThat(row(driver.zc, caseId).path("nextContactDue").asText())
                .isEqualTo(fixtures.today().plusDays(6).toString());
        JsonNode contacts = api.as(driver.zc)
                .get("/api/cases/" + caseId + "/bridging-contacts")
                .body();
        assertThat(contacts).hasSize(2);
        assertThat(contacts.get(0).path("note").asText()).isEqualTo("Gebeld; gaat redelijk.");
        assertThat(contacts.get(1).path("note").isNull()).isTrue();

        // overdue again at the new due date: reminded again, once
        clock.advance(Duration.ofDays(8));
        runReminders();
        runReminders();
        assertThat(reminders(driver.school.slb())).hasSize(2);
    }

    @Test
    void onlyTheContactPersonAndTheCasesZorgcoordinatorRecordAndNeverInTheFuture() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long caseId = driver.newCase();
        placeOnWaitingList(driver, caseId, null);
        String path = "/api/cases/" + caseId + "/bridging-contacts";
        Map<String, Object> today = Map.of("contactedOn", fixtures.today().toString());

        Response future = api.as(driver.zc)
                .post(path, Map.of("contactedOn", fixtures.today().plusDays(1).toString()));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.code()).isEqualTo("bridging.contact-in-future");
        User otherZc = fixtures.school().zorgcoordinator();
        assertThat(api.as(otherZc).post(path, today).status()).isEqualTo(404);
        assertThat(api.as(driver.professional).post(path, today).status()).isEqualTo(404);
        User otherSlb = fixtures.user(Role.SLB, Set.of(driver.school.locationId()), null);
        assertThat(api.as(otherSlb).post(path, today).status()).isEqualTo(403);
        assertThat(api.as(otherSlb).get(path).status()).isEqualTo(403);
        assertThat(api.as(driver.zc)
                        .post(path, Map.of("contactedOn", fixtures.today().toString(), "note", "x".repeat(501)))
                        .status())
                .isEqualTo(400);
        assertThat(api.as(driver.secondZc).post(path, today).status()).isEqualTo(201);

        // a case without a contact person has nothing to record
        long noBridging = driver.newCaseIn(CaseState.REFERRED);
        Map<String, Object> body = driver.everythingValid(driver.version(noBridging));
        body.remove("bridging");
        body.put("noBridgingReason", "Heeft al wekelijks contact met de jeugdarts.");
        assertThat(driver.fire(driver.zc, noBridging, CaseEvent.PLACE_ON_WAITLIST, body)
                        .status())
                .isEqualTo(200);
        Response none = api.as(driver.zc).post("/api/cases/" + noBridging + "/bridging-contacts", today);
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.code()).isEqualTo("bridging.no-plan");
        JsonNode row = row(driver.zc, noBridging);
        assertThat(row.path("contactPerson").isNull()).isTrue();
        assertThat(row.path("noBridgingReason").asText()).contains("jeugdarts");
        assertThat(row.path("overdue").asBoolean()).isFalse();
    }

    @Test
    void theListShowsOverdueFirstThenTheLongestWaitingAndEachSideOnlyItsOwn() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        ThreeWaiting three = threeWaiting(driver);
        long overdue = three.overdue();
        long longest = three.longest();
        long recent = three.recent();

        assertThat(caseIds(api.as(driver.zc).get("/api/waiting-list").body()))
                .containsExactly(overdue, longest, recent);
        assertThat(caseIds(api.as(driver.zc)
                        .get("/api/waiting-list?overdueOnly=true")
                        .body()))
                .containsExactly(overdue);
        assertThat(caseIds(api.as(driver.zc)
                        .get("/api/waiting-list?providerId=" + driver.providerId)
                        .body()))
                .containsExactly(overdue, longest, recent);
        assertThat(api.as(driver.zc)
                        .get("/api/waiting-list?providerId=999999999")
                        .body())
                .isEmpty();

        // the provider's professional sees its waiting students; another school's zorgcoördinator and another
        // provider's professional see none of them; the contact person only theirs; the auditor has no list
        assertThat(caseIds(api.as(driver.professional).get("/api/waiting-list").body()))
                .containsExactly(overdue, longest, recent);
        CaseDriver other = new CaseDriver(api, fixtures);
        assertThat(caseIds(api.as(other.zc).get("/api/waiting-list").body())).doesNotContain(overdue, longest, recent);
        assertThat(caseIds(api.as(other.professional).get("/api/waiting-list").body()))
                .doesNotContain(overdue, longest, recent);
        assertThat(caseIds(api.as(driver.school.slb()).get("/api/waiting-list").body()))
                .containsExactly(overdue, longest, recent);
        User auditor = fixtures.user(Role.AUDITOR, Set.of(), null);
        Response refused = api.as(auditor).get("/api/waiting-list");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("waiting-list.forbidden");
    }

    @Test
    void theOverviewPagesTheListInItsOrderWithTheWholeListsSummaryAndLogsOnlyThePage() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        ThreeWaiting three = threeWaiting(driver);
        long overdue = three.overdue();
        long longest = three.longest();
        long recent = three.recent();
        List<Long> whole = caseIds(api.as(driver.zc).get("/api/waiting-list").body());
        assertThat(whole).containsExactly(overdue, longest, recent);
        long loggedBefore = waitingListLines(driver.zc);

        JsonNode first = overview(driver.zc, "?size=2");
        assertThat(caseIds(first.path("rows").path("content"))).containsExactly(overdue, longest);
        assertThat(first.path("rows").path("page").asInt()).isZero();
        assertThat(first.path("rows").path("size").asInt()).isEqualTo(2);
        assertThat(first.path("rows").path("totalElements").asLong()).isEqualTo(3);
        assertThat(first.path("rows").path("totalPages").asInt()).isEqualTo(2);
        assertThat(first.path("waiting").asLong()).isEqualTo(3);
        assertThat(first.path("overdue").asLong()).isEqualTo(1);
        assertThat(first.path("providers")).hasSize(1);
        assertThat(first.path("providers").get(0).path("id").asLong()).isEqualTo(driver.providerId);
        assertThat(first.path("providers").get(0).path("name").asText()).isNotBlank();
        assertThat(waitingListLines(driver.zc) - loggedBefore)
                .as("the page's two rows are logged, not the third")
                .isEqualTo(2);
        assertThat(first.path("rows").path("content").get(0))
                .as("the same row as the whole list's")
                .isEqualTo(row(driver.zc, overdue));

        assertThat(caseIds(overview(driver.zc, "?size=2&page=1").path("rows").path("content")))
                .containsExactly(recent);
        assertThat(overview(driver.zc, "?size=2&page=5").path("rows").path("content"))
                .isEmpty();
        assertThat(caseIds(overview(driver.zc, "").path("rows").path("content")))
                .as("fifty to a page by default")
                .containsExactly(overdue, longest, recent);

        JsonNode late = overview(driver.zc, "?overdueOnly=true");
        assertThat(caseIds(late.path("rows").path("content"))).containsExactly(overdue);
        assertThat(late.path("rows").path("totalElements").asLong()).isEqualTo(1);
        assertThat(late.path("waiting").asLong())
                .as("the summary is before the filters")
                .isEqualTo(3);
        assertThat(late.path("providers")).hasSize(1);
        JsonNode elsewhere = overview(driver.zc, "?providerId=999999999");
        assertThat(elsewhere.path("rows").path("content")).isEmpty();
        assertThat(elsewhere.path("rows").path("totalElements").asLong()).isZero();
        assertThat(elsewhere.path("waiting").asLong()).isEqualTo(3);

        // the same people see the same rows; another school's zorgcoördinator none of these; the auditor no list
        assertThat(caseIds(overview(driver.professional, "").path("rows").path("content")))
                .containsExactly(overdue, longest, recent);
        CaseDriver other = new CaseDriver(api, fixtures);
        assertThat(caseIds(overview(other.zc, "").path("rows").path("content")))
                .doesNotContain(overdue, longest, recent);
        Response refused = api.as(fixtures.user(Role.AUDITOR, Set.of(), null)).get("/api/waiting-list/overview");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("waiting-list.forbidden");
        for (String bad : List.of("?size=0", "?size=201", "?page=-1", "?page=100001", "?size=x")) {
            Response refusedPage = api.as(driver.zc).get("/api/waiting-list/overview" + bad);
            assertThat(refusedPage.status()).as(bad).isEqualTo(400);
            assertThat(refusedPage.code()).as(bad).isNotBlank();
        }
    }

    // --- helpers ---

    /** Three waiting cases of one provider: one with an overdue contact, the longest waiting, the most recent. */
    private record ThreeWaiting(long overdue, long longest, long recent) {}

    private ThreeWaiting threeWaiting(CaseDriver driver) {
        long longest = driver.newCase();
        placeOnWaitingList(driver, longest, null);
        clock.advance(Duration.ofDays(3));
        long overdue = driver.newCase();
        placeOnWaitingList(driver, overdue, null);
        clock.advance(Duration.ofDays(5));
        // the longest waiting had a contact two days ago; the other none since it started waiting 5 days ago
        assertThat(api.as(driver.zc)
                        .post(
                                "/api/cases/" + longest + "/bridging-contacts",
                                Map.of(
                                        "contactedOn",
                                        fixtures.today().minusDays(2).toString()))
                        .status())
                .isEqualTo(201);
        clock.advance(Duration.ofDays(3)); // overdue: was due yesterday; longest: due in two days
        long recent = driver.newCase();
        placeOnWaitingList(driver, recent, null);
        return new ThreeWaiting(overdue, longest, recent);
    }

    private JsonNode overview(User user, String query) {
        Response page = api.as(user).get("/api/waiting-list/overview" + query);
        assertThat(page.status()).as("%s", page.body()).isEqualTo(200);
        return page.body();
    }

    /** How many rows of the waiting list this user has been logged as reading. */
    private long waitingListLines(User user) {
        Long lines = jdbc.queryForObject(
                "SELECT COUNT(*) FROM privacy_access_log WHERE user_id = ? AND action = 'LIST' "
                        + "AND record_kind = 'waiting-list'",
                Long.class,
                user.id());
        return lines == null ? 0 : lines;
    }

    private void placeOnWaitingList(CaseDriver driver, long caseId, String description) {
        driver.fireOk(driver.zc, caseId, CaseEvent.START_TRIAGE);
        driver.fireOk(driver.zc, caseId, CaseEvent.REFER);
        driver.consent(caseId, "STUDENT", fixtures.today().plusMonths(6));
        Map<String, Object> bridging = new java.util.HashMap<>(
                Map.of("contactUserId", driver.school.slb().id(), "contactEveryDays", 7));
        if (description != null) {
            bridging.put("description", description);
        }
        Response placed = driver.fireWith(
                driver.zc,
                caseId,
                CaseEvent.PLACE_ON_WAITLIST,
                Map.of(
                        "bridging",
                        bridging,
                        "expectedStartDate",
                        fixtures.today().plusWeeks(8).toString()));
        assertThat(placed.status()).as("%s", placed.body()).isEqualTo(200);
    }

    private JsonNode row(User user, long caseId) {
        Response list = api.as(user).get("/api/waiting-list");
        assertThat(list.status()).as("%s", list.body()).isEqualTo(200);
        return StreamSupport.stream(list.body().spliterator(), false)
                .filter(row -> row.path("caseId").asLong() == caseId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("not on the waiting list: " + caseId));
    }

    private static List<Long> caseIds(JsonNode rows) {
        return StreamSupport.stream(rows.spliterator(), false)
                .map(row -> row.path("caseId").asLong())
                .toList();
    }

    private void runReminders() {
        // the daily job, run now (it is the waitinglist module's own)
        ReflectionTestUtils.invokeMethod(context.getBean("bridgingReminders"), "run");
    }

    private List<JsonNode> reminders(User user) {
        JsonNode inbox = api.as(user)
                .get("/api/notifications?size=50")
                .body()
                .path("notifications")
                .path("content");
        return StreamSupport.stream(inbox.spliterator(), false)
                .filter(notification -> notification.path("kind").asText().equals("BRIDGING_CONTACT_DUE"))
                .toList();
    }
}
