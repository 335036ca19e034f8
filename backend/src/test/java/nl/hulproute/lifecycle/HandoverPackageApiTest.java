package nl.hulproute.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * START_HANDOVER freezes the package: the receiver reads what was sent, in the sections sent and consented to, with
 * the help question, what school tried in sentences, the measures in force and whom to call at school; later edits to
 * the case do not change it. The handover form starts from what the consent covers; the receiver's inbox shows only
 * what concerns them.
 */
@HulprouteTest
class HandoverPackageApiTest {

    private static final String NEED = "Ik raak in paniek bij toetsen in een volle zaal.";

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePackageIsASnapshotThatLaterEditsDoNotChange() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long caseId = driver.newCase();
        long studentId = driver.read(caseId).body().path("student").path("id").asLong();
        driver.fireOk(driver.zc, caseId, CaseEvent.START_TRIAGE);
        driver.fireWith(
                driver.zc,
                caseId,
                CaseEvent.ASSIGN_FIRST_LINE,
                Map.of("advice", "Laat de student vooraan zitten en check wekelijks in."));
        driver.fireWith(
                driver.zc, caseId, CaseEvent.ASSIGN_SECOND_LINE, Map.of("reason", "Eerste lijn was niet genoeg."));
        driver.fireOk(driver.zc, caseId, CaseEvent.REFER);
        driver.consent(caseId, "STUDENT", fixtures.today().plusMonths(6));
        assertThat(api.as(driver.zc)
                        .post(
                                "/api/cases/" + caseId + "/notes",
                                Map.of(
                                        "text",
                                        "Ik wil weer gewoon naar school kunnen zonder buikpijn.",
                                        "confidentiality",
                                        "NORMAL",
                                        "kind",
                                        "STUDENT_STATEMENT"))
                        .status())
                .isEqualTo(201);
        long agreement = agreementInForce(driver.zc, studentId);
        driver.fireWith(
                driver.zc,
                caseId,
                CaseEvent.PLACE_ON_WAITLIST,
                Map.of(
                        "bridging",
                        Map.of(
                                "contactUserId",
                                driver.school.slb().id(),
                                "contactEveryDays",
                                7,
                                "description",
                                "Wekelijks gesprek")));

        // the form starts from what the consent covers
        assertThat(driver.read(caseId).body().path("consentedSections"))
                .extracting(JsonNode::asText)
                .containsExactly("STUDENT", "SIGNALS", "SCHOOL_SUPPORT", "BRIDGING");
        driver.fireWith(
                driver.zc,
                caseId,
                CaseEvent.START_HANDOVER,
                Map.of("sections", List.of("STUDENT", "SCHOOL_SUPPORT", "BRIDGING")));

        Response read = api.as(driver.professional).get("/api/cases/" + caseId + "/handover-package");
        assertThat(read.status()).as("%s", read.body()).isEqualTo(200);
        JsonNode sent = read.body();
        assertThat(sent.path("sections"))
                .extracting(JsonNode::asText)
                .containsExactly("STUDENT", "SCHOOL_SUPPORT", "BRIDGING");
        assertThat(sent.path("provider").path("id").asLong()).isEqualTo(driver.providerId);
        assertThat(sent.path("student").path("studentNumber").asText()).isNotBlank();
        assertThat(sent.path("helpQuestion").path("lifeDomains"))
                .extracting(JsonNode::asText)
                .containsExactly("WELLBEING_SOCIAL");
        assertThat(sent.path("helpQuestion").path("inOwnWords"))
                .extracting(JsonNode::asText)
                .containsExactly("Ik wil weer gewoon naar school kunnen zonder buikpijn.");
        assertThat(sent.path("signals").isNull()).as("signals were not sent").isTrue();

