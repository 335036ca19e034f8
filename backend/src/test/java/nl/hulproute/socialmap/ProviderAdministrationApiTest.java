package nl.hulproute.socialmap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import nl.hulproute.shared.Role;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sociale kaart as the functioneel beheerder keeps it: add, change, deactivate; and what deactivating does. */
@HulprouteTest
class ProviderAdministrationApiTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    private User admin() {
        return fixtures.user(Role.ADMIN, Set.of(), null);
    }

    private static Map<String, Object> provider(String name, int minAge, int maxAge, List<String> municipalities) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "WIJKTEAM");
        body.put("minAge", minAge);
        body.put("maxAge", maxAge);
        body.put("municipalities", municipalities);
        return body;
    }

    private static Map<String, Object> change(JsonNode provider, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", provider.path("name").asText());
        body.put("kind", provider.path("kind").asText());
        body.put("minAge", provider.path("minAge").asInt());
        body.put("maxAge", provider.path("maxAge").asInt());
        body.put("municipalities", StreamSupport.stream(provider.path("municipalities").spliterator(), false)
                .map(JsonNode::asText).toList());
        body.put("enabled", provider.path("enabled").asBoolean());
        body.put("version", provider.path("version").asLong());
        body.putAll(changes);
        return body;
    }

    @Test
    void anAdminAddsAProviderThatIsThenOfferedForStudentsItServes() {
        School school = fixtures.school();
        Response added = api.as(admin()).post("/api/admin/providers",
                provider("  Wijkteam Noord  ", 16, 23, List.of(" " + school.municipality())));

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.body().path("name").asText()).isEqualTo("Wijkteam Noord");
        assertThat(added.body().path("municipalities").get(0).asText()).isEqualTo(school.municipality());
        assertThat(added.body().path("enabled").asBoolean()).isTrue();
        Response offered = api.as(school.zorgcoordinator())
                .get("/api/providers?age=17&municipality=" + school.municipality().replace(" ", "%20"));
        assertThat(ids(offered)).containsExactly(added.body().path("id").asLong());
    }

    @Test
    void agesRunFromLowToHighAndAProviderServesAMunicipalityAndHasAName() {
        User admin = admin();
        Response reversed = api.as(admin).post("/api/admin/providers", provider("GGZ", 27, 12, List.of("Utrecht")));
        assertThat(reversed.status()).isEqualTo(422);
        assertThat(reversed.code()).isEqualTo("admin.provider.ages-reversed");

        Response nowhere = api.as(admin).post("/api/admin/providers", provider("GGZ", 12, 27, List.of()));
        assertThat(nowhere.status()).isEqualTo(400);
        assertThat(nowhere.body().path("errors").findValuesAsText("field")).contains("municipalities");

        Response unnamed = api.as(admin).post("/api/admin/providers", provider(" ", -1, 200, List.of("Utrecht")));
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.body().path("errors").findValuesAsText("field")).contains("name", "minAge", "maxAge");
    }

    @Test
    void aChangeOnAStaleVersionIsA409() {
        School school = fixtures.school();
        User admin = admin();
        JsonNode added = api.as(admin).post("/api/admin/providers", provider("Jongerenwerk", 12, 23,
                List.of(school.municipality()))).body();
        long id = added.path("id").asLong();

        Response renamed = api.as(admin).put("/api/admin/providers/" + id, change(added, Map.of("name", "Jongerenwerk Zuid")));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body().path("name").asText()).isEqualTo("Jongerenwerk Zuid");
        assertThat(renamed.body().path("version").asLong()).isGreaterThan(added.path("version").asLong());

        Response stale = api.as(admin).put("/api/admin/providers/" + id, change(added, Map.of("maxAge", 27)));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("admin.provider.version-stale");
        assertThat(stale.body().path("currentVersion").asLong()).isEqualTo(renamed.body().path("version").asLong());

        Response reversed = api.as(admin).put("/api/admin/providers/" + id, change(renamed.body(), Map.of("minAge", 30)));
        assertThat(reversed.code()).isEqualTo("admin.provider.ages-reversed");
        Response unknown = api.as(admin).put("/api/admin/providers/999999999", change(renamed.body(), Map.of()));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("admin.provider.not-found");
    }

    @Test
    void aDeactivatedProviderIsNoLongerReferredToButACaseAlreadyReferredKeepsIt() {
        School school = fixtures.school();
        User admin = admin();
        long providerId = fixtures.provider(school, ProviderKind.GGZ, 12, 27);
        long referred = caseInTriage(school);
        fire(school.zorgcoordinator(), referred, "REFER", Map.of("providerId", providerId));
        long notYet = caseInTriage(school);

        JsonNode before = providerOf(admin, providerId);
        Response deactivated = api.as(admin).put("/api/admin/providers/" + providerId, change(before, Map.of("enabled", false)));
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.body().path("enabled").asBoolean()).isFalse();

        assertThat(ids(api.as(school.zorgcoordinator()).get("/api/providers"))).doesNotContain(providerId);
        assertThat(providerOf(admin, providerId).path("enabled").asBoolean()).isFalse();
        Response refused = fire(school.zorgcoordinator(), notYet, "REFER", Map.of("providerId", providerId));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("lifecycle.guard.provider-inactive");
        JsonNode kept = api.as(school.zorgcoordinator()).get("/api/cases/" + referred).body();
        assertThat(kept.path("state").asText()).isEqualTo("REFERRED");
        assertThat(kept.path("provider").path("id").asLong()).isEqualTo(providerId);
    }

    @Test
    void everyOtherRoleIsRefusedWithAdminForbidden() {
        School school = fixtures.school();
        long providerId = fixtures.provider(school, ProviderKind.WIJKTEAM, 0, 99);
        for (User other : List.of(school.slb(), school.zorgcoordinator(), fixtures.professionalOf(providerId),
                fixtures.user(Role.AUDITOR, Set.of(), null))) {
            for (Response refused : List.of(
                    api.as(other).get("/api/admin/providers"),
                    api.as(other).post("/api/admin/providers", provider("X", 0, 99, List.of("Utrecht"))),
                    api.as(other).put("/api/admin/providers/" + providerId, Map.of("name", "X", "kind", "GGZ",
                            "minAge", 0, "maxAge", 99, "municipalities", List.of("Utrecht"), "enabled", false,
                            "version", 0)))) {
                assertThat(refused.status()).isEqualTo(403);
                assertThat(refused.code()).isEqualTo("admin.forbidden");
            }
        }
        assertThat(ids(api.as(school.zorgcoordinator()).get("/api/providers"))).contains(providerId);
    }

    private JsonNode providerOf(User admin, long providerId) {
        return StreamSupport.stream(api.as(admin).get("/api/admin/providers").body().spliterator(), false)
                .filter(provider -> provider.path("id").asLong() == providerId)
                .findFirst()
                .orElseThrow();
    }

    private long caseInTriage(School school) {
        long studentId = fixtures.student(school, 17);
        long caseId = api.as(school.slb()).post("/api/signals", Map.of(
                        "studentId", studentId, "lifeDomains", List.of("MENTAL_HEALTH"), "urgency", "NORMAL",
                        "observation", "Slaapt slecht.", "discussedWithStudent", true))
                .body().path("caseId").asLong();
        assertThat(fire(school.zorgcoordinator(), caseId, "START_TRIAGE", Map.of()).status()).isEqualTo(200);
        return caseId;
    }

    private Response fire(User user, long caseId, String event, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put("version", api.as(user).get("/api/cases/" + caseId).body().path("version").asLong());
        return api.as(user).post("/api/cases/" + caseId + "/events/" + event, body);
    }

    private static List<Long> ids(Response list) {
        assertThat(list.status()).isEqualTo(200);
        return StreamSupport.stream(list.body().spliterator(), false).map(provider -> provider.path("id").asLong()).toList();
    }
}
