package nl.hulproute.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.hulproute.socialmap.ProviderKind;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The whole route of a hulpvraag, as its users walk it through the HTTP API, on MariaDB. */
@HulprouteTest
class FullRouteApiTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Api api;

    @Test
    void aSignalTravelsFromTheSlbThroughSecondAndThirdLineBackToSchoolAndIsClosed() {
        School school = fixtures.school();
        long studentId = fixtures.student(school, 17);
        long ggz = fixtures.provider(school, ProviderKind.GGZ, 12, 23);
        User professional = fixtures.professionalOf(ggz);
        User owner =
                fixtures.user(nl.hulproute.shared.Role.ZORGCOORDINATOR, java.util.Set.of(school.locationId()), null);

        // the SLB'er raises a signal: it opens a case
        Response signal = api.as(school.slb())
                .post(
                        "/api/signals",
                        Map.of(
                                "studentId",
                                studentId,
                                "lifeDomains",
                                List.of("MENTAL_HEALTH", "HOME_FAMILY"),
                                "urgency",
                                "URGENT",
                                "observation",
                                "Komt sinds twee weken niet meer naar de les en oogt somber.",
                                "discussedWithStudent",
                                true));
        assertThat(signal.status()).isEqualTo(201);
        assertThat(signal.location())
                .hasValueSatisfying(location -> assertThat(location).startsWith("/api/signals/"));
        long caseId = signal.body().path("caseId").asLong();
        assertThat(signal.body().path("status").asText()).isEqualTo("RECEIVED");

        User zc = school.zorgcoordinator();
        Response opened = api.as(zc).get("/api/cases/" + caseId);
        assertThat(opened.body().path("state").asText()).isEqualTo("SIGNALLED");
        assertThat(opened.body().path("urgency").asText()).isEqualTo("URGENT");
        assertThat(names(opened.body().path("allowedEvents"))).containsExactlyInAnyOrder("START_TRIAGE", "DISMISS");

        Response triage =
                fire(zc, caseId, "START_TRIAGE", opened.body().path("version").asLong(), Map.of());
        assertThat(triage.body().path("state").asText()).isEqualTo("TRIAGE");
        assertThat(mySignalStatus(school.slb(), caseId)).isEqualTo("PICKED_UP");

        Response second = fire(zc, caseId, "ASSIGN_SECOND_LINE", version(triage), Map.of("ownerId", owner.id()));
        assertThat(second.body().path("state").asText()).isEqualTo("SECOND_LINE");
        assertThat(second.body().path("line").asText()).isEqualTo("SECOND");
        assertThat(second.body().path("owner").path("id").asLong()).isEqualTo(owner.id());
        assertThat(mySignalStatus(school.slb(), caseId)).isEqualTo("IN_SUPPORT");

        Response referred = fire(zc, caseId, "REFER", version(second), Map.of("providerId", ggz));
        assertThat(referred.body().path("state").asText()).isEqualTo("REFERRED");
        assertThat(referred.body().path("provider").path("id").asLong()).isEqualTo(ggz);

        Response consent = api.as(zc)
                .post(
                        "/api/cases/" + caseId + "/consents",
                        Map.of(
                                "givenBy",
                                "STUDENT",
                                "providerId",
                                ggz,
                                "sections",
                                List.of("STUDENT", "SIGNALS", "SCHOOL_SUPPORT"),
                                "givenHow",
                                "IN_PERSON",
                                "validUntil",
                                fixtures.today().plusMonths(6).toString()));
        assertThat(consent.status()).isEqualTo(201);
        assertThat(consent.body().path("inForce").asBoolean()).isTrue();

        Response waiting = fire(
                zc,
                caseId,
                "PLACE_ON_WAITLIST",
                version(referred),
                Map.of(
                        "bridging", Map.of("contactUserId", school.slb().id(), "contactEveryDays", 7),
                        "expectedStartDate", fixtures.today().plusWeeks(8).toString()));
        assertThat(waiting.body().path("state").asText()).isEqualTo("WAITING");
        assertThat(waiting.body().path("bridging").path("contact").path("id").asLong())
                .isEqualTo(school.slb().id());
        assertThat(waiting.body().path("bridging").path("contactEveryDays").asInt())
                .isEqualTo(7);
        assertThat(mySignalStatus(school.slb(), caseId)).isEqualTo("REFERRED");

        Response handover = fire(
                zc,
                caseId,
                "START_HANDOVER",
                version(waiting),
                Map.of("sections", List.of("STUDENT", "SIGNALS", "SCHOOL_SUPPORT")));
        assertThat(handover.body().path("state").asText()).isEqualTo("HANDOVER");

        // the receiving professional sees the case now, and accepts it
        Response inbox = api.as(professional).get("/api/cases");
        assertThat(ids(inbox.body().path("content"))).containsExactly(caseId);
        Response accepted = fire(
                professional,
                caseId,
                "ACCEPT_HANDOVER",
                version(handover),
                Map.of("firstContactDate", fixtures.today().plusDays(3).toString()));
        assertThat(accepted.body().path("state").asText()).isEqualTo("EXTERNAL_CARE");
        assertThat(accepted.body().path("bridging").isNull()).isTrue();

        Response back = fire(
                professional,
                caseId,
                "END_EXTERNAL_CARE",
                version(accepted),
                Map.of("summary", "Behandeling afgerond; let op rustmomenten in de lesweek."));
        assertThat(back.body().path("state").asText()).isEqualTo("SECOND_LINE");
        // back at school, the professional no longer sees the case
        assertThat(api.as(professional).get("/api/cases/" + caseId).status()).isEqualTo(404);

        Response closed = fire(zc, caseId, "CLOSE", version(back), Map.of("outcome", "RESOLVED_IN_SCHOOL"));
        assertThat(closed.body().path("state").asText()).isEqualTo("CLOSED");
        assertThat(closed.body().path("outcome").asText()).isEqualTo("RESOLVED_IN_SCHOOL");
        assertThat(names(closed.body().path("allowedEvents"))).containsExactly("REOPEN");
        assertThat(mySignalStatus(school.slb(), caseId)).isEqualTo("CLOSED");

        Response history = api.as(zc).get("/api/cases/" + caseId + "/history");
        assertThat(history.body().findValuesAsText("event"))
                .containsExactly(
                        "START_TRIAGE",
                        "ASSIGN_SECOND_LINE",
                        "REFER",
                        "PLACE_ON_WAITLIST",
                        "START_HANDOVER",
                        "ACCEPT_HANDOVER",
                        "END_EXTERNAL_CARE",
                        "CLOSE");
        assertThat(history.body().get(2).path("payload").path("providerId").asLong())
                .isEqualTo(ggz);
        assertThat(history.body().get(5).path("actor").path("id").asLong()).isEqualTo(professional.id());
    }

    private Response fire(User user, long caseId, String event, long version, Map<String, Object> fields) {
        var body = new java.util.HashMap<String, Object>(fields);
        body.put("version", version);
        Response response = api.as(user).post("/api/cases/" + caseId + "/events/" + event, body);
        assertThat(response.status()).as("%s: %s", event, response.body()).isEqualTo(200);
        return response;
    }

    private String mySignalStatus(User slb, long caseId) {
        Response mine = api.as(slb).get("/api/signals?raisedBy=me");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body().path("content").get(0).has("caseId")).isFalse();
        return mine.body().path("content").get(0).path("status").asText();
    }

    private static long version(Response response) {
        return response.body().path("version").asLong();
    }

    private static List<String> names(com.fasterxml.jackson.databind.JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .map(node -> node.asText())
                .toList();
    }

    private static List<Long> ids(com.fasterxml.jackson.databind.JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .map(node -> node.path("id").asLong())
                .toList();
    }
}
