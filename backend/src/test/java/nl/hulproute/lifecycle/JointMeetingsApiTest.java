package nl.hulproute.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A joint meeting (driegesprek) of the student, school and the receiver: planned by the case's zorgcoördinator or the
 * receiving professional while the case is with the receiver, recorded as held once, listed for both sides.
 */
@HulprouteTest
class JointMeetingsApiTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void bothSidesPlanARecordHeldAndSeeTheMeetings() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long caseId = driver.newCaseIn(CaseState.HANDOVER);
        String path = "/api/cases/" + caseId + "/joint-meetings";

        Response planned = api.as(driver.zc)
                .post(
                        path,
                        Map.of("plannedOn", fixtures.today().plusDays(3).toString(), "note", "Op school, lokaal 2.14"));
        assertThat(planned.status()).as("%s", planned.body()).isEqualTo(201);
        assertThat(planned.location()).isPresent();
        assertThat(planned.body().path("plannedBy").path("id").asLong()).isEqualTo(driver.zc.id());
        assertThat(planned.body().path("heldOn").isNull()).isTrue();
        long meetingId = planned.body().path("id").asLong();

        Response byReceiver = api.as(driver.professional)
                .post(path, Map.of("plannedOn", fixtures.today().toString()));
        assertThat(byReceiver.status()).as("%s", byReceiver.body()).isEqualTo(201);
        long receiversMeeting = byReceiver.body().path("id").asLong();

        // recorded as held: not in the future, with the version seen, once
        String held = path + "/" + receiversMeeting + "/held";
        long version = byReceiver.body().path("version").asLong();
        Response future = api.as(driver.zc)
                .post(
                        held,
                        Map.of(
                                "version",
                                version,
                                "heldOn",
                                fixtures.today().plusDays(1).toString()));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.code()).isEqualTo("joint-meeting.held-in-future");
        Response stale = api.as(driver.zc)
                .post(
                        held,
                        Map.of(
                                "version",
                                version + 1,
                                "heldOn",
                                fixtures.today().toString()));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("joint-meeting.version-stale");
        Response recorded = api.as(driver.zc)
                .post(
                        held,
                        Map.of(
                                "version",
                                version,
                                "heldOn",
                                fixtures.today().toString(),
                                "note",
                                "Kennismaking gehad."));
        assertThat(recorded.status()).as("%s", recorded.body()).isEqualTo(200);
        assertThat(recorded.body().path("heldOn").asText())
                .isEqualTo(fixtures.today().toString());
        assertThat(recorded.body().path("heldBy").path("id").asLong()).isEqualTo(driver.zc.id());
        assertThat(recorded.body().path("note").asText()).isEqualTo("Kennismaking gehad.");
        Response again = api.as(driver.professional)
                .post(
                        held,
                        Map.of(
                                "version",
                                recorded.body().path("version").asLong(),
                                "heldOn",
                                fixtures.today().toString()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("joint-meeting.already-held");

        // both sides see both meetings, the latest planned first, also once the receiver accepted
        driver.fireOk(driver.professional, caseId, CaseEvent.ACCEPT_HANDOVER);
        for (var user : java.util.List.of(driver.zc, driver.professional)) {
            JsonNode list = api.as(user).get(path).body();
            assertThat(list)
                    .extracting(meeting -> meeting.path("id").asLong())
                    .containsExactly(meetingId, receiversMeeting);
        }
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM privacy_access_log WHERE record_kind = 'joint-meeting' AND action = 'CHANGE'",
                        Long.class))
                .isGreaterThanOrEqualTo(3);
        assertThat(api.as(driver.professional)
                        .post(path, Map.of("plannedOn", fixtures.today().toString()))
                        .status())
                .as("in external care too")
                .isEqualTo(201);
    }

    @Test
    void planningTellsTheOtherSideOnceByAppAndMailWithTheDayAndNoStudent() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long caseId = driver.newCaseIn(CaseState.HANDOVER);
        String path = "/api/cases/" + caseId + "/joint-meetings";
        String day = fixtures.today().plusDays(7).toString();

        long bySchool = api.as(driver.zc)
                .post(path, Map.of("plannedOn", day))
                .body()
                .path("id")
                .asLong();
        long byReceiver = api.as(driver.professional)
                .post(path, Map.of("plannedOn", day))
                .body()
                .path("id")
                .asLong();

        await().atMost(Duration.ofSeconds(20))
                .until(() -> mails("JOINT_MEETING_PLANNED:" + byReceiver + ":%").size() >= 1
                        && mails("JOINT_MEETING_PLANNED:" + bySchool + ":%").size() >= 1);
        // the school planned: the receiver is told; the receiver planned: the location's zorgcoördinator is told
        assertThat(mails("JOINT_MEETING_PLANNED:" + bySchool + ":%"))
                .extracting(mail -> mail.get("recipient"))
                .containsExactly(Fixtures.emailOf(driver.professional.username()));
        assertThat(mails("JOINT_MEETING_PLANNED:" + byReceiver + ":%"))
                .extracting(mail -> mail.get("recipient"))
                .contains(Fixtures.emailOf(driver.zc.username()))
                .doesNotContain(Fixtures.emailOf(driver.professional.username()));
        String studentName = api.as(driver.zc)
                .get("/api/cases/" + caseId)
                .body()
                .path("student")
                .path("name")
                .asText();
        assertThat(studentName).isNotBlank();
        for (Map<String, Object> mail : mails("JOINT_MEETING_PLANNED:%:%")) {
            if (mail.get("idempotency_key").toString().startsWith("JOINT_MEETING_PLANNED:" + bySchool + ":")
                    || mail.get("idempotency_key").toString().startsWith("JOINT_MEETING_PLANNED:" + byReceiver + ":")) {
                assertThat(mail.get("body").toString())
                        .contains("casus " + caseId)
                        .doesNotContain(studentName);
                assertThat(mail.get("subject")).isEqualTo("Driegesprek gepland");
            }
        }
        JsonNode inbox = api.as(driver.professional)
                .get("/api/notifications?size=50")
                .body()
                .path("notifications")
                .path("content");
        assertThat(inbox)
                .filteredOn(item -> item.path("kind").asText().equals("JOINT_MEETING_PLANNED"))
                .hasSize(1)
                .allSatisfy(item -> assertThat(item.path("title").asText()).contains("casus " + caseId));
    }

    private java.util.List<Map<String, Object>> mails(String keyPattern) {
        return jdbc.queryForList(
                "SELECT recipient, subject, body, idempotency_key FROM mail_outbox WHERE idempotency_key LIKE ?",
                keyPattern);
    }

    @Test
    void onlyTheCasesZorgcoordinatorAndTheReceiverPlanAndOnlyWhileTheCaseIsWithTheReceiver() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long referred = driver.newCaseIn(CaseState.REFERRED);
        Map<String, Object> tomorrow =
                Map.of("plannedOn", fixtures.today().plusDays(1).toString());
        Response noReceiver = api.as(driver.zc).post("/api/cases/" + referred + "/joint-meetings", tomorrow);
        assertThat(noReceiver.status()).isEqualTo(409);
        assertThat(noReceiver.code()).isEqualTo("joint-meeting.no-receiver");

        long caseId = driver.newCaseIn(CaseState.HANDOVER);
        String path = "/api/cases/" + caseId + "/joint-meetings";
        Response past = api.as(driver.zc)
                .post(path, Map.of("plannedOn", fixtures.today().minusDays(1).toString()));
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.code()).isEqualTo("joint-meeting.planned-in-past");
        Response tooLong = api.as(driver.zc)
                .post(path, Map.of("plannedOn", fixtures.today().toString(), "note", "x".repeat(301)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.code()).isEqualTo("request.invalid");
        Response noDate = api.as(driver.zc).post(path, Map.of("note", "zonder datum"));
        assertThat(noDate.status()).isEqualTo(400);

        assertThat(api.as(fixtures.school().zorgcoordinator())
                        .post(path, tomorrow)
                        .status())
                .as("a zorgcoördinator of another location")
                .isEqualTo(404);
        long otherProvider = fixtures.provider(driver.school, nl.hulproute.socialmap.ProviderKind.GGZ, 12, 27);
        assertThat(api.as(fixtures.professionalOf(otherProvider))
                        .post(path, tomorrow)
                        .status())
                .isEqualTo(404);
        assertThat(api.as(driver.school.slb()).post(path, tomorrow).status()).isEqualTo(403);
        assertThat(api.as(driver.school.slb()).get(path).status()).isEqualTo(403);
        assertThat(api.as(driver.secondZc).post(path, tomorrow).status()).isEqualTo(201);

        Response unknown = api.as(driver.zc)
                .post(
                        path + "/999999/held",
                        Map.of("version", 0, "heldOn", fixtures.today().toString()));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("joint-meeting.not-found");
    }
}
