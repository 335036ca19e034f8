package nl.hulproute.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
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

/** The functioneel beheerder's users: register, find, change, (de)activate; and the rules that keep the school safe. */
@HulprouteTest
class UserAdministrationApiTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    private User admin(School school) {
        return fixtures.user(Role.ADMIN, Set.of(school.locationId()), null);
    }

    private Map<String, Object> newUser(String username, Set<String> roles, Set<Long> locations, Long providerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "Eva Brink");
        body.put("roles", roles);
        body.put("locationIds", locations);
        body.put("providerId", providerId);
        body.put("password", "een-wachtwoord");
        return body;
    }

    private static Map<String, Object> change(JsonNode user, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>();
        body.put(
                "roles",
                StreamSupport.stream(user.path("roles").spliterator(), false)
                        .map(JsonNode::asText)
                        .toList());
        body.put(
                "locationIds",
                StreamSupport.stream(user.path("locationIds").spliterator(), false)
                        .map(JsonNode::asLong)
                        .toList());
        body.put(
                "providerId",
                user.path("providerId").isNull()
                        ? null
                        : user.path("providerId").asLong());
        body.put("enabled", user.path("enabled").asBoolean());
        body.put("version", user.path("version").asLong());
        body.putAll(changes);
        return body;
    }

    private static String unique(String prefix) {
        return prefix + "-" + System.nanoTime();
    }

    @Test
    void anAdminRegistersAUserWhoCanThenSignInWithTheirRolesAndLocations() {
        School school = fixtures.school();
        User admin = admin(school);
        String username = unique("nieuw");

        Response created = api.as(admin)
                .post(
                        "/api/admin/users",
                        newUser(username, Set.of("ZORGCOORDINATOR"), Set.of(school.locationId()), null));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location())
                .hasValue("/api/admin/users/" + created.body().path("id").asLong());
        assertThat(created.body().path("enabled").asBoolean()).isTrue();
        assertThat(created.body().has("password")).isFalse();
        Response me = api.as(username, "een-wachtwoord").get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("roles").get(0).asText()).isEqualTo("ZORGCOORDINATOR");
        assertThat(me.body().path("locations").get(0).path("id").asLong()).isEqualTo(school.locationId());
    }

    @Test
    void usersAreFoundByPartOfTheirNameOrUsernameAndFilteredByRoleAndLocation() {
        School school = fixtures.school();
        School other = fixtures.school();
        User admin = admin(school);
        String tag = unique("zoek");
        long zc = api.as(admin)
                .post(
                        "/api/admin/users",
                        newUser(tag + "-zc", Set.of("ZORGCOORDINATOR"), Set.of(school.locationId()), null))
                .body()
                .path("id")
                .asLong();
        long slb = api.as(admin)
                .post("/api/admin/users", newUser(tag + "-slb", Set.of("SLB"), Set.of(other.locationId()), null))
                .body()
                .path("id")
                .asLong();

        assertThat(ids(api.as(admin).get("/api/admin/users?q=" + tag.toUpperCase())))
                .containsExactlyInAnyOrder(zc, slb);
        assertThat(ids(api.as(admin).get("/api/admin/users?q=" + tag + "&role=SLB")))
                .containsExactly(slb);
        assertThat(ids(api.as(admin).get("/api/admin/users?q=" + tag + "&location=" + school.locationId())))
                .containsExactly(zc);
        assertThat(ids(api.as(admin).get("/api/admin/users?location=" + other.locationId())))
                .contains(slb, other.zorgcoordinator().id(), other.slb().id())
                .doesNotContain(zc);
        // what is typed is text: % and _ match only themselves
        assertThat(ids(api.as(admin).get("/api/admin/users?q=" + tag.replace('-', '_'))))
                .isEmpty();
        assertThat(ids(api.as(admin).get("/api/admin/users?q=" + tag.substring(0, 2) + "%25" + tag.substring(3))))
                .isEmpty();
        Response firstPage = api.as(admin).get("/api/admin/users?q=" + tag + "&size=1");
        assertThat(firstPage.body().path("totalElements").asLong()).isEqualTo(2);
        assertThat(firstPage.body().path("content").size()).isEqualTo(1);
    }

    @Test
    void anExternalProfessionalNeedsAProviderAndNobodyElseHasOne() {
        School school = fixtures.school();
        User admin = admin(school);
        long provider = fixtures.provider(school, ProviderKind.GGZ, 12, 30);

        Response without = api.as(admin)
                .post("/api/admin/users", newUser(unique("ext"), Set.of("EXTERNAL_PROFESSIONAL"), Set.of(), null));
        assertThat(without.status()).isEqualTo(422);
        assertThat(without.code()).isEqualTo("admin.user.provider-required");

        Response zcWithProvider = api.as(admin)
                .post(
                        "/api/admin/users",
                        newUser(unique("zc"), Set.of("ZORGCOORDINATOR"), Set.of(school.locationId()), provider));
        assertThat(zcWithProvider.status()).isEqualTo(422);
        assertThat(zcWithProvider.code()).isEqualTo("admin.user.provider-not-allowed");

        Response unknownProvider = api.as(admin)
                .post(
                        "/api/admin/users",
                        newUser(unique("ext"), Set.of("EXTERNAL_PROFESSIONAL"), Set.of(), 999_999_999L));
        assertThat(unknownProvider.status()).isEqualTo(422);
        assertThat(unknownProvider.code()).isEqualTo("admin.user.provider-unknown");

        Response professional = api.as(admin)
                .post("/api/admin/users", newUser(unique("ext"), Set.of("EXTERNAL_PROFESSIONAL"), Set.of(), provider));
        assertThat(professional.status()).isEqualTo(201);
        assertThat(professional.body().path("providerId").asLong()).isEqualTo(provider);

        Response becomesZc = api.as(admin)
                .put(
                        "/api/admin/users/" + professional.body().path("id").asLong(),
                        change(
                                professional.body(),
                                Map.of(
                                        "roles",
                                        List.of("ZORGCOORDINATOR"),
                                        "locationIds",
                                        List.of(school.locationId()))));
        assertThat(becomesZc.status()).isEqualTo(422);
        assertThat(becomesZc.code()).isEqualTo("admin.user.provider-not-allowed");
    }

    @Test
    void zorgcoordinatorsAndSlbersWorkAtALocationThatExists() {
        School school = fixtures.school();
        User admin = admin(school);
        for (String role : List.of("ZORGCOORDINATOR", "SLB")) {
            Response nowhere =
                    api.as(admin).post("/api/admin/users", newUser(unique("u"), Set.of(role), Set.of(), null));
            assertThat(nowhere.status()).isEqualTo(422);
            assertThat(nowhere.code()).isEqualTo("admin.user.location-required");
        }
        Response unknown = api.as(admin)
                .post(
                        "/api/admin/users",
                        newUser(unique("u"), Set.of("SLB"), Set.of(school.locationId(), 999_999_999L), null));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.code()).isEqualTo("admin.user.location-unknown");

        Response auditor =
                api.as(admin).post("/api/admin/users", newUser(unique("u"), Set.of("AUDITOR"), Set.of(), null));
        assertThat(auditor.status()).isEqualTo(201);

        JsonNode slb = api.as(admin)
                .get("/api/admin/users?q=" + school.slb().username())
                .body()
                .path("content")
                .get(0);
        Response removed = api.as(admin)
                .put("/api/admin/users/" + slb.path("id").asLong(), change(slb, Map.of("locationIds", List.of())));
        assertThat(removed.status()).isEqualTo(422);
        assertThat(removed.code()).isEqualTo("admin.user.location-required");
    }

    @Test
    void aUsernameIsTakenOnlyOnce() {
        School school = fixtures.school();
        User admin = admin(school);
        Response taken = api.as(admin)
                .post(
                        "/api/admin/users",
                        newUser(school.slb().username(), Set.of("SLB"), Set.of(school.locationId()), null));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("admin.user.username-taken");
    }

    @Test
    void badInputIsA400WithTheFieldsThatFailed() {
        School school = fixtures.school();
        Response bad = api.as(admin(school))
                .post(
                        "/api/admin/users",
                        Map.of(
                                "username",
                                "met spatie",
                                "displayName",
                                "",
                                "roles",
                                List.of(),
                                "locationIds",
                                List.of()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("request.invalid");
        assertThat(bad.body().path("errors").findValuesAsText("field")).contains("username", "displayName", "roles");
    }

    @Test
    void aChangeOnAStaleVersionIsA409AndTheCurrentVersionIsTold() {
        School school = fixtures.school();
        User admin = admin(school);
        User otherAdmin = admin(school);
        JsonNode slb = api.as(admin)
                .get("/api/admin/users?q=" + school.slb().username())
                .body()
                .path("content")
                .get(0);

        Response first = api.as(admin)
                .put(
                        "/api/admin/users/" + slb.path("id").asLong(),
                        change(slb, Map.of("roles", List.of("SLB", "ZORGCOORDINATOR"))));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().path("roles")).hasSize(2);
        assertThat(first.body().path("version").asLong())
                .isGreaterThan(slb.path("version").asLong());

        Response stale = api.as(otherAdmin)
                .put("/api/admin/users/" + slb.path("id").asLong(), change(slb, Map.of("enabled", false)));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("admin.user.version-stale");
        assertThat(stale.body().path("currentVersion").asLong())
                .isEqualTo(first.body().path("version").asLong());
        assertThat(api.as(school.slb()).get("/api/me").body().path("roles")).hasSize(2);

        Response unknown = api.as(admin).put("/api/admin/users/999999999", change(slb, Map.of()));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("admin.user.not-found");
        Response one = api.as(admin).get("/api/admin/users/" + slb.path("id").asLong());
        assertThat(one.body().path("version").asLong())
                .isEqualTo(first.body().path("version").asLong());
        assertThat(api.as(admin).get("/api/admin/users/999999999").code()).isEqualTo("admin.user.not-found");
    }

    @Test
    void anAdminCannotDisableThemselvesNorGiveUpTheirOwnAdminRole() {
        School school = fixtures.school();
        User admin = admin(school);
        JsonNode me = api.as(admin)
                .get("/api/admin/users?q=" + admin.username())
                .body()
                .path("content")
                .get(0);

        Response disabled = api.as(admin).put("/api/admin/users/" + admin.id(), change(me, Map.of("enabled", false)));
        assertThat(disabled.status()).isEqualTo(422);
        assertThat(disabled.code()).isEqualTo("admin.user.self-lockout");
        Response demoted =
                api.as(admin).put("/api/admin/users/" + admin.id(), change(me, Map.of("roles", List.of("AUDITOR"))));
        assertThat(demoted.status()).isEqualTo(422);
        assertThat(demoted.code()).isEqualTo("admin.user.self-lockout");
        assertThat(api.as(admin).get("/api/admin/users").status()).isEqualTo(200);

        Response anotherAdminMay =
                api.as(admin(school)).put("/api/admin/users/" + admin.id(), change(me, Map.of("enabled", false)));
        assertThat(anotherAdminMay.status()).isEqualTo(200);
    }

    @Test
    void aDisabledUserCanNoLongerSignInWithBasicOrTheLoginPageUntilEnabledAgain() {
        School school = fixtures.school();
        User admin = admin(school);
        User slb = school.slb();
        assertThat(formSignIn(slb.username())).isEqualTo(204);
        JsonNode user = api.as(admin)
                .get("/api/admin/users?q=" + slb.username())
                .body()
                .path("content")
                .get(0);

        Response disabled = api.as(admin).put("/api/admin/users/" + slb.id(), change(user, Map.of("enabled", false)));
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.body().path("enabled").asBoolean()).isFalse();

        Response basic = api.as(slb).get("/api/me");
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.code()).isEqualTo("auth.unauthenticated");
        assertThat(formSignIn(slb.username())).isEqualTo(401);

        Response enabled =
                api.as(admin).put("/api/admin/users/" + slb.id(), change(disabled.body(), Map.of("enabled", true)));
        assertThat(enabled.status()).isEqualTo(200);
        assertThat(api.as(slb).get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void aSignedInSessionFollowsAChangeOfRolesAndADisabledAccountAtOnce() {
        School school = fixtures.school();
        User admin = admin(school);
        User slb = school.slb();
        Api.Session browser = api.signIn(slb.username());
        assertThat(browser.signInStatus()).isEqualTo(204);
        assertThat(browser.get("/api/me").body().path("roles").toString()).isEqualTo("[\"SLB\"]");
        JsonNode user = api.as(admin)
                .get("/api/admin/users?q=" + slb.username())
                .body()
                .path("content")
                .get(0);

        Response promoted = api.as(admin)
                .put("/api/admin/users/" + slb.id(), change(user, Map.of("roles", List.of("SLB", "ZORGCOORDINATOR"))));
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(browser.get("/api/me").body().path("roles").toString()).contains("ZORGCOORDINATOR");

        Response disabled =
                api.as(admin).put("/api/admin/users/" + slb.id(), change(promoted.body(), Map.of("enabled", false)));
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(browser.get("/api/me").status()).isEqualTo(401);
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
                    api.as(other).get("/api/admin/users"),
                    api.as(other).get("/api/admin/locations"),
                    api.as(other).get("/api/admin/users/" + other.id()),
                    api.as(other).post("/api/admin/users", newUser(unique("u"), Set.of("AUDITOR"), Set.of(), null)),
                    api.as(other)
                            .put(
                                    "/api/admin/users/" + other.id(),
                                    Map.of(
                                            "roles",
                                            List.of("ADMIN"),
                                            "locationIds",
                                            List.of(),
                                            "enabled",
                                            true,
                                            "version",
                                            0)))) {
                assertThat(refused.status()).as(other.username()).isEqualTo(403);
                assertThat(refused.code()).isEqualTo("admin.forbidden");
            }
        }
        assertThat(api.as(school.slb())
                        .get("/api/me")
                        .body()
                        .path("roles")
                        .get(0)
                        .asText())
                .isEqualTo("SLB");
    }

    /** Signs in on the login page as the web app does: CSRF cookie and header, form fields, an XHR. */
    private int formSignIn(String username) {
        return api.signIn(username).signInStatus();
    }

    private static List<Long> ids(Response page) {
        assertThat(page.status()).isEqualTo(200);
        return StreamSupport.stream(page.body().path("content").spliterator(), false)
                .map(user -> user.path("id").asLong())
                .toList();
    }
}
