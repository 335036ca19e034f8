package nl.hulproute.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract check itself: it tells a null where the document promises a value, and nothing else. */
class ApiContractTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0",
             "paths": {
               "/api/things/{id}": {"get": {"responses": {"200": {"content": {"application/json":
                   {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}},
               "/api/things/count": {"get": {"responses": {"200": {"content": {"application/json":
                   {"schema": {"type": "integer"}}}}}}}},
             "components": {"schemas": {
               "Thing": {"type": "object", "required": ["id", "name"], "properties": {
                 "id": {"type": "integer", "format": "int64"},
                 "name": {"type": "string"},
                 "owner": {"anyOf": [{"$ref": "#/components/schemas/Person"}, {"type": "null"}]},
                 "readAt": {"type": ["string", "null"], "format": "date-time"},
                 "kind": {"type": "string", "enum": ["A", "B"]}}},
               "Person": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}}}}}
            """;

    @Test
    void aResponseIsHeldToItsOperationsSchema() throws Exception {
        ApiContract.Document document = new ApiContract.Document(new ObjectMapper().readTree(DOCUMENT));

        assertThat(ApiContract.violations(
                        document,
                        List.of(
                                get("/api/things/1", "{\"id\": 1, \"name\": \"x\", \"owner\": null, \"readAt\": null}"),
                                get(
                                        "/api/things/2",
                                        "{\"id\": 2, \"name\": \"x\", \"owner\": {\"id\": 3}, \"readAt\": \"2026-12-04T08:00:00.123456Z\", \"kind\": \"B\"}"),
                                get("/api/things/count", "7"))))
                .isEmpty();

        assertThat(ApiContract.violations(document, List.of(get("/api/things/1", "{\"id\": 1, \"name\": null}"))))
                .singleElement()
                .asString()
                .contains("GET /api/things/{id} 200", "name");
        assertThat(ApiContract.violations(
                        document, List.of(get("/api/things/1", "{\"id\": 1, \"name\": \"x\", \"kind\": null}"))))
                .isNotEmpty()
                .allSatisfy(violation -> assertThat(violation).contains("/kind"));
        assertThat(ApiContract.violations(
                        document, List.of(get("/api/things/1", "{\"id\": 1}"), get("/api/things/2", "{\"id\": 2}"))))
                .as("one line per operation, not per record")
                .hasSize(1);
        assertThat(ApiContract.violations(
                        document, List.of(get("/api/things/1", "{\"id\": 1, \"name\": \"x\", \"owner\": {}}"))))
                .anySatisfy(violation -> assertThat(violation).contains("/owner", "id"));
        assertThat(ApiContract.violations(
                        document,
                        List.of(get("/api/things/1", "{\"id\": 1, \"name\": \"x\", \"readAt\": \"yesterday\"}"))))
                .hasSize(1);
        assertThat(ApiContract.violations(document, List.of(get("/api/nowhere", "{}"))))
                .singleElement()
                .asString()
                .contains("not in the document");
    }

    private static ApiContract.Exchange get(String path, String body) {
        return new ApiContract.Exchange("GET", path, 200, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }
}
