package nl.hulproute.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.hulproute.shared.Role;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** The API refuses clearly and never loses or half-applies anything: 400, 401, 403, 404 and 409, never a 500. */
@HulprouteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RejectionsApiTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    CaseDriver driver;

    @BeforeAll
    void school() {
        driver = new CaseDriver(api, fixtures);
    }

    @Test
    void aStaleVersionIsRefusedWithTheCurrentVersion() {
        long caseId = driver.newCaseIn(CaseState.TRIAGE);
        long seen = driver.version(caseId);
        driver.fireOk(driver.zc, caseId, CaseEvent.ASSIGN_SECOND_LINE);

        Response stale = driver.fire(driver.zc, caseId, CaseEvent.REFER, driver.everythingValid(seen));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("case.version-stale");
        assertThat(stale.body().path("currentVersion").asLong()).isEqualTo(driver.version(caseId));
        assertThat(driver.state(caseId)).isEqualTo(CaseState.SECOND_LINE);
    }

    @Test
    void twoConcurrentEventsOnTheSameVersionApplyExactlyOnceAndLoseNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                long caseId = driver.newCaseIn(CaseState.TRIAGE);
                long version = driver.version(caseId);
                int historyBefore = driver.historySize(caseId);
                CountDownLatch start = new CountDownLatch(1);
                Callable<Response> firstLine = () -> {
                    start.await();
                    return driver.fire(driver.zc, caseId, CaseEvent.ASSIGN_FIRST_LINE, driver.everythingValid(version));
                };
                Callable<Response> dismiss = () -> {
                    start.await();
                    return driver.fire(driver.secondZc, caseId, CaseEvent.DISMISS, driver.everythingValid(version));
                };
                List<Future<Response>> racing = new ArrayList<>(List.of(pool.submit(firstLine), pool.submit(dismiss)));
                start.countDown();
                Response a = racing.get(0).get();
                Response b = racing.get(1).get();

                assertThat(List.of(a.status(), b.status())).containsExactlyInAnyOrder(200, 409);
                Response winner = a.status() == 200 ? a : b;
                Response loser = a.status() == 200 ? b : a;
                assertThat(loser.code()).isIn("case.version-stale", "concurrent-modification");
                assertThat(driver.state(caseId).name())
                        .isEqualTo(winner.body().path("state").asText());
                assertThat(driver.historySize(caseId)).isEqualTo(historyBefore + 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRoleThatMayNotFireAnEventGets403() {
        long handover = driver.newCaseIn(CaseState.HANDOVER);
        Response zcAccepts = driver.fireWith(driver.zc, handover, CaseEvent.ACCEPT_HANDOVER, Map.of());
        assertThat(zcAccepts.status()).isEqualTo(403);
        assertThat(zcAccepts.code()).isEqualTo("case.event-forbidden");

        long externalCare = driver.newCaseIn(CaseState.EXTERNAL_CARE);
        Response professionalCloses = driver.fireWith(driver.professional, externalCare, CaseEvent.CLOSE, Map.of());
        assertThat(professionalCloses.status()).isEqualTo(403);
        assertThat(driver.state(externalCare)).isEqualTo(CaseState.EXTERNAL_CARE);
    }

    @Test
    void rolesWithoutCaseWorkAreRefusedCaseContent() {
        long caseId = driver.newCase();
        for (Fixtures.User user : List.of(
                driver.school.slb(),
                fixtures.user(Role.AUDITOR, Set.of(driver.school.locationId()), null),
                fixtures.user(Role.ADMIN, Set.of(driver.school.locationId()), null))) {
            assertThat(api.as(user).get("/api/cases").status()).isEqualTo(403);
            assertThat(api.as(user).get("/api/cases/" + caseId).status()).isEqualTo(403);
            assertThat(api.as(user).get("/api/cases/" + caseId + "/history").status())
                    .isEqualTo(403);
            assertThat(driver.fireWith(user, caseId, CaseEvent.START_TRIAGE, Map.of())
                            .status())
                    .isEqualTo(403);
        }
        Response auditorSignals = api.as(fixtures.user(Role.AUDITOR, Set.of(driver.school.locationId()), null))
                .post(
                        "/api/signals",
                        Map.of(
                                "studentId",
                                1,
                                "lifeDomains",
                                List.of("HOUSING"),
                                "urgency",
                                "NORMAL",
                                "observation",
                                "x",
                                "discussedWithStudent",
                                false));
        assertThat(auditorSignals.status()).isEqualTo(403);
        assertThat(auditorSignals.code()).isEqualTo("signal.raise-forbidden");
    }

    @Test
    void malformedOrIncompleteRequestsGet400WithoutEchoingInput() {
        long caseId = driver.newCase();
        String events = "/api/cases/" + caseId + "/events/";

        Response notJson = api.as(driver.zc).postRaw(events + "START_TRIAGE", "{\"version\": ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.code()).isEqualTo("request.malformed");

        Response noVersion = api.as(driver.zc).post(events + "START_TRIAGE", Map.of("reason", "x"));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.code()).isEqualTo("request.invalid");
        assertThat(noVersion.body().path("errors").get(0).path("field").asText())
                .isEqualTo("version");

        // Spring MVC checks the path and the body together: the parameter is named, as a body's field is
        Response notPositive = api.as(driver.zc).post("/api/cases/0/events/START_TRIAGE", Map.of("version", 1));
        assertThat(notPositive.status()).isEqualTo(400);
        assertThat(notPositive.code()).isEqualTo("request.invalid");
        assertThat(notPositive.body().path("errors").get(0).path("field").asText())
                .isEqualTo("id");
        assertThat(notPositive.body().path("errors").get(0).path("code").asText())
                .isEqualTo("Positive");

        Response unknownField =
                api.as(driver.zc).post(events + "START_TRIAGE", Map.of("version", 1, "state", "CLOSED"));
        assertThat(unknownField.status()).isEqualTo(400);

        Response unknownEvent = api.as(driver.zc).post(events + "TELEPORT", Map.of("version", 1));
        assertThat(unknownEvent.status()).isEqualTo(400);

        Response badOutcome = api.as(driver.zc).post(events + "CLOSE", Map.of("version", 1, "outcome", "HAPPY"));
        assertThat(badOutcome.status()).isEqualTo(400);

        Response tooOften = driver.fireWith(
                driver.zc,
                caseId,
                CaseEvent.START_TRIAGE,
                Map.of("bridging", Map.of("contactUserId", 1, "contactEveryDays", 400)));
        assertThat(tooOften.status()).isEqualTo(400);

        Response signalWithoutDomains = api.as(driver.school.slb())
                .post(
                        "/api/signals",
                        Map.of(
                                "studentId",
                                1,
                                "lifeDomains",
                                List.of(),
                                "urgency",
                                "NORMAL",
                                "observation",
                                "geheim-123",
                                "discussedWithStudent",
                                true));
        assertThat(signalWithoutDomains.status()).isEqualTo(400);
        assertThat(signalWithoutDomains.body().toString()).doesNotContain("geheim-123");

        Response hugePage = api.as(driver.zc).get("/api/cases?size=1000");
        assertThat(hugePage.status()).isEqualTo(400);
        Response wrongState = api.as(driver.zc).get("/api/cases?state=ASLEEP");
        assertThat(wrongState.status()).isEqualTo(400);
        Response notAnId = api.as(driver.zc).get("/api/cases/abc");
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(notAnId.contentType()).startsWith("application/problem+json");
        assertThat(driver.state(caseId)).isEqualTo(CaseState.SIGNALLED);
    }

    @Test
    void unknownAndForeignCasesLookTheSame404() {
        long caseId = driver.newCase();
        Fixtures.User otherZc = fixtures.school().zorgcoordinator();

        var foreign = (com.fasterxml.jackson.databind.node.ObjectNode)
                api.as(otherZc).get("/api/cases/" + caseId).body();
        var unknown = (com.fasterxml.jackson.databind.node.ObjectNode)
                api.as(otherZc).get("/api/cases/999999999").body();
        assertThat(foreign.path("status").asInt()).isEqualTo(404);
        assertThat(unknown.path("status").asInt()).isEqualTo(404);
        foreign.remove("instance"); // the request path, which differs by construction
        unknown.remove("instance");
        assertThat(foreign.toString()).isEqualTo(unknown.toString());

        assertThat(driver.fireWith(otherZc, caseId, CaseEvent.START_TRIAGE, Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(api.as(otherZc).get("/api/cases/" + caseId + "/history").status())
                .isEqualTo(404);
        assertThat(api.as(otherZc).get("/api/cases/" + caseId + "/signals").status())
                .isEqualTo(404);
        assertThat(api.as(driver.zc).get("/api/nothing-here").status()).isEqualTo(404);
    }

    @Test
    void withoutValidCredentialsTheApiAnswers401() {
        Response anonymous = api.anonymous().get("/api/me");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.code()).isEqualTo("auth.unauthenticated");
        assertThat(api.as(driver.zc.username(), "wrong").get("/api/me").status())
                .isEqualTo(401);
        Response anonymousWrite = api.anonymous().post("/api/signals", Map.of());
        assertThat(anonymousWrite.status()).isEqualTo(401);
        assertThat(anonymousWrite.code()).isEqualTo("auth.unauthenticated");
    }

    @Test
    void aBodyThatNamesAMemberTwiceIsRefusedAndChangesNothing() {
        long caseId = driver.newCase();
        long version = driver.version(caseId);
        String twice = "{\"version\":" + version + ",\"version\":" + version + "}";

        Response duplicate = api.as(driver.zc).postRaw("/api/cases/" + caseId + "/events/START_TRIAGE", twice);

        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.code()).isEqualTo("request.duplicate-key");
        assertThat(duplicate.contentType()).startsWith("application/problem+json");
        assertThat(driver.state(caseId)).isEqualTo(CaseState.SIGNALLED);
        assertThat(driver.version(caseId)).isEqualTo(version);
        Response nested = api.as(driver.zc)
                .postRaw(
                        "/api/cases/" + caseId + "/events/START_TRIAGE",
                        "{\"version\":" + version
                                + ",\"bridging\":{\"contactUserId\":1,\"contactUserId\":2,\"contactEveryDays\":7}}");
        assertThat(nested.code()).isEqualTo("request.duplicate-key");
        assertThat(api.anonymous()
                        .postRaw("/api/cases/" + caseId + "/events/START_TRIAGE", twice)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void onlyAPlainDecimalNumberIsAnId() {
        long caseId = driver.newCase();
        assertThat(api.as(driver.zc).get("/api/cases/" + caseId).status()).isEqualTo(200);
        for (String lenient : List.of(
                "0x" + Long.toHexString(caseId),
                "+" + caseId,
                "%20" + caseId,
                caseId + "%20",
                "0" + caseId,
                caseId + ".0",
                "1e2",
                "%2B" + caseId,
                "-0x1")) {
            for (String path : List.of("/api/cases/" + lenient, "/api/cases/" + lenient + "/history")) {
                Response response = api.as(driver.zc).get(path);
                assertThat(response.status()).as(path).isEqualTo(400);
                assertThat(response.code()).as(path).isEqualTo("request.invalid");
                assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            }
        }
        Response event = api.as(driver.zc)
                .post("/api/cases/+" + caseId + "/events/START_TRIAGE", Map.of("version", driver.version(caseId)));
        assertThat(event.status()).isEqualTo(400);
        assertThat(driver.state(caseId)).isEqualTo(CaseState.SIGNALLED);
        assertThat(api.as(driver.zc)
                        .get("/api/staff?location=0x" + Long.toHexString(driver.school.locationId()) + "&role=SLB")
                        .status())
                .isEqualTo(400);
    }
}
