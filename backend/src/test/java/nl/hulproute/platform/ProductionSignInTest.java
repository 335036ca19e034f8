package nl.hulproute.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.hulproute.people.NewUser;
import nl.hulproute.people.People;
import nl.hulproute.people.PeopleAdministration;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.Role;
import nl.hulproute.socialmap.ProviderKind;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.HulprouteTest;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code prod} profile against a real OpenID provider running in the test (mock-oauth2-server: discovery, keys,
 * authorize and token endpoints, signed tokens): bearer tokens on the API, the browser's sign-in with authorization
 * code and PKCE, users provisioned from the claims, and no password accepted anywhere.
 */
@HulprouteTest
@ActiveProfiles({"test", "prod"})
class ProductionSignInTest {

    private static final String ISSUER = "school";
    private static final String CLIENT_ID = "hulproute";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add(
                "hulproute.oidc.issuer-uri", () -> PROVIDER.issuerUrl(ISSUER).toString());
        registry.add("hulproute.oidc.client-id", () -> CLIENT_ID);
        registry.add("hulproute.oidc.client-secret", () -> "client-secret-of-the-test");
        // the test talks plain HTTP; production sends the session cookie over HTTPS only
        registry.add("server.servlet.session.cookie.secure", () -> "false");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @Autowired
    PeopleAdministration administration;

    @Autowired
    People people;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Api api;

    @Autowired
    ObjectMapper json;

    @Value("${local.server.port}")
    int port;

    @Test
    void aBearerTokenOfTheProviderSignsInAndProvisionsTheUserWithTheRolesAndLocationsOfItsClaims() {
        Location location = location();
        Person person = person();

        Reply me = get(
                "/api/me",
                bearer(token(
                        person,
                        Map.of(
                                "roles", List.of("ZORGCOORDINATOR", "STUDENT"),
                                "locations", List.of(location.code(), "NO-SUCH-CODE")))));

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("username").asText()).isEqualTo(person.username());
        assertThat(me.body().path("displayName").asText()).isEqualTo(person.name());
        assertThat(me.body().path("roles")).extracting(JsonNode::asText).containsExactly("ZORGCOORDINATOR");
        assertThat(me.body().path("locations")).hasSize(1);
        assertThat(me.body().path("locations").get(0).path("id").asLong()).isEqualTo(location.id());
        Actor provisioned = people.actor(person.username()).orElseThrow();
        assertThat(provisioned.id()).isEqualTo(me.body().path("id").asLong());
        assertThat(provisioned.roles()).containsExactly(Role.ZORGCOORDINATOR);
        assertThat(provisioned.locationIds()).containsExactly(location.id());
        assertThat(provisioned.providerId()).isNull();

