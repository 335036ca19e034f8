package nl.hulproute.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import nl.hulproute.platform.MovableClock;
import nl.hulproute.shared.Role;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A zorgcoördinator reaches a student of another location only through break-glass: with a reason, for a limited
 * time, read-only, logged, and the student's own zorgcoördinatoren are told.
 */
@HulprouteTest
class BreakGlassApiTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MovableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void breakGlassGivesReadAccessForFourHoursWithTheReasonLoggedAndTheOwnersNotified() {
        School home = fixtures.school();
        long studentId = fixtures.student(home, 17);
        long caseId = acuteSignal(home, studentId);
        User visitor = fixtures.school().zorgcoordinator();
        assertThat(api.as(visitor).get("/api/cases/" + caseId).status()).isEqualTo(404);

        String number = api.as(home.zorgcoordinator())
                .get("/api/cases/" + caseId)
                .body()
                .path("student")
                .path("studentNumber")
                .asText();
        Response directory = api.as(visitor).get("/api/students/directory?q=" + number);
        assertThat(directory.status()).isEqualTo(200);
        assertThat(directory.body().get(0).path("id").asLong()).isEqualTo(studentId);
        assertThat(directory.body().get(0).path("atMyLocation").asBoolean()).isFalse();
        assertThat(directory.body().toString()).doesNotContain("caseId", "urgency", "dateOfBirth");

        String breakGlass = "/api/students/" + studentId + "/break-glass";
        assertThat(api.as(visitor).post(breakGlass, Map.of("reason", " ")).status())
                .isEqualTo(400);
        Response granted =
                api.as(visitor).post(breakGlass, Map.of("reason", "Student belt de receptie van ons gebouw."));
        assertThat(granted.status()).isEqualTo(201);