        List<String> tried = texts(sent.path("schoolSupport").path("tried"));
        assertThat(String.join(" ", tried))
                .contains("“Laat de student vooraan zitten en check wekelijks in.”")
                .contains("tweede lijn")
                .contains("Eerste lijn was niet genoeg.")
                .contains("op de wachtlijst")
                .contains("Wekelijks gesprek")
                .doesNotContain("SECOND_LINE", "FIRST_LINE", "REFERRED", "ASSIGN_");
        assertThat(sent.path("schoolSupport").path("measures"))
                .extracting(m -> m.path("description").asText())
                .containsExactly("25% extra tijd bij toetsen");
        assertThat(sent.toString()).doesNotContain(NEED);
        assertThat(sent.path("bridging").path("contactEveryDays").asInt()).isEqualTo(7);

        JsonNode contact = sent.path("contact");
        assertThat(contact.path("role").asText()).isEqualTo("BRIDGING_CONTACT");
        assertThat(contact.path("name").asText()).isNotBlank();
        assertThat(contact.path("email").asText())
                .isEqualTo(Fixtures.emailOf(driver.school.slb().username()));

        // later edits: the advice of a new line, a new statement, the agreement ended, a bridging contact
        assertThat(api.as(driver.zc)
                        .post(
                                "/api/cases/" + caseId + "/notes",
                                Map.of(
                                        "text",
                                        "Eigenlijk gaat het nu beter.",
                                        "confidentiality",
                                        "NORMAL",
                                        "kind",
                                        "STUDENT_STATEMENT"))
                        .status())
                .isEqualTo(201);
        assertThat(api.as(driver.zc)
                        .post(
                                "/api/agreements/" + agreement + "/end",
                                Map.of("endedOn", fixtures.today().toString(), "reason", "Niet meer nodig"))
                        .status())
                .isEqualTo(200);
        assertThat(api.as(driver.zc)
                        .post(
                                "/api/cases/" + caseId + "/bridging-contacts",
                                Map.of("contactedOn", fixtures.today().toString()))
                        .status())
                .isEqualTo(201);
        driver.fireOk(driver.professional, caseId, CaseEvent.ACCEPT_HANDOVER);

