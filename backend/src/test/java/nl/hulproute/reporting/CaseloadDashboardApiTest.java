package nl.hulproute.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.hulproute.platform.MovableClock;
import nl.hulproute.shared.Role;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HulprouteTest
class CaseloadDashboardApiTest {

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
    void theDashboardCountsOpenCasesPerLineNewSignalsTheOldestUntriagedAndTwelveWeeks() {
        School school = fixtures.school();
        clock.advance(Duration.ofDays(-21)); // three weeks ago: two signals, one case dismissed right away
        long old = raise(school, fixtures.student(school, 17));
        long dismissed = raise(school, fixtures.student(school, 18));
        fire(school, dismissed, "DISMISS", Map.of("reason", "Geen zorg nodig."));
        clock.reset();
        long triaged = raise(school, fixtures.student(school, 19));
        fire(school, triaged, "START_TRIAGE", Map.of());

        Response dashboard = api.as(school.zorgcoordinator()).get("/api/caseload/dashboard");

        assertThat(dashboard.status()).as("%s", dashboard.body()).isEqualTo(200);
        JsonNode body = dashboard.body();
        // a case in triage is in no line yet: the tile's "Tweede lijn" counts what the phase "Tweede lijn" counts
        assertThat(body.path("casesPerLine").path("SECOND").asLong()).isZero();
        assertThat(body.path("casesBeforeALine").asLong()).isEqualTo(2); // the old signal and the one in triage
        assertThat(body.path("casesPerLine").path("THIRD").asLong()).isZero();
        assertThat(body.path("newSignalsThisWeek").asLong()).isEqualTo(1);
        assertThat(body.path("oldestUntriaged").path("caseId").asLong()).isEqualTo(old);
        assertThat(body.path("oldestUntriaged").path("daysWaiting").asLong()).isEqualTo(21);
        JsonNode weeks = body.path("weeks");
        assertThat(weeks).hasSize(12);
        long opened = 0;
        long closed = 0;
        for (JsonNode week : weeks) {
            opened += week.path("opened").asLong();
            closed += week.path("closed").asLong();
        }
        assertThat(opened).isEqualTo(3);
        assertThat(closed).isEqualTo(1);
        assertThat(weeks.get(11).path("open").asLong()).isEqualTo(2);
    }

    @Test
    void onlyZorgcoordinatorsSeeTheFiguresOfTheirOwnLocations() {
        School school = fixtures.school();
        School elsewhere = fixtures.school();
        assertThat(api.as(school.slb()).get("/api/caseload/dashboard").status()).isEqualTo(403);
        assertThat(api.as(fixtures.user(Role.AUDITOR, Set.of(school.locationId()), null))
                        .get("/api/caseload/dashboard")
                        .status())
                .isEqualTo(403);
        assertThat(api.as(school.zorgcoordinator())
                        .get("/api/caseload/dashboard?location=" + elsewhere.locationId())
                        .status())
                .isEqualTo(404);
    }

    private long raise(School school, long studentId) {
        return api.as(school.slb())
                .post(
                        "/api/signals",
                        Map.of(
                                "studentId",
                                studentId,
                                "lifeDomains",
                                List.of("FINANCES_DEBT"),
                                "urgency",
                                "NORMAL",
                                "observation",
                                "Heeft geen geld voor de OV-kaart.",
                                "discussedWithStudent",
                                true))
                .body()
                .path("caseId")
                .asLong();
    }

    private void fire(School school, long caseId, String event, Map<String, Object> fields) {
        long version = api.as(school.zorgcoordinator())
                .get("/api/cases/" + caseId)
                .body()
                .path("version")
                .asLong();
        var body = new java.util.HashMap<String, Object>(fields);
        body.put("version", version);
        assertThat(api.as(school.zorgcoordinator())
                        .post("/api/cases/" + caseId + "/events/" + event, body)
                        .status())
                .isEqualTo(200);
    }
}
