package nl.hulproute.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import nl.hulproute.shared.Role;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Bad input of every kind, on every endpoint, gets a 4xx problem (application/problem+json with a code): never a
 * 500, never a stack trace or an echo of what was sent.
 */
@HulprouteTest
class NoServerErrorsApiTest {

    private static final String SECRET = "GEHEIM-ZZZ";

    private static final List<String> READS = List.of(
            "/api/me",
            "/api/students",
            "/api/signals",
            "/api/cases",
            "/api/cases/counts",
            "/api/caseload/dashboard",
            "/api/providers",
            "/api/lifecycle",
            "/api/staff",
            "/api/cases/1",
            "/api/cases/1/history",
            "/api/cases/1/consents",
            "/api/cases/1/signals",
            "/api/admin/users",
            "/api/admin/locations",
            "/api/admin/users/1",
            "/api/admin/providers",
            "/api/admin/teams",
            "/api/admin/settings",
            "/api/agreements/1",
            "/api/agreements/1/revisions",
            "/api/agreements/1/evaluations",
            "/api/students/1/agreements",
            "/api/students/1/measures",
            "/api/compliance/evaluations",
            "/api/compliance/evaluations/overdue",
            "/api/compliance/evaluations/trend",
            "/api/agreements/evaluations-due",
            "/api/waiting-list",
            "/api/waiting-list/overview");

    private static final List<String> QUERIES = List.of(
            "?page=-1",
            "?page=99999999999",
            "?page=2147483647&size=100",
            "?size=0",
            "?size=abc",
            "?sort=SIDEWAYS",
            "?state=" + SECRET,
            "?owner=" + SECRET,
            "?owner=-5",
            "?location=0",
            "?urgency=HIGH",
            "?q=%25%25%25",
            "?q=" + "x".repeat(300),
            "?age=-1",
            "?municipality=",
            "?raisedBy=" + SECRET,
            "?location=abc&role=SLB",
            "?location=1&role=KING",
            "?asOf=2025-02-30",
            "?asOf=+99999-01-01",
            "?asOf=1899-12-31",
            "?groupBy=" + SECRET,
            "?months=99999999999",
            "?weeks=-1",
            "?group=" + "x".repeat(300),
            "?format=xml");

    private static final List<String> WRITES = List.of(
            "/api/signals",
            "/api/cases/1/events/START_TRIAGE",
            "/api/cases/1/events/" + SECRET,
            "/api/cases/1/consents",
            "/api/cases/99999999999999999999/events/CLOSE",
            "/api/cases/0/events/CLOSE",
            "/api/cases/0x1/events/CLOSE",
            "/api/cases/+1/consents",
            "/api/students/1/break-glass",
            "/api/cases/1/notes",
            "/api/cases/1/consents/1/withdrawal",
            "/api/cases/1/notes/1/correction",
            "/api/cases/1/signals/1/correction",
            "/api/cases/1/notes/-1/correction",
            "/api/cases/1/signals/" + SECRET + "/correction",
            "/api/admin/users",
            "/api/admin/providers",
            "/api/admin/locations",
            "/api/admin/teams",
            "/api/students/1/agreements",
            "/api/agreements/1/acceptance",
            "/api/agreements/1/end",
            "/api/agreements/1/evaluations",
            "/api/agreements/" + SECRET + "/end",
            "/api/agreements/carry-over");

    /** Administration changes records in place. */
    private static final List<String> CHANGES = List.of(
            "/api/admin/users/1",
            "/api/admin/users/0",
            "/api/admin/users/99999999999999999999",
            "/api/admin/users/" + SECRET,
            "/api/admin/providers/1",
            "/api/admin/providers/0",
            "/api/admin/locations/1",
            "/api/admin/locations/0",
            "/api/admin/locations/" + SECRET,
            "/api/admin/teams/1",
            "/api/admin/teams/99999999999999999999",
            "/api/agreements/1",
            "/api/agreements/0",
            "/api/agreements/99999999999999999999");

