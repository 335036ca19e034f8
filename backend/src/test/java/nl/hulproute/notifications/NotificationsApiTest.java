package nl.hulproute.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HulprouteTest
class NotificationsApiTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Test
    void anAcuteAlertNamesTheStudentForTheZorgcoordinatorWhoMaySeeThemButNotWhatWasSeen() {
        School school = fixtures.school();
        long student = fixtures.student(school, "Sem", "van den", "Berg");
        raiseAcute(school, student);

        JsonNode alert = inbox(school.zorgcoordinator())
                .path("notifications")
                .path("content")
                .get(0);
        assertThat(alert.path("title").asText())
                .startsWith("Acuut signaal over Sem van den Berg (S")
                .doesNotContain("Slaapt");
        assertThat(alert.path("doneAt").isNull()).isTrue();
    }

    @Test
    void allesGelezenMarksEveryUnreadNotificationOfMineReadAndNobodyElses() {
        School school = fixtures.school();
        User colleague =
                fixtures.user(nl.hulproute.shared.Role.ZORGCOORDINATOR, java.util.Set.of(school.locationId()), null);
        raiseAcute(school, fixtures.student(school, 17));
        raiseAcute(school, fixtures.student(school, 16));
        assertThat(inbox(school.zorgcoordinator()).path("unread").asLong()).isEqualTo(2);

        Api.Response marked = api.as(school.zorgcoordinator()).post("/api/notifications/read", "");

        assertThat(marked.status()).as("%s", marked.body()).isEqualTo(200);
        assertThat(marked.body().path("marked").asInt()).isEqualTo(2);
        assertThat(inbox(school.zorgcoordinator()).path("unread").asLong()).isZero();
        assertThat(inbox(school.zorgcoordinator())
                        .path("notifications")
                        .path("content")
                        .get(0)
                        .path("readAt")
                        .isNull())
                .isFalse();
        assertThat(inbox(colleague).path("unread").asLong()).isEqualTo(2);
        assertThat(api.as(school.zorgcoordinator())
                        .post("/api/notifications/read", "")
                        .body()
                        .path("marked")
                        .asInt())
                .isZero();
    }

    @Test
    void anAcuteAlertIsDoneOnceTriagedAndTheSlbIsToldTheNewStatusOfTheirSignal() {
        School school = fixtures.school();
        long student = fixtures.student(school, "Sem", null, "Jacobs");
        long caseId = raiseAcute(school, student);
        long version = api.as(school.zorgcoordinator())
                .get("/api/cases/" + caseId)
                .body()
                .path("version")
                .asLong();

        Api.Response triaged = api.as(school.zorgcoordinator())
                .post("/api/cases/" + caseId + "/events/START_TRIAGE", Map.of("version", version));
        assertThat(triaged.status()).as("%s", triaged.body()).isEqualTo(200);

        // the listener runs after the transition's commit, on its own thread
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode alert = inbox(school.zorgcoordinator())
                    .path("notifications")
                    .path("content")
                    .get(0);
            assertThat(alert.path("kind").asText()).isEqualTo("ACUTE_SIGNAL");
            assertThat(alert.path("doneAt").isNull()).isFalse();
            JsonNode told =
                    inbox(school.slb()).path("notifications").path("content").get(0);
            assertThat(told.path("kind").asText()).isEqualTo("SIGNAL_STATUS");
            assertThat(told.path("title").asText())
                    .startsWith("Je signaal over Sem Jacobs (S")
                    .endsWith("is opgepakt.");
            assertThat(told.path("title").asText()).doesNotContain("Slaapt");
        });
    }

    private long raiseAcute(School school, long studentId) {
        Api.Response raised = api.as(school.slb())
                .post(
                        "/api/signals",
                        Map.of(
                                "studentId",
                                studentId,
                                "lifeDomains",
                                List.of("HOUSING"),
                                "urgency",
                                "ACUTE",
                                "observation",
                                "Slaapt sinds kort bij vrienden.",
                                "discussedWithStudent",
                                true));
        assertThat(raised.status()).as("%s", raised.body()).isEqualTo(201);
        return raised.body().path("caseId").asLong();
    }

    private JsonNode inbox(User user) {
        return api.as(user).get("/api/notifications").body();
    }
}
