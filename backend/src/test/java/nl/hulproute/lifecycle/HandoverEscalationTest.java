package nl.hulproute.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.hulproute.platform.MovableClock;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A handover the provider leaves unanswered past the configured working days escalates to the case team, once per
 * handover; an answered handover does not.
 */
@HulprouteTest
class HandoverEscalationTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MovableClock clock;

    @Autowired
    HandoverEscalation escalation;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anUnansweredHandoverEscalatesOnceToTheZorgcoordinatorsAndAgainAfterANewHandover() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long caseId = driver.newCaseIn(CaseState.HANDOVER);
        long answered = driver.newCaseIn(CaseState.EXTERNAL_CARE);

        // five working days are at least a week; within them nothing happens
        clock.advance(Duration.ofDays(4));
        escalation.run();
        assertThat(escalations(driver.zc)).isEmpty();

        clock.advance(Duration.ofDays(5));
        escalation.run();
        escalation.run(); // a second run, or another instance, tells no one twice
        String number =
                driver.read(caseId).body().path("student").path("studentNumber").asText();
        for (User zc : List.of(driver.zc, driver.secondZc)) {
            List<JsonNode> told = escalations(zc);
            assertThat(told).as("escalations to %s", zc.username()).hasSize(1);
            assertThat(told.get(0).path("link").asText()).isEqualTo("/casussen/" + caseId);
            assertThat(told.get(0).path("title").asText()).contains(number, "5 werkdagen");
        }
        assertThat(escalations(driver.zc).toString()).doesNotContain("/casussen/" + answered);

        // the provider declines; a new handover gets its own five working days
        assertThat(driver.fireWith(driver.professional, caseId, CaseEvent.DECLINE_HANDOVER, Map.of())
                        .status())
                .isEqualTo(200);
        driver.fireOk(driver.zc, caseId, CaseEvent.START_HANDOVER);
        escalation.run();
        assertThat(escalations(driver.zc)).hasSize(1);
        clock.advance(Duration.ofDays(8));
        escalation.run();
        assertThat(escalations(driver.zc)).hasSize(2);
    }

    private List<JsonNode> escalations(User user) {
        JsonNode inbox = api.as(user)
                .get("/api/notifications?size=50")
                .body()
                .path("notifications")
                .path("content");
        return StreamSupport.stream(inbox.spliterator(), false)
                .filter(notification -> notification.path("kind").asText().equals(HandoverEscalation.KIND))
                .toList();
    }
}
