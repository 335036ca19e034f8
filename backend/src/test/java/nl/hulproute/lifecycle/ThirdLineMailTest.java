package nl.hulproute.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * The zorgcoördinator gets an e-mail, once, for an acute signal and for a handover left unanswered: the case number
 * and a link, never the student or what was seen.
 */
@HulprouteTest
class ThirdLineMailTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MovableClock clock;

    @Autowired
    HandoverEscalation escalation;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anAcuteSignalIsMailedToTheLocationsZorgcoordinatorsInTheSignalsTransaction() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long studentId = fixtures.student(driver.school, 16);
        Response signal = api.as(driver.school.slb())
                .post(
                        "/api/signals",
                        Map.of(
                                "studentId",
                                studentId,
                                "lifeDomains",
                                List.of("JUSTICE_SAFETY"),
                                "urgency",
                                "ACUTE",
                                "observation",
                                "Zegt dat hij niet meer naar huis durft.",
                                "discussedWithStudent",
                                true));
        assertThat(signal.status()).isEqualTo(201);
        long caseId = signal.body().path("caseId").asLong();
        for (User zc : List.of(driver.zc, driver.secondZc)) {
            List<Map<String, Object>> mails = mailsTo(zc, "Acuut signaal");
            assertThat(mails).hasSize(1);
            assertThat(mails.get(0).get("body").toString())
                    .contains("casus " + caseId, "/casussen/" + caseId)
                    .doesNotContain("naar huis");
        }
        assertThat(mailsTo(driver.school.slb(), "Acuut signaal")).isEmpty();
    }

    @Test
    void anUnansweredHandoverIsMailedToTheCaseTeamOnce() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long caseId = driver.newCaseIn(CaseState.HANDOVER);
        clock.advance(Duration.ofDays(9));
        escalation.run();
        escalation.run();
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        mailsTo(driver.zc, "Warme overdracht niet beantwoord").size() == 1);
        assertThat(mailsTo(driver.secondZc, "Warme overdracht niet beantwoord")).hasSize(1);
        assertThat(mailsTo(driver.zc, "Warme overdracht niet beantwoord")
                        .get(0)
                        .get("body")
                        .toString())
                .contains("casus " + caseId, "5 werkdagen");
    }

    private List<Map<String, Object>> mailsTo(User user, String subject) {
        return jdbc.queryForList(
                "SELECT subject, body FROM mail_outbox WHERE recipient = ? AND subject = ?",
                Fixtures.emailOf(user.username()),
                subject);
    }
}
