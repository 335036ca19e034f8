package nl.hulproute.casenotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.hulproute.lifecycle.CaseDriver;
import nl.hulproute.lifecycle.CaseEvent;
import nl.hulproute.lifecycle.CaseState;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Notes carry a confidentiality level, and nobody is shown a note above theirs. */
@HulprouteTest
class CaseNotesApiTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Test
    void confidentialNotesAreForTheCasesOwnZorgcoordinatorsAndNormalOnesForEveryoneOnTheCase() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long caseId = driver.newCaseIn(CaseState.EXTERNAL_CARE); // consent covers the whole package
        String notes = "/api/cases/" + caseId + "/notes";

        Response normal =
                api.as(driver.zc).post(notes, Map.of("text", "Mentor is op de hoogte.", "confidentiality", "NORMAL"));
        Response confidential = api.as(driver.zc)
                .post(
                        notes,
                        Map.of(
                                "text",
                                "Moeder is opgenomen; niet delen buiten het zorgteam.",
                                "confidentiality",
                                "CONFIDENTIAL"));
        assertThat(normal.status()).isEqualTo(201);
        assertThat(confidential.status()).isEqualTo(201);
        assertThat(confidential.body().path("author").path("id").asLong()).isEqualTo(driver.zc.id());

        assertThat(texts(api.as(driver.secondZc).get(notes)))
                .containsExactly("Mentor is op de hoogte.", "Moeder is opgenomen; niet delen buiten het zorgteam.");
        assertThat(texts(api.as(driver.professional).get(notes))).containsExactly("Mentor is op de hoogte.");

        Response fromProvider = api.as(driver.professional)
                .post(notes, Map.of("text", "Intake gehad; tweewekelijkse gesprekken.", "confidentiality", "NORMAL"));
        assertThat(fromProvider.status()).isEqualTo(201);
        Response confidentialFromProvider =
                api.as(driver.professional).post(notes, Map.of("text", "x", "confidentiality", "CONFIDENTIAL"));
        assertThat(confidentialFromProvider.status()).isEqualTo(403);
        assertThat(confidentialFromProvider.code()).isEqualTo("note.confidential-forbidden");
        assertThat(texts(api.as(driver.zc).get(notes))).hasSize(3);
    }

    @Test
    void aReaderUnderBreakGlassSeesOnlyNormalNotesAndWritesNone() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long caseId = driver.newCaseIn(CaseState.SECOND_LINE);
        String notes = "/api/cases/" + caseId + "/notes";
        api.as(driver.zc).post(notes, Map.of("text", "Gewoon.", "confidentiality", "NORMAL"));
        api.as(driver.zc).post(notes, Map.of("text", "Vertrouwelijk.", "confidentiality", "CONFIDENTIAL"));
        long studentId = driver.read(caseId).body().path("student").path("id").asLong();
        User visitor = fixtures.school().zorgcoordinator();
        api.as(visitor).post("/api/students/" + studentId + "/break-glass", Map.of("reason", "Acute melding."));

        assertThat(texts(api.as(visitor).get(notes))).containsExactly("Gewoon.");
        assertThat(api.as(visitor)
                        .post(notes, Map.of("text", "x", "confidentiality", "NORMAL"))
                        .code())
                .isEqualTo("note.write-forbidden");
        assertThat(api.as(driver.school.slb()).get(notes).status()).isEqualTo(403);
        assertThat(api.as(driver.zc)
                        .post(notes, Map.of("text", " ", "confidentiality", "NORMAL"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aProfessionalWithoutConsentForSchoolSupportSeesNoNotes() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long caseId = driver.newCase();
        driver.fireOk(driver.zc, caseId, CaseEvent.START_TRIAGE);
        driver.fireOk(driver.zc, caseId, CaseEvent.REFER);
        driver.consent(caseId, "STUDENT", fixtures.today().plusMonths(1), List.of("STUDENT"));
        driver.fireWith(driver.zc, caseId, CaseEvent.START_HANDOVER, Map.of("sections", List.of("STUDENT")));

        Response refused = api.as(driver.professional).get("/api/cases/" + caseId + "/notes");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("case.section-not-consented");
    }

    private static List<String> texts(Response notes) {
        assertThat(notes.status()).as("%s", notes.body()).isEqualTo(200);
        return StreamSupport.stream(notes.body().spliterator(), false)
                .map(note -> note.path("text").asText())
                .toList();
    }
}
