package nl.hulproute.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.StreamSupport;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.GeneratedDocs;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The API contract: served at /v3/api-docs with every enumeration spelled out, and kept in frontend/openapi.json,
 * from which the web app generates its types. A backend change that alters the contract updates that file.
 */
@HulprouteTest
class OpenApiDocumentTest {

    @Autowired
    Api api;

    @Test
    void theApiDocumentNamesEveryEnumerationAndIsWhatTheWebAppIsBuiltAgainst() throws Exception {
        Api.Response served = api.anonymous().get("/v3/api-docs");
        assertThat(served.status()).isEqualTo(200);
        JsonNode schemas = served.body().path("components").path("schemas");

        assertThat(values(schemas.path("Case").path("properties").path("state").path("enum")))
                .containsExactly(
                        "SIGNALLED",
                        "TRIAGE",
                        "FIRST_LINE",
                        "SECOND_LINE",
                        "REFERRED",
                        "WAITING",
                        "HANDOVER",
                        "EXTERNAL_CARE",
                        "CLOSED");
        assertThat(values(schemas.path("Case")
                        .path("properties")
                        .path("allowedEvents")
                        .path("items")
                        .path("enum")))
                .contains("START_TRIAGE", "REOPEN");
        assertThat(values(schemas.path("RaiseSignalRequest")
                        .path("properties")
                        .path("urgency")
                        .path("enum")))
                .containsExactly("NORMAL", "URGENT", "ACUTE");
        assertThat(values(schemas.path("RaiseSignalRequest")
                        .path("properties")
                        .path("lifeDomains")
                        .path("items")
                        .path("enum")))
                .contains("MENTAL_HEALTH", "HOUSING", "FINANCES_DEBT");
        // an optional member may be null: its enumeration is one alternative, null the other
        JsonNode outcome = schemas.path("CaseEventRequest").path("properties").path("outcome");
        assertThat(values(outcome.path("anyOf").get(0).path("enum")))
                .contains("NO_FOLLOW_UP_NEEDED", "RESOLVED_IN_SCHOOL");
        assertThat(outcome.path("anyOf").get(1).path("type").asText()).isEqualTo("null");
        assertThat(values(schemas.path("Consent")
                        .path("properties")
                        .path("withdrawnAt")
                        .path("type")))
                .containsExactlyInAnyOrder("string", "null");
        assertThat(values(schemas.path("Consent").path("required")))
                .doesNotContain("withdrawnAt")
                .contains("givenAt");
        assertThat(served.body().path("paths").has("/api/cases/{id}/events/{event}"))
                .isTrue();

        ObjectNode contract = ((ObjectNode) served.body()).deepCopy();
        contract.remove("servers"); // holds the test's random port
        String pretty =
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(contract) + "\n";
        GeneratedDocs.assertFileUpToDate("frontend/openapi.json", pretty);
    }

    private static java.util.List<String> values(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }
}
