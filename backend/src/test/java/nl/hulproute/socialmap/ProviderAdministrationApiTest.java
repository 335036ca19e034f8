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
        body.put(
                "municipalities",
                StreamSupport.stream(provider.path("municipalities").spliterator(), false)
                        .map(municipality -> municipality.path("code").asText())
                        .toList());
        body.put("enabled", provider.path("enabled").asBoolean());
        body.put("version", provider.path("version").asLong());
        body.putAll(changes);
        return body;
    }

    @Test
    void anAdminAddsAProviderThatIsThenOfferedForStudentsItServes() {
        School school = fixtures.school();
        Response added = api.as(admin())
                .post(
                        "/api/admin/providers",
                        provider("  Wijkteam Noord  ", 16, 23, List.of(school.municipalityCode())));

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.body().path("name").asText()).isEqualTo("Wijkteam Noord");
        assertThat(added.body().path("municipalities").get(0).path("code").asText())
                .isEqualTo(school.municipalityCode());
        assertThat(added.body().path("municipalities").get(0).path("name").asText())
                .isEqualTo(school.municipality());
        assertThat(added.body().path("enabled").asBoolean()).isTrue();
        Response offered =
                api.as(school.zorgcoordinator()).get("/api/providers?age=17&municipality=" + school.municipalityCode());
        assertThat(ids(offered)).containsExactly(added.body().path("id").asLong());
    }

    @Test
    void agesRunFromLowToHighAndAProviderServesAMunicipalityAndHasAName() {
        User admin = admin();
        Response reversed = api.as(admin)
                .post(
                        "/api/admin/providers",
                        provider("GGZ", 27, 12, List.of(fixtures.municipality().code())));
        assertThat(reversed.status()).isEqualTo(422);
        assertThat(reversed.code()).isEqualTo("admin.provider.ages-reversed");

        Response nowhere = api.as(admin).post("/api/admin/providers", provider("GGZ", 12, 27, List.of()));
        assertThat(nowhere.status()).isEqualTo(400);
        assertThat(nowhere.body().path("errors").findValuesAsText("field")).contains("municipalities");

        Response unnamed = api.as(admin)
                .post(
                        "/api/admin/providers",
                        provider(" ", -1, 200, List.of(fixtures.municipality().code())));
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.body().path("errors").findValuesAsText("field")).contains("name", "minAge", "maxAge");
    }

    @Test
    void gemeentenAreChosenFromTheReferenceListNeverTypedFreely() {
        School school = fixtures.school();
        User admin = admin();
        JsonNode list =
                api.as(school.zorgcoordinator()).get("/api/municipalities").body();
        assertThat(StreamSupport.stream(list.spliterator(), false)
                        .filter(municipality ->
                                municipality.path("code").asText().equals(school.municipalityCode()))
                        .map(municipality -> municipality.path("name").asText()))
                .containsExactly(school.municipality());

        Response typed = api.as(admin).post("/api/admin/providers", provider("GGZ", 12, 27, List.of("Utrecht")));
        assertThat(typed.status()).isEqualTo(400);
        assertThat(typed.code()).isEqualTo("request.invalid");

        Response unknown = api.as(admin)
                .post("/api/admin/providers", provider("GGZ", 12, 27, List.of(school.municipalityCode(), "GM0000")));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.code()).isEqualTo("admin.provider.municipality-unknown");
        assertThat(unknown.body().path("municipalities").get(0).asText()).isEqualTo("GM0000");

        Response badQuery = api.as(school.zorgcoordinator()).get("/api/providers?municipality=Utrecht");
        assertThat(badQuery.status()).isEqualTo(400);
    }

    @Test
    void theSocialeKaartSaysHowToReachAProviderAndWhereItIsInSchool() {
        School school = fixtures.school();
        User admin = admin();
        Map<String, Object> body = provider("Schoolmaatschappelijk werk", 12, 99, List.of(school.municipalityCode()));
        body.put("kind", "SCHOOLMAATSCHAPPELIJK_WERK");
        body.put(
                "contact",
                Map.of(
                        "phone",
                        "030 123 45 67",
                        "email",
                        "aanmelden@smw.test",
                        "website",
                        "https://smw.test",
                        "address",
                        "Schoolstraat 1, Utrecht",
                        "intakeProcedure",
                        "Aanmelden bij de schoolmaatschappelijk werker."));
        body.put("typicalWaitingDays", 10);
        body.put("embedded", List.of(Map.of("locationId", school.locationId(), "days", List.of("THURSDAY", "MONDAY"))));
        Response added = api.as(admin).post("/api/admin/providers", body);
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.body().path("contact").path("phone").asText()).isEqualTo("030 123 45 67");
        assertThat(added.body().path("contact").path("intakeProcedure").asText())
                .isEqualTo("Aanmelden bij de schoolmaatschappelijk werker.");
        assertThat(added.body().path("typicalWaitingDays").asInt()).isEqualTo(10);
        assertThat(added.body().path("embedded").get(0).path("days").get(0).asText())
                .isEqualTo("MONDAY");
        assertThat(added.body().path("embedded").get(0).path("days").get(1).asText())
                .isEqualTo("THURSDAY");

        Map<String, Object> changed = change(added.body(), Map.of("typicalWaitingDays", 21));
        changed.put("contact", Map.of("phone", "030 765 43 21"));
        changed.put("embedded", List.of());
        JsonNode after = api.as(admin)
                .put("/api/admin/providers/" + added.body().path("id").asLong(), changed)
                .body();
        assertThat(after.path("typicalWaitingDays").asInt()).isEqualTo(21);
        assertThat(after.path("contact").path("phone").asText()).isEqualTo("030 765 43 21");
        assertThat(after.path("contact").path("email").isNull()).isTrue();
        assertThat(after.path("embedded")).isEmpty();

        Map<String, Object> badContact = provider("GGZ", 12, 27, List.of(school.municipalityCode()));
        badContact.put("contact", Map.of("email", "geen-adres", "website", "javascript:alert(1)"));
        Response refused = api.as(admin).post("/api/admin/providers", badContact);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsText("field"))
                .contains("contact.email", "contact.website");
    }

    @Test
    void aChangeOnAStaleVersionIsA409() {
        School school = fixtures.school();
        User admin = admin();
        JsonNode added = api.as(admin)
                .post("/api/admin/providers", provider("Jongerenwerk", 12, 23, List.of(school.municipalityCode())))
                .body();
        long id = added.path("id").asLong();

        Response renamed =
                api.as(admin).put("/api/admin/providers/" + id, change(added, Map.of("name", "Jongerenwerk Zuid")));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body().path("name").asText()).isEqualTo("Jongerenwerk Zuid");
        assertThat(renamed.body().path("version").asLong())
                .isGreaterThan(added.path("version").asLong());

        Response stale = api.as(admin).put("/api/admin/providers/" + id, change(added, Map.of("maxAge", 27)));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("admin.provider.version-stale");
        assertThat(stale.body().path("currentVersion").asLong())
                .isEqualTo(renamed.body().path("version").asLong());

        Response reversed =
                api.as(admin).put("/api/admin/providers/" + id, change(renamed.body(), Map.of("minAge", 30)));
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
        Response deactivated =
                api.as(admin).put("/api/admin/providers/" + providerId, change(before, Map.of("enabled", false)));
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.body().path("enabled").asBoolean()).isFalse();

        assertThat(ids(api.as(school.zorgcoordinator()).get("/api/providers"))).doesNotContain(providerId);
        assertThat(providerOf(admin, providerId).path("enabled").asBoolean()).isFalse();
        Response refused = fire(school.zorgcoordinator(), notYet, "REFER", Map.of("providerId", providerId));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("lifecycle.guard.provider-inactive");
        JsonNode kept =
                api.as(school.zorgcoordinator()).get("/api/cases/" + referred).body();
        assertThat(kept.path("state").asText()).isEqualTo("REFERRED");
        assertThat(kept.path("provider").path("id").asLong()).isEqualTo(providerId);
    }

    @Test
    void everyOtherRoleIsRefusedWithAdminForbidden() {
        School school = fixtures.school();
        long providerId = fixtures.provider(school, ProviderKind.WIJKTEAM, 0, 99);
        for (User other : List.of(
                school.slb(),
                school.zorgcoordinator(),
                fixtures.professionalOf(providerId),
                fixtures.user(Role.AUDITOR, Set.of(), null))) {
            for (Response refused : List.of(
                    api.as(other).get("/api/admin/providers"),
                    api.as(other)
                            .post("/api/admin/providers", provider("X", 0, 99, List.of(school.municipalityCode()))),
                    api.as(other)
                            .put(
                                    "/api/admin/providers/" + providerId,
                                    Map.of(
                                            "name",
                                            "X",
                                            "kind",
                                            "GGZ",
                                            "minAge",
                                            0,
                                            "maxAge",
                                            99,
                                            "municipalities",
                                            List.of(school.municipalityCode()),
                                            "enabled",
                                            false,
                                            "version",
                                            0)))) {
                assertThat(refused.status()).isEqualTo(403);
                assertThat(refused.code()).isEqualTo("admin.forbidden");
            }
        }
        assertThat(ids(api.as(school.zorgcoordinator()).get("/api/providers"))).contains(providerId);
    }

    private JsonNode providerOf(User admin, long providerId) {
        return StreamSupport.stream(
                        api.as(admin).get("/api/admin/providers").body().spliterator(), false)
                .filter(provider -> provider.path("id").asLong() == providerId)
                .findFirst()
                .orElseThrow();
    }

    private long caseInTriage(School school) {
        long studentId = fixtures.student(school, 17);
        long caseId = api.as(school.slb())
                .post(
                        "/api/signals",
                        Map.of(
                                "studentId",
                                studentId,
                                "lifeDomains",
                                List.of("MENTAL_HEALTH"),
                                "urgency",
                                "NORMAL",
                                "observation",
                                "Slaapt slecht.",
                                "discussedWithStudent",
                                true))
                .body()
                .path("caseId")
                .asLong();
        assertThat(fire(school.zorgcoordinator(), caseId, "START_TRIAGE", Map.of())
                        .status())
                .isEqualTo(200);
        return caseId;
    }

    private Response fire(User user, long caseId, String event, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put(
                "version",
                api.as(user).get("/api/cases/" + caseId).body().path("version").asLong());
        return api.as(user).post("/api/cases/" + caseId + "/events/" + event, body);
    }

    private static List<Long> ids(Response list) {
        assertThat(list.status()).isEqualTo(200);
        return StreamSupport.stream(list.body().spliterator(), false)
                .map(provider -> provider.path("id").asLong())
                .toList();
    }
}
