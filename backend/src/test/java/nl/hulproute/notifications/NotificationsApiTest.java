package nl.hulproute.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
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

        JsonNode alert = inbox(school.zorgcoordinator()).path("notifications").path("content").get(0);
        assertThat(alert.path("title").asText())
                .startsWith("Acuut signaal over Sem van den Berg (S")
                .doesNotContain("Slaapt");
        assertThat(alert.path("doneAt").isNull()).isTrue();
    }

    @Test
    void allesGelezenMarksEveryUnreadNotificationOfMineReadAndNobodyElses() {
        School school = fixtures.school();
        User colleague = fixtures.user(
                nl.hulproute.shared.Role.ZORGCOORDINATOR, java.util.Set.of(school.locationId()), null);
        raiseAcute(school, fixtures.student(school, 17));
        raiseAcute(school, fixtures.student(school, 16));
        assertThat(inbox(school.zorgcoordinator()).path("unread").asLong()).isEqualTo(2);

        Api.Response marked = api.as(school.zorgcoordinator()).post("/api/notifications/read", "");

        assertThat(marked.status()).as("%s", marked.body()).isEqualTo(200);
        assertThat(marked.body().path("marked").asInt()).isEqualTo(2);
        assertThat(inbox(school.zorgcoordinator()).path("unread").asLong()).isZero();
        assertThat(inbox(school.zorgcoordinator()).path("notifications").path("content").get(0).path("readAt").isNull())
                .isFalse();
        assertThat(inbox(colleague).path("unread").asLong()).isEqualTo(2);
        assertThat(api.as(school.zorgcoordinator()).post("/api/notifications/read", "").body().path("marked").asInt())
                .isZero();
    }

    private void raiseAcute(School school, long studentId) {
        Api.Response raised = api.as(school.slb()).post("/api/signals", Map.of(
                "studentId", studentId, "lifeDomains", List.of("HOUSING"), "urgency", "ACUTE",
                "observation", "Slaapt sinds kort bij vrienden.", "discussedWithStudent", true));
        assertThat(raised.status()).as("%s", raised.body()).isEqualTo(201);
    }

    private JsonNode inbox(User user) {
        return api.as(user).get("/api/notifications").body();
    }
}