        Response read = api.as(visitor).get("/api/cases/" + caseId);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().path("allowedEvents")).isEmpty(); // read, not act
        assertThat(api.as(visitor)
                        .post(
                                "/api/cases/" + caseId + "/events/START_TRIAGE",
                                Map.of("version", read.body().path("version").asLong()))
                        .status())
                .isEqualTo(403);
        assertThat(ids(api.as(visitor).get("/api/cases"))).contains(caseId);
        assertThat(read.body().path("readOnly").asBoolean()).isTrue();
        assertThat(read.body().path("mayWriteNotes").asBoolean()).isFalse();
        assertThat(read.body().path("mayCorrect").asBoolean()).isFalse();
        api.as(visitor)
                .get("/api/cases")
                .body()
                .path("content")
                .forEach(item -> assertThat(item.path("readOnly").asBoolean())
                        .as("case %s", item.path("id"))
                        .isEqualTo(item.path("id").asLong() == caseId));
        JsonNode own =
                api.as(home.zorgcoordinator()).get("/api/cases/" + caseId).body();
        assertThat(own.path("readOnly").asBoolean()).isFalse();
        assertThat(own.path("mayWriteNotes").asBoolean()).isTrue();

        // the owners were told of the acute signal, and now of the break-glass
        Response notices = api.as(home.zorgcoordinator()).get("/api/notifications");
        assertThat(notices.body().path("unread").asLong()).isEqualTo(2);
        JsonNode notice = notices.body().path("notifications").path("content").get(0);
        assertThat(notice.path("kind").asText()).isEqualTo("BREAK_GLASS");
        assertThat(notice.path("title").asText()).contains(number).doesNotContain("bedreigd", "receptie");
        assertThat(api.as(home.zorgcoordinator())
                        .post("/api/notifications/" + notice.path("id").asLong() + "/read", "")
                        .body()
                        .path("readAt")
                        .isNull())
                .isFalse();
        assertThat(api.as(visitor)
                        .post("/api/notifications/" + notice.path("id").asLong() + "/read", "")
                        .status())
                .isEqualTo(404);

        User auditor = fixtures.user(Role.AUDITOR, Set.of(), null);
        JsonNode log = api.as(auditor)
                .get("/api/access-log?userId=" + visitor.id())
                .body()
                .path("content");
        List<String> lines = StreamSupport.stream(log.spliterator(), false)
                .map(line -> line.path("action").asText() + " "
                        + line.path("purpose").asText())
                .toList();
        assertThat(lines)
                .contains(
                        "BREAK_GLASS BREAK_GLASS: Student belt de receptie van ons gebouw.",
                        "VIEW BREAK_GLASS: Student belt de receptie van ons gebouw.",
                        "LIST BREAK_GLASS: Student belt de receptie van ons gebouw.");

        clock.advance(Duration.ofHours(4).plusMinutes(1));
        assertThat(api.as(visitor).get("/api/cases/" + caseId).status()).isEqualTo(404);
        assertThat(ids(api.as(visitor).get("/api/cases"))).doesNotContain(caseId);
    }

    @Test
    void aSignedInSessionReadsABreakGlassGrantedElsewhereAtItsNextRequest() {
        School home = fixtures.school();
        long studentId = fixtures.student(home, 17);
        long caseId = acuteSignal(home, studentId);
        User visitor = fixtures.school().zorgcoordinator();
        Api.Session browser = api.signIn(visitor.username());
        assertThat(browser.signInStatus()).isEqualTo(204);
        // the session keeps its actor from here on (ADR 20), without a grant
        assertThat(ids(browser.get("/api/cases"))).doesNotContain(caseId);

        // granted in another session: the account notes it, and the kept actor is read again (ADR 27)
        assertThat(api.as(visitor)
                        .post("/api/students/" + studentId + "/break-glass", Map.of("reason", "Acute melding."))
                        .status())
                .isEqualTo(201);
        assertThat(ids(browser.get("/api/cases"))).contains(caseId);
        assertThat(browser.get("/api/cases/" + caseId).status()).isEqualTo(200);

        clock.advance(Duration.ofHours(4).plusMinutes(1));
        assertThat(browser.get("/api/cases/" + caseId).status()).isEqualTo(404);
        assertThat(ids(browser.get("/api/cases"))).doesNotContain(caseId);
    }

    @Test
    void aZorgcoordinatorSeesTheirOwnBreakGlassInForceUntilItEnds() {
        School home = fixtures.school();
        long first = fixtures.student(home, 17);
        long second = fixtures.student(home, 19);
        User visitor = fixtures.school().zorgcoordinator();
        User colleague = fixtures.school().zorgcoordinator();
        assertThat(api.as(visitor).get("/api/students/break-glass").body()).isEmpty();

        assertThat(api.as(visitor)
                        .post("/api/students/" + first + "/break-glass", Map.of("reason", "Acute melding."))
                        .status())
                .isEqualTo(201);
        clock.advance(Duration.ofHours(1));
        assertThat(api.as(visitor)
                        .post("/api/students/" + second + "/break-glass", Map.of("reason", "Loopt hier binnen."))
                        .status())
                .isEqualTo(201);

        JsonNode active = api.as(visitor).get("/api/students/break-glass").body();
        assertThat(active).hasSize(2);
        assertThat(active.get(0).path("student").path("id").asLong()).isEqualTo(first); // ends first
        assertThat(active.get(0).path("reason").asText()).isEqualTo("Acute melding.");
        assertThat(active.get(0).path("student").path("atMyLocation").asBoolean())
                .isFalse();
        assertThat(active.get(1).path("student").path("id").asLong()).isEqualTo(second);
        assertThat(api.as(colleague).get("/api/students/break-glass").body()).isEmpty();
        assertThat(api.as(home.slb()).get("/api/students/break-glass").status()).isEqualTo(403);

        clock.advance(Duration.ofHours(3).plusMinutes(1));
        JsonNode later = api.as(visitor).get("/api/students/break-glass").body();
        assertThat(later).hasSize(1);
        assertThat(later.get(0).path("student").path("id").asLong()).isEqualTo(second);
    }

    @Test
    void breakGlassIsForZorgcoordinatorsAndOnlyForStudentsOutsideTheirOwnLocations() {
        School home = fixtures.school();
        long studentId = fixtures.student(home, 18);
        String breakGlass = "/api/students/" + studentId + "/break-glass";
        Map<String, String> reason = Map.of("reason", "Acute melding.");

        Response own = api.as(home.zorgcoordinator()).post(breakGlass, reason);
        assertThat(own.status()).isEqualTo(422);
        assertThat(own.code()).isEqualTo("privacy.break-glass-not-needed");
        assertThat(api.as(home.slb()).post(breakGlass, reason).status()).isEqualTo(403);
        assertThat(api.as(home.slb()).get("/api/students/directory?q=x").status())
                .isEqualTo(403);
        assertThat(api.as(fixtures.school().zorgcoordinator())
                        .post("/api/students/999999999/break-glass", reason)
                        .status())
                .isEqualTo(404);
    }

    private long acuteSignal(School home, long studentId) {
        return api.as(home.slb())
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
                                "Wordt bedreigd na school.",
                                "discussedWithStudent",
                                true))
                .body()
                .path("caseId")
                .asLong();
    }

    private static List<Long> ids(Response page) {
        assertThat(page.status()).isEqualTo(200);
        return StreamSupport.stream(page.body().path("content").spliterator(), false)
                .map(theCase -> theCase.path("id").asLong())
                .toList();
    }
}
