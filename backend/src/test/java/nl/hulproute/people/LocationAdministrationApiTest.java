package nl.hulproute.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import nl.hulproute.shared.Role;
import nl.hulproute.socialmap.ProviderKind;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The functioneel beheerder's locations and teams: register, rename, and the rules that keep them apart. */
@HulprouteTest
class LocationAdministrationApiTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PeopleAdministration administration;

    private User admin(School school) {
        return fixtures.user(Role.ADMIN, Set.of(school.locationId()), null);
    }

    private static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000_000_000L;
    }

    private static Map<String, Object> location(String code, String name, String municipality) {
        return Map.of("code", code, "name", name, "municipality", municipality);
    }

    @Test
    void anAdminRegistersALocationThatUsersCanThenWorkAt() {
        User admin = admin(fixtures.school());
        String code = unique("LOC");

        Response created =
                api.as(admin).post("/api/admin/locations", location(" " + code + " ", "Campus Noord", "Utrecht"));

        assertThat(created.status()).isEqualTo(201);
        long id = created.body().path("id").asLong();
        assertThat(created.location()).hasValue("/api/admin/locations/" + id);
        assertThat(created.body().path("code").asText()).isEqualTo(code);
        assertThat(created.body().path("version").asLong()).isZero();
        assertThat(StreamSupport.stream(
                                api.as(admin).get("/api/admin/locations").body().spliterator(), false)
                        .map(found -> found.path("id").asLong()))
                .contains(id);
        Response zc = api.as(admin)
                .post(
                        "/api/admin/users",
                        Map.of(
                                "username",
                                unique("zc"),
                                "displayName",
                                "Noor Visser",
                                "roles",
                                List.of("ZORGCOORDINATOR"),
                                "locationIds",
                                List.of(id),
                                "password",
                                "een-wachtwoord"));
        assertThat(zc.status()).isEqualTo(201);
    }

    @Test
    void aLocationCodeIsTakenOnce() {
        School school = fixtures.school();
        User admin = admin(school);
        String code = unique("DUP");
        assertThat(api.as(admin)
                        .post("/api/admin/locations", location(code, "Eerste", "Utrecht"))
                        .status())
                .isEqualTo(201);

        Response again = api.as(admin).post("/api/admin/locations", location(code, "Tweede", "Zeist"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("admin.location.code-taken");
    }

    @Test
    void aLocationIsRenamedAgainstItsVersionAndAStaleOneIsA409() {
        School school = fixtures.school();
        User admin = admin(school);
        JsonNode before = administrationView(admin, school.locationId());

        Response renamed = api.as(admin)
                .put(
                        "/api/admin/locations/" + school.locationId(),
                        Map.of(
                                "name",
                                "Campus Zuid",
                                "municipality",
                                "Nieuwegein",
                                "version",
                                before.path("version").asLong()));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body().path("name").asText()).isEqualTo("Campus Zuid");
        assertThat(renamed.body().path("municipality").asText()).isEqualTo("Nieuwegein");
        assertThat(renamed.body().path("code").asText())
                .isEqualTo(before.path("code").asText());
        assertThat(renamed.body().path("version").asLong())
                .isEqualTo(before.path("version").asLong() + 1);

        Response stale = api.as(admin)
                .put(
                        "/api/admin/locations/" + school.locationId(),
                        Map.of(
                                "name",
                                "Campus West",
                                "municipality",
                                "Utrecht",
                                "version",
                                before.path("version").asLong()));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("admin.location.version-stale");
        assertThat(stale.body().path("currentVersion").asLong())
                .isEqualTo(renamed.body().path("version").asLong());
        assertThat(administrationView(admin, school.locationId()).path("name").asText())
                .isEqualTo("Campus Zuid");

        Response unknown = api.as(admin)
                .put(
                        "/api/admin/locations/999999999",
                        Map.of("name", "Nergens", "municipality", "Utrecht", "version", 0));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("admin.location.not-found");
    }

    @Test
    void teamsAreListedPerLocationWithTheirNumberOfStudentsAndNoStudentData() {
        School school = fixtures.school();
        School other = fixtures.school();
        User admin = admin(school);
        fixtures.student(school, 17);
        long leaving = fixtures.student(school, 18);
        fixtures.student(school, 19);
        administration.recordLeaving(leaving, fixtures.today());
        long empty = api.as(admin)
                .post(
                        "/api/admin/teams",
                        Map.of("locationId", school.locationId(), "name", "Team Techniek", "sector", "Techniek"))
                .body()
                .path("id")
                .asLong();

        Response teams = api.as(admin).get("/api/admin/teams?location=" + school.locationId());

        assertThat(teams.status()).isEqualTo(200);
        assertThat(teams.body().findValuesAsText("locationId")).containsOnly(String.valueOf(school.locationId()));
        JsonNode own = team(teams.body(), school.teamId());
        assertThat(own.path("students").asLong()).isEqualTo(2);
        assertThat(own.path("sector").asText()).isEqualTo("Zorg en welzijn");
        assertThat(team(teams.body(), empty).path("students").asLong()).isZero();
        assertThat(own.has("studentIds") || own.has("firstName") || own.has("caseId"))
                .isFalse();
        assertThat(StreamSupport.stream(
                                api.as(admin).get("/api/admin/teams").body().spliterator(), false)
                        .map(found -> found.path("id").asLong()))
                .contains(school.teamId(), other.teamId(), empty);
    }

    @Test
    void aTeamNameIsTakenOncePerLocationAndATeamNeedsALocationThatExists() {
        School school = fixtures.school();
        School other = fixtures.school();
        User admin = admin(school);
        String taken = api.as(admin)
                .get("/api/admin/teams?location=" + school.locationId())
                .body()
                .get(0)
                .path("name")
                .asText();

        Response same = api.as(admin)
                .post(
                        "/api/admin/teams",
                        Map.of("locationId", school.locationId(), "name", taken, "sector", "Economie"));
        assertThat(same.status()).isEqualTo(409);
        assertThat(same.code()).isEqualTo("admin.team.name-taken");

        Response elsewhere = api.as(admin)
                .post(
                        "/api/admin/teams",
                        Map.of("locationId", other.locationId(), "name", taken, "sector", "Economie"));
        assertThat(elsewhere.status()).isEqualTo(201);
        assertThat(elsewhere.location())
                .hasValue("/api/admin/teams/" + elsewhere.body().path("id").asLong());

        Response nowhere = api.as(admin)
                .post(
                        "/api/admin/teams",
                        Map.of("locationId", 999_999_999L, "name", "Team Nergens", "sector", "Economie"));
        assertThat(nowhere.status()).isEqualTo(422);
        assertThat(nowhere.code()).isEqualTo("admin.team.location-unknown");
    }

    @Test
    void aTeamIsRenamedAgainstItsVersionButNotToAnotherTeamsName() {
        School school = fixtures.school();
        User admin = admin(school);
        JsonNode second = api.as(admin)
                .post(
                        "/api/admin/teams",
                        Map.of("locationId", school.locationId(), "name", "Team Economie", "sector", "Economie"))
                .body();
        JsonNode first = team(
                api.as(admin)
                        .get("/api/admin/teams?location=" + school.locationId())
                        .body(),
                school.teamId());

        Response clash = api.as(admin)
                .put(
                        "/api/admin/teams/" + second.path("id").asLong(),
                        Map.of(
                                "name",
                                first.path("name").asText(),
                                "sector",
                                "Economie",
                                "version",
                                second.path("version").asLong()));
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.code()).isEqualTo("admin.team.name-taken");

        Response sameName = api.as(admin)
                .put(
                        "/api/admin/teams/" + second.path("id").asLong(),
                        Map.of(
                                "name",
                                "Team Economie",
                                "sector",
                                "Economie en handel",
                                "version",
                                second.path("version").asLong()));
        assertThat(sameName.status()).isEqualTo(200);
        assertThat(sameName.body().path("sector").asText()).isEqualTo("Economie en handel");

        Response stale = api.as(admin)
                .put(
                        "/api/admin/teams/" + second.path("id").asLong(),
                        Map.of(
                                "name",
                                "Team Handel",
                                "sector",
                                "Economie",
                                "version",
                                second.path("version").asLong()));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("admin.team.version-stale");
        assertThat(stale.body().path("currentVersion").asLong())
                .isEqualTo(sameName.body().path("version").asLong());

        Response unknown = api.as(admin)
                .put("/api/admin/teams/999999999", Map.of("name", "Team Nergens", "sector", "Economie", "version", 0));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("admin.team.not-found");
    }

    @Test
    void badInputIsA400WithTheFieldsThatFailed() {
        School school = fixtures.school();
        User admin = admin(school);

        Response location = api.as(admin)
                .post(
                        "/api/admin/locations",
                        Map.of("code", "met spatie", "name", "", "municipality", "x".repeat(101)));
        assertThat(location.status()).isEqualTo(400);
        assertThat(location.code()).isEqualTo("request.invalid");
        assertThat(location.body().path("errors").findValuesAsText("field")).contains("code", "name", "municipality");

        Response team = api.as(admin).post("/api/admin/teams", Map.of("locationId", -1, "name", " ", "sector", ""));
        assertThat(team.status()).isEqualTo(400);
        assertThat(team.body().path("errors").findValuesAsText("field")).contains("locationId", "name", "sector");

        Response noVersion =
                api.as(admin).put("/api/admin/teams/" + school.teamId(), Map.of("name", "Team", "sector", "Zorg"));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.body().path("errors").findValuesAsText("field")).contains("version");
    }

    @Test
    void everyOtherRoleIsRefusedWithAdminForbidden() {
        School school = fixtures.school();
        long provider = fixtures.provider(school, ProviderKind.WIJKTEAM, 0, 99);
        List<User> others = List.of(
                school.slb(),
                school.zorgcoordinator(),
                fixtures.professionalOf(provider),
                fixtures.user(Role.AUDITOR, Set.of(school.locationId()), null));
        for (User other : others) {
            for (Response refused : List.of(
                    api.as(other).post("/api/admin/locations", location(unique("X"), "Nee", "Utrecht")),
                    api.as(other)
                            .put(
                                    "/api/admin/locations/" + school.locationId(),
                                    Map.of("name", "Nee", "municipality", "Utrecht", "version", 0)),
                    api.as(other).get("/api/admin/teams?location=" + school.locationId()),
                    api.as(other)
                            .post(
                                    "/api/admin/teams",
                                    Map.of("locationId", school.locationId(), "name", "Nee", "sector", "Nee")),
                    api.as(other)
                            .put(
                                    "/api/admin/teams/" + school.teamId(),
                                    Map.of("name", "Nee", "sector", "Nee", "version", 0)))) {
                assertThat(refused.status()).as(other.username()).isEqualTo(403);
                assertThat(refused.code()).isEqualTo("admin.forbidden");
            }
        }
        User admin = admin(school);
        assertThat(administrationView(admin, school.locationId())
                        .path("version")
                        .asLong())
                .isZero();
        assertThat(team(
                                api.as(admin)
                                        .get("/api/admin/teams?location=" + school.locationId())
                                        .body(),
                                school.teamId())
                        .path("name")
                        .asText())
                .startsWith("Team ");
    }

    private JsonNode administrationView(User admin, long locationId) {
        return StreamSupport.stream(
                        api.as(admin).get("/api/admin/locations").body().spliterator(), false)
                .filter(found -> found.path("id").asLong() == locationId)
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode team(JsonNode teams, long teamId) {
        return StreamSupport.stream(teams.spliterator(), false)
                .filter(found -> found.path("id").asLong() == teamId)
                .findFirst()
                .orElseThrow();
    }
}
