package nl.hulproute.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The API contract, held to by every test: each successful JSON response under /api/ that the application sends
 * while a test class runs, to {@link Api}, to a browser in the end-to-end tests, or to any other client, is recorded
 * on the server side and, when the class is done, validated against the OpenAPI document the application serves
 * (JSON Schema 2020-12, as OpenAPI 3.1 has it). A member that comes back null but is not declared nullable, a
 * missing required member or a value of the wrong type fails the test class that caused it.
 */
public final class ApiContract {

    private static final List<Exchange> RECORDED = new ArrayList<>();
    private static final Map<Integer, Document> DOCUMENTS = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger log = LoggerFactory.getLogger(ApiContract.class);

    private ApiContract() {}

    /** One successful response: what was asked and what came back. */
    record Exchange(String method, String path, int status, String contentType, byte[] body) {}

    /** Records the application's responses (registered in the test context by {@link TestSupportConfiguration}). */
    static final class Recorder extends OncePerRequestFilter {
        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            ContentCachingResponseWrapper caching = new ContentCachingResponseWrapper(response);
            try {
                chain.doFilter(request, caching);
            } finally {
                String type = Optional.ofNullable(caching.getContentType()).orElse("");
                if (caching.getStatus() >= 200 && caching.getStatus() < 300 && type.contains("json")) {
                    synchronized (RECORDED) {
                        RECORDED.add(new Exchange(
                                request.getMethod(),
                                request.getRequestURI()
                                        .substring(request.getContextPath().length()),
                                caching.getStatus(),
                                type,
                                caching.getContentAsByteArray()));
                    }
                }
                caching.copyBodyToResponse();
            }
        }
    }

    /** After a test class: every response it caused matches the served document. */
    public static final class Check implements AfterAllCallback {
        @Override
        public void afterAll(ExtensionContext context) {
            List<Exchange> exchanges;
            synchronized (RECORDED) {
                exchanges = List.copyOf(RECORDED);
                RECORDED.clear();
            }
            if (exchanges.isEmpty()) {
                return;
            }
            ApplicationContext application = SpringExtension.getApplicationContext(context);
            int port = application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            List<String> violations = violations(DOCUMENTS.computeIfAbsent(port, Document::served), exchanges);
            log.info(
                    "API contract: {} responses during {} checked against the served document, {} violations",
                    exchanges.size(),
                    context.getDisplayName(),
                    violations.size());
            if (!violations.isEmpty()) {
                throw new AssertionError("Responses that break the served OpenAPI document (" + violations.size()
                        + "):\n  "
                        + String.join("\n  ", violations.stream().limit(40).toList()));
            }
        }
    }

    /** What is wrong with these exchanges, per the document; empty when all hold to it. */
    static List<String> violations(Document document, List<Exchange> exchanges) {
        List<String> violations = new ArrayList<>();
        for (Exchange exchange : exchanges) {
            String where = exchange.method() + " "
                    + document.template(exchange.path()).orElse(exchange.path()) + " " + exchange.status();
            Optional<JsonSchema> schema =
                    document.schema(exchange.method(), exchange.path(), exchange.status(), exchange.contentType());
            if (schema.isEmpty()) {
                violations.add(where + ": not in the document (no operation, status or media type)");
                continue;
            }
            try {
                JsonNode body = JSON.readTree(exchange.body());
                for (ValidationMessage message : schema.get().validate(body)) {
                    String violation = where + ": " + message.getMessage();
                    if (!violations.contains(violation)) {
                        violations.add(violation);
                    }
                }
            } catch (IOException e) {
                violations.add(where + ": the body is not JSON");
            }
        }
        return violations;
    }

    /** The served document: its operations, with a JSON Schema per response, made once and kept. */
    static final class Document {
        private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        private static final SchemaValidatorsConfig CONFIG =
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

        private final JsonNode document;
        private final List<Template> templates = new ArrayList<>();
        private final Map<String, Optional<JsonSchema>> schemas = new ConcurrentHashMap<>();

        record Template(String path, Pattern pattern, int parameters) {}

        Document(JsonNode document) {
            this.document = document;
            for (Iterator<String> paths = document.path("paths").fieldNames(); paths.hasNext(); ) {
                String path = paths.next();
                String regex = ("\\Q" + path + "\\E").replaceAll("\\{[^/}]+}", "\\\\E[^/]+\\\\Q");
                templates.add(new Template(path, Pattern.compile(regex), path.split("\\{", -1).length - 1));
            }
            // literal segments win over parameters: /api/cases/counts before /api/cases/{id}
            templates.sort(Comparator.comparingInt(Template::parameters));
        }

        static Document served(int port) {
            try {
                HttpResponse<String> response = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                return new Document(JSON.readTree(response.body()));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the served OpenAPI document", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** The document's path that {@code path} is an instance of: {@code /api/cases/{id}} for /api/cases/12. */
        Optional<String> template(String path) {
            return templates.stream()
                    .filter(t -> t.pattern().matcher(path).matches())
                    .findFirst()
                    .map(Template::path);
        }

        Optional<JsonSchema> schema(String method, String path, int status, String contentType) {
            Optional<Template> template = templates.stream()
                    .filter(t -> t.pattern().matcher(path).matches())
                    .findFirst();
            if (template.isEmpty()) {
                return Optional.empty();
            }
            String mediaType = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
            String key = method + " " + template.get().path() + " " + status + " " + mediaType;
            return schemas.computeIfAbsent(key, ignored -> {
                JsonNode responses = document.path("paths")
                        .path(template.get().path())
                        .path(method.toLowerCase(Locale.ROOT))
                        .path("responses");
                JsonNode response = responses.has(String.valueOf(status))
                        ? responses.path(String.valueOf(status))
                        : responses.path("default");
                JsonNode content = response.path("content");
                JsonNode media = content.has(mediaType) ? content.path(mediaType) : content.path("*/*");
                if (!media.has("schema")) {
                    return Optional.empty();
                }
                ObjectNode root = media.path("schema").deepCopy();
                root.set("components", document.path("components")); // where its $refs point
                return Optional.of(FACTORY.getSchema(root, CONFIG));
            });
        }
    }
}
