package nl.hulproute.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

/** Talks to the running application over real HTTP, signed in with HTTP Basic as a fixture user. */
@TestComponent
public class Api {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json;
    private final Environment environment;

    Api(ObjectMapper json, Environment environment) {
        this.json = json;
        this.environment = environment;
    }

    /** A response: the status, the JSON body (a missing node when empty) and the Location header. */
    public record Response(int status, JsonNode body, Optional<String> location, String contentType) {
        public String code() {
            return body.path("code").asText();
        }
    }

    public As as(Fixtures.User user) {
        return new As(user.username(), Fixtures.PASSWORD);
    }

    public As as(String username, String password) {
        return new As(username, password);
    }

    public As anonymous() {
        return new As(null, null);
    }

    /** Signs in on the login page as the web app does; see {@link Session}. */
    public Session signIn(String username) {
        return new Session(username);
    }

    /**
     * A browser's session, signed in on the login page as the web app does (CSRF cookie and header, form fields, an
     * XHR); its requests carry the session cookie, not a password, so the server keeps its actor (ADR 20).
     */
    public final class Session {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client =
                HttpClient.newBuilder().cookieHandler(cookies).build();
        private final int signInStatus;

        private Session(String username) {
            send(
                    client,
                    HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).GET());
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8);
            signInStatus = send(
                            client,
                            HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .header("X-Requested-With", "XMLHttpRequest")
                                    .header("X-XSRF-TOKEN", xsrfToken())
                                    .POST(HttpRequest.BodyPublishers.ofString(form)))
                    .status();
        }

        /** 204 when the sign-in succeeded. */
        public int signInStatus() {
            return signInStatus;
        }

        public Response get(String path) {
            return send(
                    client,
                    HttpRequest.newBuilder(URI.create(baseUrl() + path))
                            .header("Accept", "application/json, application/problem+json")
                            .GET());
        }

        /** A JSON write as the web app sends it: the session cookie, and the XSRF cookie's value in its header. */
        public Response post(String path, Object body) {
            return send(
                    client,
                    HttpRequest.newBuilder(URI.create(baseUrl() + path))
                            .header("Accept", "application/json, application/problem+json")
                            .header("Content-Type", "application/json")
                            .header("X-XSRF-TOKEN", xsrfToken())
                            .POST(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8)));
        }

        private String xsrfToken() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElseThrow();
        }
    }

    public final class As {
        private final String username;
        private final String password;

        private As(String username, String password) {
            this.username = username;
            this.password = password;
        }

        public Response get(String path) {
            return send(request(path).GET());
        }

        /** A GET of something that is not JSON (a CSV, say): the body as one text node. */
        public Response getText(String path) {
            return getText(path, "*/*");
        }

        /** A GET asking for this media type (text/csv, say), the body as one text node. */
        public Response getText(String path, String accept) {
            HttpRequest.Builder request =
                    request(path).setHeader("Accept", accept).GET();
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Response(
                        response.statusCode(),
                        com.fasterxml.jackson.databind.node.TextNode.valueOf(response.body()),
                        response.headers().firstValue("Location"),
                        response.headers().firstValue("Content-Type").orElse(""));
            } catch (IOException e) {
                throw new IllegalStateException("request failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        public Response post(String path, Object body) {
            return postRaw(path, body instanceof String text ? text : write(body));
        }

        public Response put(String path, Object body) {
            return send(request(path)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8)));
        }

        public Response postRaw(String path, String body) {
            return send(request(path)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        }

        /** A body that is not JSON, such as a CSV file. */
        public Response postAs(String path, String contentType, String body) {
            return send(request(path)
                    .header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .header("Accept", "application/json, application/problem+json");
            if (username != null) {
                String credentials = Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
                builder.header("Authorization", "Basic " + credentials);
            }
            return builder;
        }
    }

    private String baseUrl() {
        return "http://localhost:" + environment.getRequiredProperty("local.server.port");
    }

    private Response send(HttpRequest.Builder request) {
        return send(http, request);
    }

    private Response send(HttpClient client, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = response.body().isEmpty()
                    ? MissingNode.getInstance()
                    : contentType.isEmpty() || contentType.contains("json")
                            ? json.readTree(response.body())
                            : com.fasterxml.jackson.databind.node.TextNode.valueOf(response.body());
            return new Response(
                    response.statusCode(),
                    body,
                    response.headers().firstValue("Location"),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException("request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
