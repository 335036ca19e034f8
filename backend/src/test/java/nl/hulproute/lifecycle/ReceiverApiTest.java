package nl.hulproute.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The receiving professional's side after the handover: they keep a case the school closed as "continues in external
 * care" until they report care ended (the case stays closed) or the consent ends; they are told whenever a case they
 * hold is closed, its care ended by the school or its consent withdrawn; they set the expected start of a waiting
 * case. And every case shows its clocks, computed from the history.
 */
@HulprouteTest
class ReceiverApiTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aCaseClosedAsContinuingInCareStaysWithTheReceiverUntilTheyReportCareEnded() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long caseId = driver.newCaseIn(CaseState.EXTERNAL_CARE);
        Response closed =
                driver.fireWith(driver.zc, caseId, CaseEvent.CLOSE, Map.of("outcome", "CONTINUES_IN_EXTERNAL_CARE"));
        assertThat(closed.status()).as("%s", closed.body()).isEqualTo(200);
        assertThat(closed.body().path("careContinuesWithProvider").asBoolean()).isTrue();

        // the receiver still reads it, in their list too, and may only report care ended
        Response asReceiver = api.as(driver.professional).get("/api/cases/" + caseId);
        assertThat(asReceiver.status()).isEqualTo(200);
        assertThat(asReceiver.body().path("state").asText()).isEqualTo("CLOSED");
        assertThat(asReceiver.body().path("allowedEvents").toString()).isEqualTo("[\"END_EXTERNAL_CARE\"]");
        assertThat(caseIds(api.as(driver.professional)
                        .get("/api/cases?state=CLOSED&size=50")
                        .body()))
                .contains(caseId);
        JsonNode told = await().atMost(Duration.ofSeconds(20))
                .until(() -> notification(driver.professional, "HANDOVER_CASE_CLOSED"), found -> found != null);
        assertThat(told.path("title").asText()).contains("casus " + caseId, "loopt bij u door");

        // the school does not report it for them; a summary is needed
        Response bySchool = driver.fireWith(driver.zc, caseId, CaseEvent.END_EXTERNAL_CARE, Map.of());
        assertThat(bySchool.status()).isEqualTo(403);
        assertThat(bySchool.code()).isEqualTo("case.event-forbidden");
        Response noSummary = driver.fireWith(
                driver.professional, caseId, CaseEvent.END_EXTERNAL_CARE, CaseDriver.without("summary"));
        assertThat(noSummary.status()).isEqualTo(422);
        assertThat(noSummary.code()).isEqualTo("lifecycle.guard.summary-required");

        Response ended = driver.fireWith(
                driver.professional,
                caseId,
                CaseEvent.END_EXTERNAL_CARE,
                Map.of("summary", "Traject afgerond; mag weer zonder extra pauzes."));
        assertThat(ended.status()).as("%s", ended.body()).isEqualTo(200);
        assertThat(ended.body().path("state").asText()).isEqualTo("CLOSED");
        assertThat(api.as(driver.professional).get("/api/cases/" + caseId).status())
                .isEqualTo(404);
        JsonNode asSchool = driver.read(caseId).body();
        assertThat(asSchool.path("state").asText()).isEqualTo("CLOSED");
        assertThat(asSchool.path("outcome").asText()).isEqualTo("CONTINUES_IN_EXTERNAL_CARE");
        assertThat(asSchool.path("careContinuesWithProvider").asBoolean()).isFalse();
        assertThat(asSchool.path("externalCareSummary").asText()).startsWith("Traject afgerond");
    }

    @Test
    void theReceiverIsToldWhenTheSchoolClosesEndsCareOrTheConsentEndsAndLosesTheCase() {
        CaseDriver driver = new CaseDriver(api, fixtures);

        long resolved = driver.newCaseIn(CaseState.EXTERNAL_CARE);
        driver.fireOk(driver.zc, resolved, CaseEvent.CLOSE); // RESOLVED_IN_SCHOOL
        assertThat(api.as(driver.professional).get("/api/cases/" + resolved).status())
                .isEqualTo(404);
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> titles(driver.professional, "HANDOVER_CASE_CLOSED"),
                        titles -> titles.stream()
                                .anyMatch(title -> title.contains("casus " + resolved)
                                        && title.contains("u ziet de casus niet meer")));

        long endedBySchool = driver.newCaseIn(CaseState.EXTERNAL_CARE);
        driver.fireOk(driver.zc, endedBySchool, CaseEvent.END_EXTERNAL_CARE);
        assertThat(api.as(driver.professional)
                        .get("/api/cases/" + endedBySchool)
                        .status())
                .isEqualTo(404);
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> titles(driver.professional, "HANDOVER_CARE_ENDED_BY_SCHOOL"),
                        titles -> titles.stream().anyMatch(title -> title.contains("casus " + endedBySchool)));

        long continuing = driver.newCaseIn(CaseState.EXTERNAL_CARE);
        driver.fireWith(driver.zc, continuing, CaseEvent.CLOSE, Map.of("outcome", "CONTINUES_IN_EXTERNAL_CARE"));
        long consentId = api.as(driver.zc)
                .get("/api/cases/" + continuing + "/consents")
                .body()
                .get(0)
                .path("id")
                .asLong();
        Response withdrawn =
                api.as(driver.zc).post("/api/cases/" + continuing + "/consents/" + consentId + "/withdrawal", "");
        assertThat(withdrawn.status()).as("%s", withdrawn.body()).isEqualTo(200);
        assertThat(api.as(driver.professional).get("/api/cases/" + continuing).status())
                .isEqualTo(404);
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> titles(driver.professional, "HANDOVER_CONSENT_ENDED"),
                        titles -> titles.stream().anyMatch(title -> title.contains("casus " + continuing)));
        String name =
                driver.read(continuing).body().path("student").path("name").asText();
        List<Map<String, Object>> mails = jdbc.queryForList(
                "SELECT subject, body FROM mail_outbox WHERE recipient = ? AND subject = 'Toestemming ingetrokken'",
                Fixtures.emailOf(driver.professional.username()));
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).get("body").toString())
                .contains("casus " + continuing)
                .doesNotContain(name);
    }

    @Test
    void theReceiverSetsTheExpectedStartOfTheirWaitingStudentsLater() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long caseId = driver.newCaseIn(CaseState.REFERRED);
        Map<String, Object> body = driver.everythingValid(driver.version(caseId));
        body.remove("expectedStartDate"); // the school does not know it
        assertThat(driver.fire(driver.zc, caseId, CaseEvent.PLACE_ON_WAITLIST, body)
                        .status())
                .isEqualTo(200);
        String path = "/api/cases/" + caseId + "/expected-start";
        String inSixWeeks = fixtures.today().plusWeeks(6).toString();

        Response set = api.as(driver.professional).put(path, Map.of("expectedStartDate", inSixWeeks));
        assertThat(set.status()).as("%s", set.body()).isEqualTo(200);
        assertThat(set.body().path("expectedStart").asText()).isEqualTo(inSixWeeks);
        assertThat(waitingRow(driver.zc, caseId).path("expectedStart").asText()).isEqualTo(inSixWeeks);
        assertThat(driver.read(caseId).body().path("expectedStartDate").asText())
                .isEqualTo(inSixWeeks);

        Response past = api.as(driver.professional)
                .put(
                        path,
                        Map.of(
                                "expectedStartDate",
                                fixtures.today().minusDays(1).toString()));
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.code()).isEqualTo("waiting-list.expected-start-in-past");
        CaseDriver other = new CaseDriver(api, fixtures);
        assertThat(api.as(other.professional)
                        .put(path, Map.of("expectedStartDate", inSixWeeks))
                        .status())
                .isEqualTo(404);
        assertThat(api.as(driver.school.slb())
                        .put(path, Map.of("expectedStartDate", inSixWeeks))
                        .status())
                .isEqualTo(404);
        Map<String, Object> clear = new HashMap<>();
        clear.put("expectedStartDate", null);
        Response cleared = api.as(driver.zc).put(path, clear);
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.body().path("expectedStart").isNull()).isTrue();

        // handed over and accepted: still settable until care starts, then not
        driver.fireOk(driver.zc, caseId, CaseEvent.START_HANDOVER);
        driver.fireOk(driver.professional, caseId, CaseEvent.ACCEPT_HANDOVER);
        assertThat(api.as(driver.professional)
                        .put(path, Map.of("expectedStartDate", inSixWeeks))
                        .status())
                .isEqualTo(200);
        driver.fireOk(driver.professional, caseId, CaseEvent.CARE_STARTED);
        Response started = api.as(driver.professional).put(path, Map.of("expectedStartDate", inSixWeeks));
        assertThat(started.status()).isEqualTo(409);
        assertThat(started.code()).isEqualTo("waiting-list.not-waiting");
    }

    @Test
    void everyCaseShowsItsClocksFromItsHistory() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long caseId = driver.newCase();
        JsonNode fresh = driver.read(caseId).body().path("clocks");
        assertThat(fresh.path("signalToTriage").path("running").asBoolean()).isTrue();
        assertThat(fresh.path("signalToReferral").isNull()).isTrue();

        clock.advance(Duration.ofDays(2));
        driver.fireOk(driver.zc, caseId, CaseEvent.START_TRIAGE);
        clock.advance(Duration.ofDays(3));
        driver.fireOk(driver.zc, caseId, CaseEvent.REFER);
        driver.consent(caseId, "STUDENT", fixtures.today().plusMonths(6));
        clock.advance(Duration.ofDays(1));
        driver.fireOk(driver.zc, caseId, CaseEvent.PLACE_ON_WAITLIST); // the SLB'er keeps contact every 7 days
        clock.advance(Duration.ofDays(5));
        assertThat(api.as(driver.school.slb())
                        .post(
                                "/api/cases/" + caseId + "/bridging-contacts",
                                Map.of("contactedOn", fixtures.today().toString()))
                        .status())
                .isEqualTo(201);
        clock.advance(Duration.ofDays(5));
        JsonNode waiting = driver.read(caseId).body().path("clocks");
        assertThat(waiting.path("onWaitingList").path("days").asLong()).isEqualTo(10);
        assertThat(waiting.path("onWaitingList").path("running").asBoolean()).isTrue();
        driver.fireOk(driver.zc, caseId, CaseEvent.START_HANDOVER);
        clock.advance(Duration.ofDays(2));
        driver.fireOk(driver.professional, caseId, CaseEvent.ACCEPT_HANDOVER);
        clock.advance(Duration.ofDays(4));
        driver.fireOk(driver.professional, caseId, CaseEvent.CARE_STARTED); // today

        JsonNode clocks = driver.read(caseId).body().path("clocks");
        assertClock(clocks.path("signalToTriage"), 2);
        assertClock(clocks.path("signalToReferral"), 5);
        assertClock(clocks.path("referralToWaitingList"), 1);
        assertClock(clocks.path("onWaitingList"), 10);
        assertClock(clocks.path("handoverToAccepted"), 2);
        assertClock(clocks.path("acceptedToCareStarted"), 4);
        assertThat(clocks.path("acceptedToCareStarted").path("endedOn").asText())
                .isEqualTo(fixtures.today().toString());
        // a plan of every 7 days ran 16 days (waiting list, handover, acceptance until care started): 2 planned, 1 made
        assertThat(clocks.path("bridgingContactsPlanned").asLong()).isEqualTo(2);
        assertThat(clocks.path("bridgingContactsMade").asLong()).isEqualTo(1);
    }

    @Test
    void theClocksACaseKeepsAreTheClocksItsHistoryGives() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long caseId = driver.newCase();
        // referred twice, on the waiting list twice, a handover declined and one accepted: each clock's first and last
        List<Map.Entry<User, CaseEvent>> route = List.of(
                Map.entry(driver.zc, CaseEvent.START_TRIAGE),
                Map.entry(driver.zc, CaseEvent.REFER),
                Map.entry(driver.zc, CaseEvent.PLACE_ON_WAITLIST),
                Map.entry(driver.zc, CaseEvent.START_HANDOVER),
                Map.entry(driver.professional, CaseEvent.DECLINE_HANDOVER),
                Map.entry(driver.zc, CaseEvent.REFER),
                Map.entry(driver.zc, CaseEvent.PLACE_ON_WAITLIST),
                Map.entry(driver.zc, CaseEvent.START_HANDOVER),
                Map.entry(driver.professional, CaseEvent.ACCEPT_HANDOVER),
                Map.entry(driver.professional, CaseEvent.CARE_STARTED));
        for (Map.Entry<User, CaseEvent> step : route) {
            clock.advance(Duration.ofDays(4));
            JsonNode answer =
                    driver.fireOk(step.getKey(), caseId, step.getValue()).body().path("clocks");
            if (step.getValue() == CaseEvent.REFER && driver.historySize(caseId) == 2) {
                driver.consent(caseId, "STUDENT", fixtures.today().plusMonths(6));
            }
            String kept = clockFacts(caseId);
            assertThat(kept).as("kept after %s", step.getValue()).isNotNull();
            JsonNode shown = driver.read(caseId).body().path("clocks");
            if (step.getKey() == driver.zc) { // a provider's answer has no clocks: they are the school's
                assertThat(answer).isEqualTo(shown);
            }
            // the same case as if from before the facts were kept: its clocks folded from its history
            jdbc.update("UPDATE lifecycle_case SET clock_facts = NULL WHERE id = ?", caseId);
            assertThat(driver.read(caseId).body().path("clocks"))
                    .as("from the history after %s", step.getValue())
                    .isEqualTo(shown);
            jdbc.update("UPDATE lifecycle_case SET clock_facts = ? WHERE id = ?", kept, caseId);
        }
        JsonNode clocks = driver.read(caseId).body().path("clocks");
        assertClock(clocks.path("signalToReferral"), 8); // the first referral
        assertClock(clocks.path("referralToWaitingList"), 4); // the first waiting list and the referral before it
        assertClock(clocks.path("onWaitingList"), 8); // both stays
        assertClock(clocks.path("handoverToAccepted"), 4); // the accepted handover, not the declined one
        assertClock(clocks.path("acceptedToCareStarted"), 4);

        // a case from before the facts were kept has them kept again by its next transition
        jdbc.update("UPDATE lifecycle_case SET clock_facts = NULL WHERE id = ?", caseId);
        clock.advance(Duration.ofDays(4));
        JsonNode closed = driver.fireWith(
                        driver.zc, caseId, CaseEvent.CLOSE, Map.of("outcome", "CONTINUES_IN_EXTERNAL_CARE"))
                .body()
                .path("clocks");
        assertThat(clockFacts(caseId)).isNotNull();
        assertThat(closed).isEqualTo(clocks);
    }

    private String clockFacts(long caseId) {
        return jdbc.queryForObject("SELECT clock_facts FROM lifecycle_case WHERE id = ?", String.class, caseId);
    }

    private static void assertClock(JsonNode clock, long days) {
        assertThat(clock.path("days").asLong()).as("%s", clock).isEqualTo(days);
        assertThat(clock.path("running").asBoolean()).as("%s", clock).isFalse();
    }

    private JsonNode waitingRow(User user, long caseId) {
        return StreamSupport.stream(api.as(user).get("/api/waiting-list").body().spliterator(), false)
                .filter(row -> row.path("caseId").asLong() == caseId)
                .findFirst()
                .orElseThrow();
    }

    private static List<Long> caseIds(JsonNode page) {
        return StreamSupport.stream(page.path("content").spliterator(), false)
                .map(row -> row.path("id").asLong())
                .toList();
    }

    private JsonNode notification(User user, String kind) {
        JsonNode inbox = api.as(user)
                .get("/api/notifications?size=50")
                .body()
                .path("notifications")
                .path("content");
        return StreamSupport.stream(inbox.spliterator(), false)
                .filter(notification -> notification.path("kind").asText().equals(kind))
                .findFirst()
                .orElse(null);
    }

    private List<String> titles(User user, String kind) {
        JsonNode inbox = api.as(user)
                .get("/api/notifications?size=50")
                .body()
                .path("notifications")
                .path("content");
        return StreamSupport.stream(inbox.spliterator(), false)
                .filter(notification -> notification.path("kind").asText().equals(kind))
                .map(notification -> notification.path("title").asText())
                .toList();
    }
}