        JsonNode later = api.as(driver.professional)
                .get("/api/cases/" + caseId + "/handover-package")
                .body();
        assertThat(later).isEqualTo(sent);
        // the school side reads the same package
        assertThat(api.as(driver.zc)
                        .get("/api/cases/" + caseId + "/handover-package")
                        .body())
                .isEqualTo(sent);

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM privacy_access_log WHERE user_id = ? AND record_kind = 'handover-package' "
                                + "AND action = 'VIEW' AND student_id = ?",
                        Long.class,
                        driver.professional.id(),
                        studentId))
                .isEqualTo(2);
    }

    @Test
    void thePackageHoldsOnlyTheSectionsConsentedToAndChosenAndOnlyItsReadersSeeIt() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long caseId = driver.newCase();
        driver.fireOk(driver.zc, caseId, CaseEvent.START_TRIAGE);
        driver.fireOk(driver.zc, caseId, CaseEvent.REFER);
        driver.consent(caseId, "STUDENT", fixtures.today().plusMonths(6), List.of("STUDENT", "SIGNALS"));
        assertThat(driver.read(caseId).body().path("consentedSections"))
                .extracting(JsonNode::asText)
                .containsExactly("STUDENT", "SIGNALS");
        String path = "/api/cases/" + caseId + "/handover-package";
        Response notYet = api.as(driver.zc).get(path);
        assertThat(notYet.status()).isEqualTo(404);
        assertThat(notYet.code()).isEqualTo("handover.package-not-found");

        // more than the consent covers is refused by the lifecycle's guard
        assertThat(driver.fireWith(
                                driver.zc,
                                caseId,
                                CaseEvent.START_HANDOVER,
                                Map.of("sections", CaseDriver.ALL_SECTIONS))
                        .status())
                .isEqualTo(422);
        driver.fireWith(driver.zc, caseId, CaseEvent.START_HANDOVER, Map.of("sections", List.of("STUDENT", "SIGNALS")));

        JsonNode sent = api.as(driver.professional).get(path).body();
        assertThat(sent.path("sections")).extracting(JsonNode::asText).containsExactly("STUDENT", "SIGNALS");
        assertThat(sent.path("signals"))
                .extracting(signal -> signal.path("observation").asText())
                .containsExactly("Trekt zich terug in de klas.");
        assertThat(sent.path("schoolSupport").isNull()).isTrue();
        assertThat(sent.path("bridging").isNull()).isTrue();
        assertThat(sent.path("contact").path("role").asText()).isEqualTo("ZORGCOORDINATOR");
        assertThat(sent.path("contact").path("name").asText()).isNotBlank();
        String stored =
                jdbc.queryForObject("SELECT content FROM handover_package WHERE case_id = ?", String.class, caseId);
        assertThat(stored).contains("\"schoolSupport\":null", "\"bridging\":null");

        User otherProfessional = fixtures.professionalOf(
                fixtures.provider(driver.school, nl.hulproute.socialmap.ProviderKind.GGZ, 12, 27));
        assertThat(api.as(otherProfessional).get(path).status()).isEqualTo(404);
        assertThat(api.as(fixtures.school().zorgcoordinator()).get(path).status())
                .as("another location")
                .isEqualTo(404);
        assertThat(api.as(driver.school.slb()).get(path).status()).isEqualTo(403);

        // consent withdrawn: the receiver no longer reads it
        long consentId = api.as(driver.zc)
                .get("/api/cases/" + caseId + "/consents")
                .body()
                .get(0)
                .path("id")
                .asLong();
        assertThat(api.as(driver.zc)
                        .post("/api/cases/" + caseId + "/consents/" + consentId + "/withdrawal", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(api.as(driver.professional).get(path).status()).isEqualTo(404);
    }

    @Test
    void theInboxShowsTheReceiverWhatConcernsThemWithWhomToCall() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long waiting = driver.newCaseIn(CaseState.WAITING);
        long handedOver = driver.newCaseIn(CaseState.HANDOVER);
        long inCare = driver.newCaseIn(CaseState.EXTERNAL_CARE);

        Response inbox = api.as(driver.professional).get("/api/handovers");
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(inbox.body())
                .extracting(row -> row.path("caseId").asLong())
                .containsExactlyInAnyOrder(handedOver, inCare)
                .doesNotContain(waiting);
        JsonNode row = StreamSupport.stream(inbox.body().spliterator(), false)
                .filter(found -> found.path("caseId").asLong() == inCare)
                .findFirst()
                .orElseThrow();
        assertThat(row.path("state").asText()).isEqualTo("EXTERNAL_CARE");
        assertThat(row.path("student").path("name").asText()).isNotBlank();
        assertThat(row.path("receivedAt").asText()).isNotBlank();
        assertThat(row.path("firstContactDate").asText())
                .isEqualTo(fixtures.today().plusDays(5).toString());
        assertThat(row.path("schoolContact").path("name").asText()).isNotBlank();
        assertThat(row.has("owner")).as("no school-internal detail").isFalse();

        assertThat(api.as(driver.zc).get("/api/handovers").body()).isEmpty();
        assertThat(api.as(driver.school.slb()).get("/api/handovers").status()).isEqualTo(403);
    }

    private long agreementInForce(User zc, long studentId) {
        Response created = api.as(zc)
                .post(
                        "/api/students/" + studentId + "/agreements",
                        Map.of(
                                "needInOwnWords",
                                NEED,
                                "measures",
                                List.of(Map.of(
                                        "kind",
                                        "ADAPTED_ASSESSMENT",
                                        "description",
                                        "25% extra tijd bij toetsen",
                                        "responsible",
                                        "Docent",
                                        "appliesDuringInternship",
                                        false))));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        long id = created.body().path("id").asLong();
        Response accepted = api.as(zc)
                .post(
                        "/api/agreements/" + id + "/acceptance",
                        Map.of("acceptedOn", fixtures.today().toString(), "acceptedBy", "STUDENT", "how", "Getekend"));
        assertThat(accepted.status()).as("%s", accepted.body()).isEqualTo(200);
        return id;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }
}
