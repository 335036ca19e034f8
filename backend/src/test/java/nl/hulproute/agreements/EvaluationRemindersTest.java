package nl.hulproute.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import nl.hulproute.platform.MovableClock;
import nl.hulproute.shared.Role;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The yearly evaluation is reminded 8 weeks and 2 weeks before it is due and when it is overdue, to every
 * zorgcoördinator of the student's location, once each, with a student number and a link and nothing about the need.
 */
@HulprouteTest
class EvaluationRemindersTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MovableClock clock;

    @Autowired
    EvaluationReminders reminders;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theZorgcoordinatorsAreRemindedEightAndTwoWeeksBeforeTheDueDateAndWhenItIsOverdueOnceEach() {
        School school = fixtures.school();
        User zc = school.zorgcoordinator();
        User colleague = fixtures.user(Role.ZORGCOORDINATOR, Set.of(school.locationId()), null);
        AgreementDriver driver = new AgreementDriver(api);
        long student = fixtures.student(school, 20);
        LocalDate acceptedOn = fixtures.today().minusMonths(12).plusDays(70);
        long id = driver.accepted(zc, student, acceptedOn);
        LocalDate due = acceptedOn.plusMonths(12);
        long ended = fixtures.student(school, 20);
        long endedId = driver.accepted(zc, ended, acceptedOn);
        assertThat(driver.end(zc, endedId, fixtures.today()).status()).isEqualTo(200);

        reminders.run();
        assertThat(reminders(zc, student)).isEmpty();

        moveTo(due.minusWeeks(8).minusDays(1));
        reminders.run();
        assertThat(reminders(zc, student)).isEmpty();

        moveTo(due.minusWeeks(8));
        reminders.run();
        reminders.run(); // a second run, or another instance, tells no one twice
        JsonNode worklist = api.as(zc).get("/api/agreements/evaluations-due").body();
        JsonNode line = StreamSupport.stream(worklist.spliterator(), false)
                .filter(entry -> entry.path("agreementId").asLong() == id)
                .findFirst()
                .orElseThrow();
        assertThat(line.path("dueOn").asText()).isEqualTo(due.toString());
        assertThat(line.path("daysUntilDue").asLong()).isEqualTo(56);
        String number = line.path("studentNumber").asText();
        for (User user : List.of(zc, colleague)) {
            List<JsonNode> told = reminders(user, student);
            assertThat(told.get(0).path("title").asText()).contains(number);
            assertThat(told).as(user.username()).hasSize(1);
            assertThat(told.get(0).path("title").asText()).startsWith("Over 8 weken");
            assertThat(told.get(0).path("link").asText()).isEqualTo("/afspraken/studenten/" + student);
        }
        // and by e-mail, once to each: when, and a link; not who (no student number), nothing of the need
        List<Map<String, Object>> mails = mails(id);
        assertThat(mails)
                .extracting(mail -> mail.get("recipient"))
                .containsExactlyInAnyOrder(Fixtures.emailOf(zc.username()), Fixtures.emailOf(colleague.username()));
        for (Map<String, Object> mail : mails) {
            assertThat(mail.get("subject").toString()).contains("evaluatie komt eraan");
            assertThat(mail.get("body").toString())
                    .contains("/afspraken/studenten/" + student)
                    .doesNotContain(number, AgreementDriver.NEED);
        }

        moveTo(due.minusWeeks(2));
        reminders.run();
        moveTo(due);
        reminders.run();
        assertThat(reminders(zc, student)).hasSize(2);
        assertThat(reminders(zc, student).get(0).path("title").asText()).startsWith("Over 2 weken");

        moveTo(due.plusDays(1));
        reminders.run();
        reminders.run();
        List<JsonNode> told = reminders(zc, student);
        assertThat(told).hasSize(3);
        assertThat(told.get(0).path("title").asText()).contains("te laat");
        for (JsonNode reminder : told) {
            assertThat(reminder.path("title").asText()).doesNotContain(AgreementDriver.NEED, "extra tijd", "pijn");
        }
        assertThat(reminders(zc, ended)).isEmpty();
        assertThat(mails(id)).hasSize(6);
        assertThat(mails(endedId)).isEmpty();

        // evaluated with the student: the next one is a year away, nothing more to remind
        assertThat(driver.evaluate(zc, id, fixtures.today(), true, Map.of()).status())
                .isEqualTo(201);
        reminders.run();
        assertThat(reminders(zc, student)).hasSize(3);
        moveTo(fixtures.today().plusMonths(12).minusWeeks(8));
        reminders.run();
        assertThat(reminders(zc, student)).hasSize(4);
    }

    private List<Map<String, Object>> mails(long agreementId) {
        return jdbc.queryForList(
                "SELECT recipient, subject, body FROM mail_outbox WHERE idempotency_key LIKE ?",
                "agreement-reminder:" + agreementId + ":%");
    }

    private void moveTo(LocalDate day) {
        ZoneId zone = clock.getZone();
        clock.moveTo(day.atTime(9, 0).atZone(zone).toInstant());
    }

    private List<JsonNode> reminders(User user, long student) {
        JsonNode inbox = api.as(user)
                .get("/api/notifications?size=100")
                .body()
                .path("notifications")
                .path("content");
        return StreamSupport.stream(inbox.spliterator(), false)
                .filter(notification -> notification.path("kind").asText().equals(EvaluationReminders.KIND))
                .filter(notification -> notification.path("link").asText().equals("/afspraken/studenten/" + student))
                .toList();
    }
}
