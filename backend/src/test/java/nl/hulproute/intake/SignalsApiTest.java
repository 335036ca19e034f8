package nl.hulproute.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.hulproute.shared.Role;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HulprouteTest
class SignalsApiTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Test
    void aSecondSignalJoinsTheOpenCaseAndMakesItAsUrgentAsItsMostUrgentSignal() {
        School school = fixtures.school();
        long studentId = fixtures.student(school, 18);
        User otherSlb = fixtures.user(nl.hulproute.shared.Role.SLB, java.util.Set.of(school.locationId()), null);

        Response opened = raise(school.slb(), studentId, "NORMAL");
        long first = opened.body().path("caseId").asLong();
        assertThat(opened.body().path("status").asText()).isEqualTo("RECEIVED");
        long version = api.as(school.zorgcoordinator())
                .get("/api/cases/" + first)
                .body()
                .path("version")
                .asLong();
        api.as(school.zorgcoordinator())
                .post("/api/cases/" + first + "/events/START_TRIAGE", java.util.Map.of("version", version));
        // a zorgcoördinator may raise a signal about a student of their location too
        Response second = raise(school.zorgcoordinator(), studentId, "ACUTE");

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().path("caseId").asLong()).isEqualTo(first);
        // the answer says what became of the case the signal joined: picked up (triage)
        assertThat(second.body().path("status").asText()).isEqualTo("PICKED_UP");
        Response theCase = api.as(school.zorgcoordinator()).get("/api/cases/" + first);
        assertThat(theCase.body().path("urgency").asText()).isEqualTo("ACUTE");
        Response signals = api.as(school.zorgcoordinator()).get("/api/cases/" + first + "/signals");
        assertThat(signals.body().findValuesAsText("urgency")).containsExactly("NORMAL", "ACUTE");
        assertThat(signals.body().get(0).path("observation").asText()).isEqualTo("Valt in slaap tijdens de les.");

        // another SLB'er cannot raise a signal about a student who is not theirs, and learns nothing about them
        Response notMine = raise(otherSlb, studentId, "NORMAL");
        assertThat(notMine.status()).isEqualTo(422);
        assertThat(notMine.code()).isEqualTo("signal.unknown-student");
        Response unknown = raise(otherSlb, 999_999_999L, "NORMAL");
        assertThat(unknown.body().path("detail")).isEqualTo(notMine.body().path("detail"));
    }

    @Test
    void anAcuteSignalReachesEveryZorgcoordinatorOfTheLocationAtOnceWithoutWhatWasSeen() {
        School school = fixtures.school();
        User colleague = fixtures.user(Role.ZORGCOORDINATOR, Set.of(school.locationId()), null);
        User elsewhere = fixtures.school().zorgcoordinator();
        long studentId = fixtures.student(school, 16);

        raise(school.slb(), studentId, "URGENT");
        assertThat(unread(school.zorgcoordinator())).isZero();

        long caseId =
                raise(school.slb(), studentId, "ACUTE").body().path("caseId").asLong();
        String number = api.as(school.zorgcoordinator())
                .get("/api/cases/" + caseId)
                .body()
                .path("student")
                .path("studentNumber")
                .asText();
        for (User zc : List.of(school.zorgcoordinator(), colleague)) {
            JsonNode inbox = api.as(zc).get("/api/notifications").body();
            assertThat(inbox.path("unread").asLong())
                    .as("unread of %s", zc.username())
                    .isEqualTo(1);
            JsonNode alert = inbox.path("notifications").path("content").get(0);
            assertThat(alert.path("kind").asText()).isEqualTo("ACUTE_SIGNAL");
            assertThat(alert.path("link").asText()).isEqualTo("/casussen/" + caseId);
            assertThat(alert.path("title").asText()).contains(number).doesNotContain("slaap", "les");
        }
        assertThat(unread(elsewhere)).isZero();
        assertThat(unread(school.slb())).isZero();

        // a zorgcoördinator who raises an acute signal themselves is not told what they know
        raise(colleague, fixtures.student(school, 17), "ACUTE");
        assertThat(unread(colleague)).isEqualTo(1);
        assertThat(unread(school.zorgcoordinator())).isEqualTo(2);
    }

    private long unread(User user) {
        return api.as(user).get("/api/notifications").body().path("unread").asLong();
    }

    @Test
    void aSignalForAStudentWhoseCaseIsClosedOpensANewCase() {
        School school = fixtures.school();
        long studentId = fixtures.student(school, 17);
        long first =
                raise(school.slb(), studentId, "NORMAL").body().path("caseId").asLong();
        User zc = school.zorgcoordinator();
        long version =
                api.as(zc).get("/api/cases/" + first).body().path("version").asLong();
        assertThat(api.as(zc)
                        .post(
                                "/api/cases/" + first + "/events/DISMISS",
                                Map.of("version", version, "reason", "Was een misverstand."))
                        .status())
                .isEqualTo(200);

        long second =
                raise(school.slb(), studentId, "URGENT").body().path("caseId").asLong();

        assertThat(second).isNotEqualTo(first);
        assertThat(api.as(zc).get("/api/cases/" + second).body().path("state").asText())
                .isEqualTo("SIGNALLED");
    }

    @Test
    void mySignalsListsOnlyMineWithAStatusAndNoCaseContent() {
        School school = fixtures.school();
        long a = fixtures.student(school, 17);
        long b = fixtures.student(school, 19);
        raise(school.slb(), a, "NORMAL");
        raise(school.slb(), b, "URGENT");
        raise(school.zorgcoordinator(), a, "NORMAL");

        Response mine = api.as(school.slb()).get("/api/signals?raisedBy=me");

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body().path("totalElements").asInt()).isEqualTo(2);
        assertThat(mine.body().path("content").findValuesAsText("status")).containsOnly("RECEIVED");
        assertThat(mine.body().path("content").get(0).path("studentId").asLong())
                .isEqualTo(b); // newest first
        assertThat(mine.body().toString()).doesNotContain("observation", "caseId", "Valt in slaap");
        assertThat(api.as(school.slb())
                        .get("/api/signals?raisedBy=someone-else")
                        .status())
                .isEqualTo(400);
    }

    private Response raise(User user, long studentId, String urgency) {
        return api.as(user)
                .post(
                        "/api/signals",
                        Map.of(
                                "studentId",
                                studentId,
                                "lifeDomains",
                                List.of("PHYSICAL_HEALTH"),
                                "urgency",
                                urgency,
                                "observation",
                                "Valt in slaap tijdens de les.",
                                "discussedWithStudent",
                                true));
    }
}