    private static final List<String> BODIES = List.of(
            "",
            "{",
            "[]",
            "null",
            "\"" + SECRET + "\"",
            "{\"version\": \"" + SECRET + "\"}",
            "{\"version\": 1e400}",
            "{\"version\": 1, \"version\": 2}",
            "{\"name\": \"" + SECRET + "\", \"name\": \"x\"}",
            "{\"version\": 99999999999999999999999}",
            "{\"version\": 1, \"" + SECRET + "\": 1}",
            "{\"studentId\": -1, \"lifeDomains\": [null], \"urgency\": \"" + SECRET
                    + "\", \"observation\": \"\", \"discussedWithStudent\": null}",
            "{\"studentId\": 1, \"lifeDomains\": [\"HOUSING\"], \"urgency\": \"NORMAL\", \"observation\": \""
                    + "x".repeat(5000) + "\", \"discussedWithStudent\": true}",
            "{\"givenBy\": \"NEIGHBOUR\", \"providerId\": 1, \"validUntil\": \"2026-02-30\"}",
            "{\"givenBy\": \"STUDENT\", \"providerId\": 1, \"validUntil\": \"+99999-01-01\"}",
            "{\"version\": 1, \"checkInDate\": \"9999-12-31\", \"firstContactDate\": \"0001-01-01\"}",
            "{\"version\": 1, \"bridging\": {\"contactUserId\": null, \"contactEveryDays\": 0}}",
            "{\"version\": 1, \"outcome\": \"" + SECRET + "\"}",
            "{\"version\": -1, \"text\": \"" + SECRET + "\", \"reason\": \"" + "x".repeat(600) + "\"}",
            "{\"version\": 0, \"text\": \"" + SECRET + "\", \"reason\": \"" + SECRET + "\"}",
            "{\"username\": \"" + SECRET + " \", \"displayName\": \"x\", \"roles\": [\"KING\"], \"locationIds\": [-1]}",
            "{\"username\": \"u\", \"displayName\": \"" + "x".repeat(5000)
                    + "\", \"roles\": [null], \"locationIds\": null}",
            "{\"roles\": [\"SLB\"], \"locationIds\": [99999999999], \"enabled\": \"maybe\", \"version\": -1}",
            "{\"name\": \"x\", \"kind\": \"" + SECRET
                    + "\", \"minAge\": 30, \"maxAge\": 2, \"municipalities\": [null, \"\"]}",
            "{\"name\": \"x\", \"kind\": \"GGZ\", \"minAge\": 30, \"maxAge\": 2, \"municipalities\": [\"A\"], \"enabled\": true, \"version\": 0}",
            "{\"code\": \"" + SECRET + "\", \"name\": \"" + "x".repeat(300) + "\", \"municipality\": null}",
            "{\"locationId\": 99999999999, \"name\": \"" + SECRET + "\", \"sector\": \"x\", \"version\": 0}",
            "{\"needInOwnWords\": \"" + SECRET + "\", \"measures\": [{\"kind\": \"" + SECRET
                    + "\", \"description\": \"\", \"appliesDuringInternship\": null}]}",
            "{\"version\": 0, \"needInOwnWords\": \"x\", \"measures\": [null]}",
            "{\"acceptedOn\": \"2026-02-30\", \"acceptedBy\": \"" + SECRET + "\", \"how\": \"x\"}",
            "{\"acceptedOn\": \"+99999-01-01\", \"acceptedBy\": \"STUDENT\", \"how\": \"x\"}",
            "{\"endedOn\": \"0001-01-01\", \"reason\": \"" + "x".repeat(600) + "\"}",
            "{\"heldOn\": \"2020-01-01\", \"studentPresent\": true, \"participants\": [\"a\\nb\"], \"outcomes\": [{\"measureId\": -1, \"verdict\": \""
                    + SECRET + "\"}], \"nextDueOn\": \"9999-12-31\"}",
            "{\"roles\": [\"EXTERNAL_PROFESSIONAL\"], \"locationIds\": [], \"providerId\": 99999999999, \"enabled\": true, \"version\": 0}");

    @Autowired
    Fixtures fixtures;

    @Autowired
    Environment environment;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void noBadRequestEverCausesAServerErrorOrEchoesWhatWasSent() throws Exception {
        School school = fixtures.school();
        fixtures.student(school, 17);
        List<String> failures = new ArrayList<>();
        Fixtures.User admin = fixtures.user(Role.ADMIN, Set.of(), null);
        for (Fixtures.User user : List.of(school.zorgcoordinator(), school.slb(), admin)) {
            for (String path : READS) {
                for (String query : QUERIES) {
                    check(failures, user, "GET", path + query, null, "application/json");
                }
                check(failures, user, "GET", path, null, "text/html");
                check(failures, user, "DELETE", path, null, "application/json");
            }
            for (String path : WRITES) {
                for (String body : BODIES) {
                    check(failures, user, "POST", path, body, "application/json");
                }
                check(failures, user, "PUT", path, "{}", "application/json");
            }
            for (String path : CHANGES) {
                for (String body : BODIES) {
                    check(failures, user, "PUT", path, body, "application/json");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private boolean isProblemWithCode(HttpResponse<String> response) {
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return false;
        }
        try {
            return !json.readTree(response.body()).path("code").asText().isBlank();
        } catch (IOException e) {
            return false;
        }
    }

    private void check(
            List<String> failures, Fixtures.User user, String method, String path, String body, String accept)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + environment.getRequiredProperty("local.server.port") + path))
                .header("Accept", accept)
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user.username() + ":" + Fixtures.PASSWORD)
                                                .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String where = method + " " + path.substring(0, Math.min(path.length(), 90)) + " as " + user.username()
                + (body == null ? "" : " body " + body.substring(0, Math.min(body.length(), 60)));
        // `instance` is the request's own path, as RFC 9457 has it; everything else must not repeat the input
        String answer = response.body().replaceAll("\"instance\":\"[^\"]*\"", "");
        if (response.statusCode() >= 500) {
            failures.add(response.statusCode() + " " + where);
        } else if (response.statusCode() >= 400 && !isProblemWithCode(response)) {
            failures.add("not a problem with a code: " + response.statusCode() + " "
                    + response.headers().firstValue("Content-Type").orElse("(no type)") + " " + where);
        } else if (answer.contains(SECRET) || answer.contains("Exception") || answer.contains("at nl.")) {
            failures.add("echo/leak " + where + ": "
                    + response.body().substring(0, Math.min(200, response.body().length())));
        }
    }
}
