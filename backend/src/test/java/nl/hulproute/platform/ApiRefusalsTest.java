package nl.hulproute.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every 4xx under /api/ is a problem with a code, also when the firewall or Tomcat refuses the request before
 * Spring MVC sees it; and someone who is not signed in gets 401, whatever else is wrong with the request.
 * Requests are written byte for byte on a socket, so no client library tidies the address first.
 */
@HulprouteTest
class ApiRefusalsTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Api api;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void addressesTheFirewallOrTomcatRefuseAreAnsweredWithAProblem() throws IOException {
        Fixtures.User zc = fixtures.school().zorgcoordinator();
        List<String> refused = List.of(
                "/api/cases;jsessionid=0123456789ABCDEF", // firewall: path parameter
                "/api/cases/../me", // firewall: traversal
                "/api/cases/%2e%2e/me", // firewall: encoded traversal
                "/api/cases/%251", // firewall: encoded percent
                "/api/cases%2F1", // Tomcat: encoded slash
                "/api/cases/1%00", // Tomcat: encoded NUL
                "/api/cases?q=" + "x".repeat(20_000)); // Tomcat: request line too large
        for (String path : refused) {
            RawResponse response = raw("GET", path, zc);
            String what = path.substring(0, Math.min(path.length(), 40));
            assertThat(response.status()).as(what).isEqualTo(400);
            assertThat(response.header("content-type")).as(what).startsWith("application/problem+json");
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.path("code").asText()).as(what).isEqualTo("request.rejected");
            assertThat(problem.path("status").asInt()).as(what).isEqualTo(400);
            assertThat(problem.path("detail").asText()).as(what).isNotBlank();
        }
    }

    @Test
    void pagesRefusedByTomcatKeepTheContainersOwnAnswer() throws IOException {
        RawResponse page = raw("GET", "/casussen%2F1", null);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.header("content-type")).startsWith("text/html");
    }

    @Test
    void theApiRootIsAnAddressWithNothingThere() throws IOException {
        Fixtures.User zc = fixtures.school().zorgcoordinator();
        for (String root : List.of("/api", "/api/")) {
            Api.Response signedIn = api.as(zc).get(root);
            assertThat(signedIn.status()).as(root).isEqualTo(404);
            assertThat(signedIn.contentType()).as(root).startsWith("application/problem+json");
            assertThat(signedIn.code()).as(root).isEqualTo("not-found");
            assertThat(api.anonymous().get(root).status()).as(root).isEqualTo(401);
        }
    }

    @Test
    void anAnonymousWriteWithoutACsrfTokenIs401AndASessionWithoutOneIs403() throws Exception {
        Api.Response anonymous = api.anonymous().post("/api/signals", Map.of());
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.code()).isEqualTo("auth.unauthenticated");
        Api.Response anonymousDuplicate =
                api.anonymous().postRaw("/api/cases/1/events/START_TRIAGE", "{\"version\":1,\"version\":2}");
        assertThat(anonymousDuplicate.status()).isEqualTo(401);

        // a browser session: signed in through the login form with the CSRF token, then a write without it
        Fixtures.User zc = fixtures.school().zorgcoordinator();
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        browser.send(HttpRequest.newBuilder(uri("/api/me")).build(), HttpResponse.BodyHandlers.discarding());
        String token = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
        HttpResponse<String> signIn = browser.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .header("X-XSRF-TOKEN", token)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + zc.username() + "&password=" + Fixtures.PASSWORD))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(204);

        HttpResponse<String> withoutToken = browser.send(
                HttpRequest.newBuilder(uri("/api/signals"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(json.readTree(withoutToken.body()).path("code").asText()).isEqualTo("auth.csrf-token-missing");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    record RawResponse(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    /** One HTTP/1.1 request exactly as given, read to the end (the connection closes). */
    private RawResponse raw(String method, String path, Fixtures.User user) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder()
                    .append(method)
                    .append(' ')
                    .append(path)
                    .append(" HTTP/1.1\r\n")
                    .append("Host: localhost:")
                    .append(port)
                    .append("\r\n")
                    .append("Accept: application/json\r\n")
                    .append("Connection: close\r\n");
            if (user != null) {
                request.append("Authorization: Basic ")
                        .append(Base64.getEncoder()
                                .encodeToString(
                                        (user.username() + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    private static RawResponse parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, headEnd).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).strip());
        }
        byte[] body = text.substring(headEnd + 4).getBytes(StandardCharsets.ISO_8859_1);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(new java.io.ByteArrayInputStream(body));
        }
        return new RawResponse(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            StringBuilder sizeLine = new StringBuilder();
            for (int c = in.read(); c != '\n' && c != -1; c = in.read()) {
                sizeLine.append((char) c);
            }
            int size = Integer.parseInt(sizeLine.toString().strip().split(";")[0], 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(size));
            in.readNBytes(2); // CRLF after the chunk
        }
    }
}