        // the same token again: the same user, nothing created twice
        Reply again =
                get("/api/me", bearer(token(person, Map.of("roles", "ZORGCOORDINATOR", "locations", location.code()))));
        assertThat(again.body().path("id").asLong()).isEqualTo(provisioned.id());
    }

    @Test
    void aTokenWithChangedClaimsUpdatesTheUserAndOneWithoutARoleTakesAllAccessAway() {
        Location first = location();
        Location second = location();
        Person person = person();
        long id = get(
                        "/api/me",
                        bearer(token(person, Map.of("roles", List.of("SLB"), "locations", List.of(first.code())))))
                .body()
                .path("id")
                .asLong();

        Person renamed = new Person(person.subject(), "renamed-" + person.username(), "Sanne Verbeek-Jansen");
        Reply me = get(
                "/api/me",
                bearer(token(
                        renamed, Map.of("roles", "zorgcoordinator auditor", "locations", List.of(second.code())))));

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("id").asLong()).isEqualTo(id);
        assertThat(me.body().path("username").asText()).isEqualTo(renamed.username());
        assertThat(me.body().path("displayName").asText()).isEqualTo("Sanne Verbeek-Jansen");
        assertThat(me.body().path("roles"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("ZORGCOORDINATOR", "AUDITOR");
        assertThat(me.body().path("locations").get(0).path("id").asLong()).isEqualTo(second.id());
        assertThat(people.actor(person.username())).isEmpty();
        assertThat(people.actor(renamed.username()).orElseThrow().locationIds()).containsExactly(second.id());

        Reply noRole = get("/api/me", bearer(token(renamed, Map.of("roles", List.of("STUDENT")))));
        assertThat(noRole.status()).isEqualTo(403);
        assertThat(noRole.code()).isEqualTo("auth.no-role");
        assertThat(people.actor(renamed.username()).orElseThrow().roles()).isEmpty();
    }

    @Test
    void someoneWithoutAHulprouteRoleGetsNoAccountAndA403() {
        Person student = person();
        Reply me = get("/api/me", bearer(token(student, Map.of("roles", List.of("student", "member")))));
        assertThat(me.status()).isEqualTo(403);
        assertThat(me.contentType()).isEqualTo("application/problem+json");
        assertThat(me.code()).isEqualTo("auth.no-role");
        assertThat(people.actor(student.username())).isEmpty();

        assertThat(get("/api/me", bearer(token(person(), Map.of()))).status()).isEqualTo(403);
    }

    @Test
    void anAccountRegisteredInAdvanceIsTakenOnAtTheFirstSignInWithItsProviderAndAUsernameIsNeverTakenOver() {
        School school = fixtures.school();
        long provider = fixtures.provider(school, ProviderKind.GGZ, 12, 30);
        Person professional = person();
        long registered = administration.addUser(new NewUser(
                professional.username(),
                "Noor Koster",
                null,
                Set.of(Role.EXTERNAL_PROFESSIONAL),
                Set.of(),
                provider,
                null));

        Reply me = get("/api/me", bearer(token(professional, Map.of("roles", List.of("EXTERNAL_PROFESSIONAL")))));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("id").asLong()).isEqualTo(registered);
        assertThat(me.body().path("providerId").asLong()).isEqualTo(provider);

        Person impostor = new Person(UUID.randomUUID().toString(), professional.username(), "Someone Else");
        Reply taken = get("/api/me", bearer(token(impostor, Map.of("roles", List.of("ZORGCOORDINATOR")))));
        assertThat(taken.status()).isEqualTo(403);
        assertThat(people.actor(professional.username()).orElseThrow().roles())
                .containsExactly(Role.EXTERNAL_PROFESSIONAL);
    }

    @Test
    void anAdministratorRegistersWithoutAPasswordAndAUserTheyDisabledIsNotReEnabledBySigningInAgain() throws Exception {
        Location location = location();
        Person admin = person();
        Map<String, String> asAdmin = bearer(token(admin, Map.of("roles", List.of("ADMIN"))));
        Person person = person();
        Map<String, Object> registration = new HashMap<>(Map.of(
                "username",
                person.username(),
                "displayName",
                person.name(),
                "roles",
                List.of("SLB"),
                "locationIds",
                List.of(location.id()),
                "password",
                "een-wachtwoord"));

        Reply withPassword = send("POST", "/api/admin/users", asAdmin, registration);
        assertThat(withPassword.status()).isEqualTo(422);
        assertThat(withPassword.body().path("code").asText()).isEqualTo("admin.user.password-not-used");
        registration.remove("password");
        Reply registered = send("POST", "/api/admin/users", asAdmin, registration);
        assertThat(registered.status()).isEqualTo(201);
        long id = registered.body().path("id").asLong();

        Map<String, String> asPerson =
                bearer(token(person, Map.of("roles", List.of("SLB"), "locations", List.of(location.code()))));
        assertThat(get("/api/me", asPerson).body().path("id").asLong()).isEqualTo(id);
        JsonNode signedIn = send("GET", "/api/admin/users?q=" + person.username(), asAdmin, null)
                .body()
                .path("content")
                .get(0);
        assertThat(signedIn.path("signsInAtIdentityProvider").asBoolean()).isTrue();
        Reply disabled = send(
                "PUT",
                "/api/admin/users/" + id,
                asAdmin,
                Map.of(
                        "roles",
                        List.of("SLB"),
                        "locationIds",
                        List.of(location.id()),
                        "enabled",
                        false,
                        "version",
                        signedIn.path("version").asLong()));
        assertThat(disabled.status()).isEqualTo(200);

        Reply refused = get("/api/me", asPerson);
        assertThat(refused.status()).isIn(401, 403);
        JsonNode after = send("GET", "/api/admin/users?q=" + person.username(), asAdmin, null)
                .body()
                .path("content")
                .get(0);
        assertThat(after.path("enabled").asBoolean()).isFalse();
        assertThat(after.path("version").asLong())
                .isEqualTo(disabled.body().path("version").asLong());
        assertThat(people.actor(person.username())).isEmpty();
    }

    private Reply send(String method, String path, Map<String, String> headers, Object body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        headers.forEach(request::header);
        return send(HttpClient.newHttpClient(), request);
    }

    @Test
    void withoutAValidBearerTokenTheApiAnswers401WithAProblem() {
        Reply none = get("/api/me", Map.of());
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).isEqualTo("application/problem+json");
        assertThat(none.code()).isEqualTo("auth.unauthenticated");
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(none.body().path("signIn").asText()).isEqualTo("/oauth2/authorization/" + ISSUER);

        Person person = person();
        Map<String, Object> claims = claims(person, Map.of("roles", List.of("ZORGCOORDINATOR")));
        String otherIssuer = PROVIDER.issueToken("elsewhere", person.subject(), CLIENT_ID, claims)
                .serialize();
        String expired = PROVIDER.issueToken(ISSUER, person.subject(), CLIENT_ID, claims, -3600)
                .serialize();
        String otherAudience = PROVIDER.issueToken(ISSUER, person.subject(), "another-application", claims)
                .serialize();
        String valid =
                PROVIDER.issueToken(ISSUER, person.subject(), CLIENT_ID, claims).serialize();
        String tampered = valid.substring(0, valid.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        for (String token : List.of(otherIssuer, expired, otherAudience, tampered, "not-a-token")) {
            Reply refused = get("/api/me", bearer(token));
            assertThat(refused.status()).as(token).isEqualTo(401);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
            assertThat(refused.code()).isEqualTo("auth.invalid-token");
            assertThat(refused.header("WWW-Authenticate")).contains("invalid_token");
        }
        assertThat(people.actor(person.username())).isEmpty();
        assertThat(get("/api/me", bearer(valid)).status()).isEqualTo(200);
    }

    @Test
    void passwordsAreNotAcceptedInProductionEvenForAUserWithAPasswordHash() {
        School school = fixtures.school();
        Api.Response basic = api.as(school.zorgcoordinator()).get("/api/me");
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.code()).isEqualTo("auth.unauthenticated");

        Browser browser = new Browser();
        browser.get("/api/me"); // picks up the CSRF cookie
        Reply form = browser.send(browser.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Requested-With", "XMLHttpRequest")
                .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=" + school.zorgcoordinator().username() + "&password=" + Fixtures.PASSWORD)));
        assertThat(form.status()).isNotIn(200, 204);
        assertThat(browser.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void theBrowserSignsInAtTheProviderWithPkceAndGetsACsrfProtectedSession() {
        Location location = location();
        Person person = person();
        Browser browser = new Browser();

        Reply start = browser.get("/oauth2/authorization/" + ISSUER);
        assertThat(start.status()).isEqualTo(302);
        URI authorize = URI.create(start.header("Location"));
        assertThat(authorize.toString())
                .startsWith(PROVIDER.authorizationEndpointUrl(ISSUER).toString())
                .contains(
                        "client_id=" + CLIENT_ID,
                        "code_challenge=",
                        "code_challenge_method=S256",
                        "nonce=",
                        "scope=openid%20profile%20email");

        // the provider signs the person in without asking (non-interactive) and sends the browser back with a code
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(
                ISSUER,
                person.subject(),
                "JWT",
                null,
                claims(person, Map.of("roles", List.of("ZORGCOORDINATOR"), "locations", List.of(location.code()))),
                3600));
        Reply provider = browser.get(authorize);
        assertThat(provider.status()).isEqualTo(302);
        URI callback = URI.create(provider.header("Location"));
        assertThat(callback.getPath()).isEqualTo("/login/oauth2/code/" + ISSUER);

        Reply signedIn = browser.get(callback);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).doesNotContain("error");

        Reply me = browser.get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("username").asText()).isEqualTo(person.username());
        assertThat(me.body().path("roles")).extracting(JsonNode::asText).containsExactly("ZORGCOORDINATOR");
        assertThat(me.body().path("locations").get(0).path("id").asLong()).isEqualTo(location.id());

        // the session is a cookie session: a change without the CSRF token is refused, with it signing out works
        Reply forged = browser.send(browser.request("/logout")
                .header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(browser.get("/api/me").status()).isEqualTo(200);
        Reply signOut = browser.send(browser.request("/logout")
                .header("X-Requested-With", "XMLHttpRequest")
                .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(signOut.status()).isEqualTo(204);
        assertThat(browser.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void signingOutOfABrowserSessionWithoutTheWebAppContinuesAtTheProvider() {
        Person person = person();
        Browser browser = new Browser();
        URI authorize =
                URI.create(browser.get("/oauth2/authorization/" + ISSUER).header("Location"));
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(
                ISSUER, person.subject(), "JWT", null, claims(person, Map.of("roles", List.of("SLB"))), 3600));
        browser.get(URI.create(browser.get(authorize).header("Location")));
        Reply page = browser.get("/api/me");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy"))
                .contains("form-action 'self' " + PROVIDER.baseUrl().toString().replaceAll("/$", ""));

        Reply signOut = browser.send(browser.request("/logout")
                .header("Accept", "text/html")
                .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(signOut.status()).isEqualTo(302);
        assertThat(signOut.header("Location"))
                .startsWith(PROVIDER.issuerUrl(ISSUER) + "/endsession")
                .contains("id_token_hint=", "post_logout_redirect_uri=http://localhost:" + port + "/");
        assertThat(browser.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void aBrowserSignInWithoutAHulprouteRoleFails() {
        Person student = person();
        Browser browser = new Browser();
        URI authorize =
                URI.create(browser.get("/oauth2/authorization/" + ISSUER).header("Location"));
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(
                ISSUER, student.subject(), "JWT", null, claims(student, Map.of("roles", List.of("STUDENT"))), 3600));
        URI callback = URI.create(browser.get(authorize).header("Location"));

        Reply signedIn = browser.get(callback);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).endsWith("/login?error");
        assertThat(browser.get("/api/me").status()).isEqualTo(401);
        assertThat(people.actor(student.username())).isEmpty();
    }

    // --- the people, the provider's tokens and a browser ----------------------------------------------------------

    private record Location(long id, String code) {}

    private record Person(String subject, String username, String name) {}

    private record Reply(int status, JsonNode body, HttpHeadersView headers) {
        String code() {
            return body.path("code").asText();
        }

        String contentType() {
            return header("Content-Type");
        }

        String header(String name) {
            return headers.first(name);
        }
    }

    private record HttpHeadersView(HttpHeaders headers) {
        String first(String name) {
            return headers.firstValue(name).orElse("");
        }
    }

    private Location location() {
        String code = "O" + UUID.randomUUID().toString().substring(0, 8) + SEQUENCE.incrementAndGet();
        return new Location(administration.addLocation(code, "Locatie " + code, "Gemeente " + code), code);
    }

    private static Person person() {
        String subject = UUID.randomUUID().toString();
        return new Person(subject, "oidc-" + subject.substring(0, 8) + "@school.example", "Sanne Verbeek");
    }

    private static Map<String, Object> claims(Person person, Map<String, Object> more) {
        Map<String, Object> claims = new HashMap<>(more);
        claims.put("preferred_username", person.username());
        claims.put("name", person.name());
        return claims;
    }

    private static String token(Person person, Map<String, Object> claims) {
        return PROVIDER.issueToken(ISSUER, person.subject(), CLIENT_ID, claims(person, claims))
                .serialize();
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private Reply get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json, application/problem+json");
        headers.forEach(request::header);
        return send(HttpClient.newHttpClient(), request);
    }

    private Reply send(HttpClient client, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty()
                            || !response.headers()
                                    .firstValue("Content-Type")
                                    .orElse("")
                                    .contains("json")
                    ? MissingNode.getInstance()
                    : json.readTree(response.body());
            return new Reply(response.statusCode(), body, new HttpHeadersView(response.headers()));
        } catch (IOException e) {
            throw new IllegalStateException("request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A browser as far as sign-in goes: it keeps cookies and follows no redirect by itself. */
    private final class Browser {
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();

        Reply get(String path) {
            return send(request(path).GET());
        }

        Reply get(URI uri) {
            return send(
                    HttpRequest.newBuilder(uri).header("Accept", "text/html").GET());
        }

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "application/json, application/problem+json");
        }

        Reply send(HttpRequest.Builder request) {
            return ProductionSignInTest.this.send(client, request);
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals(name))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no cookie " + name));
        }
    }
}
