package nl.hulproute.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures.User;

/** Drives agreements through the API as a zorgcoördinator, for the tests. */
class AgreementDriver {

    static final String NEED = "Ik word snel moe en heb soms veel pijn; dan kan ik me slecht concentreren.";

    private final Api api;

    AgreementDriver(Api api) {
        this.api = api;
    }

    static Map<String, Object> measure(String kind, String description, boolean internship) {
        return Map.of(
                "kind",
                kind,
                "description",
                description,
                "responsible",
                "Docent",
                "appliesDuringInternship",
                internship);
    }

    static Map<String, Object> draft() {
        return Map.of(
                "needInOwnWords",
                NEED,
                "measures",
                List.of(
                        measure("ADAPTED_ASSESSMENT", "25% extra tijd bij toetsen", false),
                        measure("EXTRA_GUIDANCE", "Elke twee weken een gesprek met de mentor", true)));
    }

    JsonNode create(User zc, long studentId) {
        Response created = api.as(zc).post("/api/students/" + studentId + "/agreements", draft());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body();
    }

    JsonNode read(User zc, long agreementId) {
        Response read = api.as(zc).get("/api/agreements/" + agreementId);
        assertThat(read.status()).as(read.body().toString()).isEqualTo(200);
        return read.body();
    }

    Response accept(User zc, long agreementId, String by, LocalDate on) {
        return api.as(zc)
                .post(
                        "/api/agreements/" + agreementId + "/acceptance",
                        Map.of("acceptedOn", on.toString(), "acceptedBy", by, "how", "Getekend op papier"));
    }

    /** A new agreement for the student, accepted by the student on the day. */
    long accepted(User zc, long studentId, LocalDate on) {
        long id = create(zc, studentId).path("id").asLong();
        Response accepted = accept(zc, id, "STUDENT", on);
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(200);
        assertThat(accepted.body().path("status").asText())
                .as("16 or older on the day")
                .isEqualTo("ACCEPTED");
        return id;
    }

    Response evaluate(User zc, long agreementId, LocalDate heldOn, boolean withStudent, Map<Long, String> verdicts) {
        List<Map<String, Object>> outcomes = new ArrayList<>();
        verdicts.forEach((measureId, verdict) -> outcomes.add(Map.of("measureId", measureId, "verdict", verdict)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("heldOn", heldOn.toString());
        body.put("studentPresent", withStudent);
        body.put("participants", List.of("Zorgcoördinator", "SLB'er"));
        body.put("outcomes", outcomes);
        body.put("studentView", "Het gaat beter met de extra tijd.");
        return api.as(zc).post("/api/agreements/" + agreementId + "/evaluations", body);
    }

    Response end(User zc, long agreementId, LocalDate on) {
        return api.as(zc)
                .post(
                        "/api/agreements/" + agreementId + "/end",
                        Map.of("endedOn", on.toString(), "reason", "De student heeft de school verlaten."));
    }
}
