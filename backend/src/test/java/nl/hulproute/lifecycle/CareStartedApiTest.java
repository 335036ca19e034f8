package nl.hulproute.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import nl.hulproute.platform.MovableClock;
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
 * After the receiver accepts a handover the school keeps a trusted face: the bridging contact person's check-ins go
 * on (waiting list, reminders, recording contacts) until the receiver reports {@code CARE_STARTED}; then they stop,
 * the report is in the history, and the zorgcoördinator is told.
 */
@HulprouteTest
class CareStartedApiTest {

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
    void bridgingGoesOnAfterTheAcceptanceUntilTheReceiverReportsCareStarted() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long caseId = acceptedAfterWaiting(driver);
        String contacts = "/api/cases/" + caseId + "/bridging-contacts";

        // accepted, care not started: still on the waiting list, the contact overdue after a week, reminded
        JsonNode row = row(driver.zc, caseId).orElseThrow();
        assertThat(row.path("state").asText()).isEqualTo("EXTERNAL_CARE");
        assertThat(row(driver.school.slb(), caseId)).isPresent();
        assertThat(row(driver.professional, caseId)).isPresent();
        clock.advance(Duration.ofDays(9));
        assertThat(row(driver.zc, caseId).orElseThrow().path("overdue").asBoolean())
                .isTrue();
        assertThat(driver.read(caseId).body().path("nextDeadlineKind").asText()).isEqualTo("BRIDGING_CONTACT");
        runReminders();
        assertThat(notifications(driver.school.slb(), "BRIDGING_CONTACT_DUE")).hasSize(1);
        Response recorded = api.as(driver.school.slb())
                .post(contacts, Map.of("contactedOn", fixtures.today().toString()));
        assertThat(recorded.status()).as("%s", recorded.body()).isEqualTo(201);
        assertThat(row(driver.zc, caseId).orElseThrow().path("overdue").asBoolean())
                .isFalse();

        // care started (two days ago): the check-ins stop
        Response started = driver.fireWith(
                driver.professional,
                caseId,
                CaseEvent.CARE_STARTED,
                Map.of("careStartedOn", fixtures.today().minusDays(2).toString()));
        assertThat(started.status()).as("%s", started.body()).isEqualTo(200);
        assertThat(started.body().path("state").asText()).isEqualTo("EXTERNAL_CARE");
        assertThat(row(driver.zc, caseId)).isEmpty();
        assertThat(row(driver.professional, caseId)).isEmpty();
        // the SLB'er is no longer anyone's contact person here; the zorgcoördinator finds no plan to record on
        assertThat(api.as(driver.school.slb())
                        .post(contacts, Map.of("contactedOn", fixtures.today().toString()))
                        .status())
                .isEqualTo(403);
        Response afterwards = api.as(driver.zc)
                .post(contacts, Map.of("contactedOn", fixtures.today().toString()));
        assertThat(afterwards.status()).isEqualTo(409);
        assertThat(afterwards.code()).isEqualTo("bridging.no-plan");
        assertThat(driver.read(caseId).body().path("nextDeadline").isNull()).isTrue();
        clock.advance(Duration.ofDays(30));
        runReminders();
        assertThat(notifications(driver.school.slb(), "BRIDGING_CONTACT_DUE")).hasSize(1);

        // in the history, with its date; the school is told in the app and by mail, without health detail
        JsonNode last = lastStep(driver, caseId);
        assertThat(last.path("event").asText()).isEqualTo("CARE_STARTED");
        assertThat(last.path("from").asText()).isEqualTo("EXTERNAL_CARE");
        assertThat(last.path("to").asText()).isEqualTo("EXTERNAL_CARE");
        assertThat(last.toString()).contains(fixtures.today().minusDays(32).toString());
        JsonNode told = await().atMost(Duration.ofSeconds(20))
                .until(() -> notifications(driver.zc, "HANDOVER_CARE_STARTED"), found -> !found.isEmpty())
                .get(0);
        assertThat(told.path("title").asText()).contains("casus " + caseId);
        assertThat(told.path("link").asText()).isEqualTo("/casussen/" + caseId);
        String name = driver.read(caseId).body().path("student").path("name").asText();
        List<Map<String, Object>> mails = jdbc.queryForList(
                "SELECT subject, body FROM mail_outbox WHERE recipient = ? AND subject = 'Zorg gestart'",
                Fixtures.emailOf(driver.zc.username()));
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).get("body").toString())
                .contains("casus " + caseId)
                .doesNotContain(name);
    }

    // --- helpers ---

    /** Referred, on the waiting list with the SLB'er keeping contact every 7 days, handed over and accepted today. */
    private long acceptedAfterWaiting(CaseDriver driver) {
        long caseId = driver.newCaseIn(CaseState.WAITING);
        driver.fireOk(driver.zc, caseId, CaseEvent.START_HANDOVER);
        driver.fireOk(driver.professional, caseId, CaseEvent.ACCEPT_HANDOVER);
        return caseId;
    }

    private JsonNode lastStep(CaseDriver driver, long caseId) {
        JsonNode history =
                api.as(driver.zc).get("/api/cases/" + caseId + "/history").body();
        return history.get(history.size() - 1);
    }

    private Optional<JsonNode> row(User user, long caseId) {
        Response list = api.as(user).get("/api/waiting-list");
        assertThat(list.status()).as("%s", list.body()).isEqualTo(200);
        return StreamSupport.stream(list.body().spliterator(), false)
                .filter(row -> row.path("caseId").asLong() == caseId)
                .findFirst();
    }

    private void runReminders() {
        ReflectionTestUtils.invokeMethod(context.getBean("bridgingReminders"), "run");
    }

    private List<JsonNode> notifications(User user, String kind) {
        JsonNode inbox = api.as(user)
                .get("/api/notifications?size=50")
                .body()
                .path("notifications")
                .path("content");
        return StreamSupport.stream(inbox.spliterator(), false)
                .filter(notification -> notification.path("kind").asText().equals(kind))
                .toList();
    }
}
