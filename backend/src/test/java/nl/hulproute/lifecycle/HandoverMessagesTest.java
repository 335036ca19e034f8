package nl.hulproute.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The handover module hears the lifecycle's {@link CaseTransitioned} events after they commit and tells each side
 * what the other did, in the app and by e-mail (to the outbox), with no health detail; the event registry records
 * every delivery as completed.
 */
@HulprouteTest
class HandoverMessagesTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theReceiverIsToldOfANewHandoverAndTheSchoolOfItsAcceptanceInTheAppAndByMail() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long caseId = driver.newCaseIn(CaseState.HANDOVER);
        String number =
                driver.read(caseId).body().path("student").path("studentNumber").asText();
        String name = driver.read(caseId).body().path("student").path("name").asText();

        JsonNode told = await().atMost(Duration.ofSeconds(20))
                .until(() -> notification(driver.professional, "HANDOVER_NEW"), found -> found != null);
        assertThat(told.path("title").asText()).contains("casus " + caseId).doesNotContain(number, name);
        assertThat(told.path("link").asText()).isEqualTo("/overdrachten");
        List<Map<String, Object>> mails = mailsTo(driver.professional);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).get("subject")).isEqualTo("Nieuwe warme overdracht");
        assertThat(mails.get(0).get("body").toString())
                .contains("casus " + caseId, "/overdrachten")
                .doesNotContain(number, name, "Trekt zich terug", "Besproken in het zorgoverleg");

        driver.fireOk(driver.professional, caseId, CaseEvent.ACCEPT_HANDOVER);
        for (User zc : List.of(driver.zc, driver.secondZc)) {
            JsonNode accepted = await().atMost(Duration.ofSeconds(20))
                    .until(() -> notification(zc, "HANDOVER_ACCEPTED"), found -> found != null);
            assertThat(accepted.path("link").asText()).isEqualTo("/casussen/" + caseId);
            assertThat(mailsTo(zc)).extracting(mail -> mail.get("subject")).contains("Warme overdracht geaccepteerd");
        }
        // the registry saw every delivery through, none left open: the three of the case's four transitions that
        // touch the third line (refer, start and accept the handover); triage is no concern of the handover's
        await().atMost(Duration.ofSeconds(20)).until(() -> publications(caseId, "IS NOT NULL") == 3);
        assertThat(publications(caseId, "IS NULL")).isZero();
        assertThat(notification(driver.professional, "HANDOVER_ACCEPTED")).isNull();
    }

    @Test
    void aDeclinedHandoverTellsTheSchoolAndAClosedCaseTellsTheReceiver() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long declined = driver.newCaseIn(CaseState.HANDOVER);
        assertThat(driver.fireWith(driver.professional, declined, CaseEvent.DECLINE_HANDOVER, Map.of())
                        .status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> notification(driver.zc, "HANDOVER_DECLINED"), found -> found != null);
        assertThat(mailsTo(driver.zc)).extracting(mail -> mail.get("subject")).contains("Warme overdracht afgewezen");

        long closed = driver.newCaseIn(CaseState.EXTERNAL_CARE);
        driver.fireOk(driver.zc, closed, CaseEvent.CLOSE);
        JsonNode told = await().atMost(Duration.ofSeconds(20))
                .until(() -> notification(driver.professional, "HANDOVER_CASE_CLOSED"), found -> found != null);
        assertThat(told.path("title").asText())
                .isEqualTo("De school heeft casus " + closed + " afgesloten; u ziet de casus niet meer.");
    }

    @Test
    void aWithdrawnHandoverEndsTheReceiversAccessAndTellsThemAndTheCaseGoesStraightToAnotherProvider() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long caseId = driver.newCaseIn(CaseState.HANDOVER);
        assertThat(api.as(driver.professional).get("/api/cases/" + caseId).status())
                .isEqualTo(200);
        assertThat(driver.fireWith(driver.zc, caseId, CaseEvent.WITHDRAW_HANDOVER, CaseDriver.without("reason"))
                        .code())
                .isEqualTo("lifecycle.guard.reason-required");
        assertThat(driver.fireWith(driver.professional, caseId, CaseEvent.WITHDRAW_HANDOVER, Map.of())
                        .status())
                .isEqualTo(403);

        assertThat(driver.fireWith(driver.zc, caseId, CaseEvent.WITHDRAW_HANDOVER, Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(driver.state(caseId)).isEqualTo(CaseState.REFERRED);
        assertThat(api.as(driver.professional).get("/api/cases/" + caseId).status())
                .isEqualTo(404);
        JsonNode told = await().atMost(Duration.ofSeconds(20))
                .until(() -> notification(driver.professional, "HANDOVER_WITHDRAWN"), found -> found != null);
        assertThat(told.path("title").asText()).contains("casus " + caseId);
        assertThat(mailsTo(driver.professional))
                .extracting(mail -> mail.get("subject"))
                .contains("Warme overdracht ingetrokken");

        // referred straight on to another provider that serves the student
        long other = fixtures.provider(driver.school, nl.hulproute.socialmap.ProviderKind.WIJKTEAM, 12, 27);
        assertThat(driver.fireWith(driver.zc, caseId, CaseEvent.REFER, Map.of("providerId", other))
                        .status())
                .isEqualTo(200);
        assertThat(driver.read(caseId).body().path("provider").path("id").asLong())
                .isEqualTo(other);
    }

    private long publications(long caseId, String completion) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE LISTENER_ID LIKE '%HandoverMessages%' "
                        + "AND SERIALIZED_EVENT LIKE ? AND COMPLETION_DATE " + completion,
                Long.class,
                "%\"caseId\":" + caseId + ",%");
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

    private List<Map<String, Object>> mailsTo(User user) {
        return jdbc.queryForList(
                "SELECT subject, body, status FROM mail_outbox WHERE recipient = ? ORDER BY id",
                Fixtures.emailOf(user.username()));
    }
}
