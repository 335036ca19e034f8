package nl.hulproute.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A provider's professional sees a handed-over case only while the student's consent (under 16 a parent's too) is in
 * force, and only the sections both sent and consented to. Withdrawing consent ends their access at once.
 */
@HulprouteTest
class ConsentApiTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Test
    void withdrawingConsentEndsTheProvidersAccessAtOnceAndShowsOnTheCase() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long caseId = driver.newCaseIn(CaseState.EXTERNAL_CARE);
        assertThat(api.as(driver.professional).get("/api/cases/" + caseId).status())
                .isEqualTo(200);
        assertThat(ids(api.as(driver.professional).get("/api/cases"))).containsExactly(caseId);
        assertThat(inbox(driver)).contains(caseId);
        long consentId = api.as(driver.zc)
                .get("/api/cases/" + caseId + "/consents")
                .body()
                .get(0)
                .path("id")
                .asLong();

        // only the case's zorgcoördinator withdraws, on the student's word
        assertThat(api.as(driver.professional)
                        .post(withdrawal(caseId, consentId), "")
                        .status())
                .isEqualTo(403);
        Response withdrawn = api.as(driver.zc).post(withdrawal(caseId, consentId), "");

        assertThat(withdrawn.status()).as("%s", withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.body().path("inForce").asBoolean()).isFalse();
        assertThat(withdrawn.body().path("withdrawnBy").path("id").asLong()).isEqualTo(driver.zc.id());
        assertThat(api.as(driver.professional).get("/api/cases/" + caseId).status())
                .isEqualTo(404);
        assertThat(ids(api.as(driver.professional).get("/api/cases"))).isEmpty();
        assertThat(inbox(driver)).doesNotContain(caseId);
        assertThat(driver.fireWith(driver.professional, caseId, CaseEvent.END_EXTERNAL_CARE, Map.of())
                        .status())
                .isEqualTo(404);
        Response onTheCase = driver.read(caseId);
        assertThat(onTheCase.body().path("consentInForce").asBoolean()).isFalse();
        assertThat(onTheCase.body().path("allowedEvents").toString()).contains("END_EXTERNAL_CARE", "CLOSE");

        Response again = api.as(driver.zc).post(withdrawal(caseId, consentId), "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("consent.already-withdrawn");
        assertThat(api.as(driver.zc).post(withdrawal(caseId, 999_999_999L), "").status())
                .isEqualTo(404);
    }

    @Test
    void underSixteenAParentsWithdrawalEndsTheProvidersAccessToo() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long caseId = driver.newCase(15);
        driver.fireOk(driver.zc, caseId, CaseEvent.START_TRIAGE);
        driver.fireOk(driver.zc, caseId, CaseEvent.REFER);
        driver.consent(caseId, "STUDENT", fixtures.today().plusMonths(6));
        long parentConsent = driver.consent(
                        caseId, "PARENT", fixtures.today().plusMonths(6), List.of("STUDENT", "SIGNALS"))
                .body()
                .path("id")
                .asLong();
        assertThat(driver.fireWith(
                                driver.zc,
                                caseId,
                                CaseEvent.START_HANDOVER,
                                Map.of("sections", List.of("STUDENT", "SIGNALS")))
                        .status())
                .isEqualTo(200);

        // what the provider sees is what both consented to
        Response shared = api.as(driver.professional).get("/api/cases/" + caseId);
        assertThat(shared.status()).isEqualTo(200);
        assertThat(shared.body().path("visibleSections").toString()).isEqualTo("[\"STUDENT\",\"SIGNALS\"]");
        assertThat(ids(api.as(driver.professional).get("/api/cases"))).containsExactly(caseId);
        assertThat(inbox(driver)).contains(caseId);

        assertThat(api.as(driver.zc).post(withdrawal(caseId, parentConsent), "").status())
                .isEqualTo(200);

        assertThat(inbox(driver)).doesNotContain(caseId);

        assertThat(api.as(driver.professional).get("/api/cases/" + caseId).status())
                .isEqualTo(404);
        assertThat(ids(api.as(driver.professional).get("/api/cases"))).isEmpty();
        assertThat(api.as(driver.professional)
                        .get("/api/cases/counts")
                        .body()
                        .path("total")
                        .asLong())
                .isZero();
        assertThat(driver.read(caseId).body().path("consentInForce").asBoolean())
                .isFalse();
    }

    @Test
    void fromSixteenTheStudentsConsentAloneIsEnough() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long caseId = driver.newCase(16);
        driver.fireOk(driver.zc, caseId, CaseEvent.START_TRIAGE);
        driver.fireOk(driver.zc, caseId, CaseEvent.REFER);
        driver.consent(caseId, "STUDENT", fixtures.today().plusMonths(6));
        driver.fireOk(driver.zc, caseId, CaseEvent.START_HANDOVER);

        assertThat(api.as(driver.professional).get("/api/cases/" + caseId).status())
                .isEqualTo(200);
        assertThat(ids(api.as(driver.professional).get("/api/cases"))).containsExactly(caseId);
        assertThat(driver.read(caseId).body().path("consentInForce").asBoolean())
                .isTrue();
    }

    @Test
    void aProfessionalSeesOnlyTheSectionsSentAndConsentedTo() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long caseId = driver.newCase();
        driver.fireOk(driver.zc, caseId, CaseEvent.START_TRIAGE);
        driver.fireOk(driver.zc, caseId, CaseEvent.ASSIGN_FIRST_LINE);
        driver.fireOk(driver.zc, caseId, CaseEvent.REFER);
        driver.consent(caseId, "STUDENT", fixtures.today().plusMonths(6), List.of("STUDENT", "BRIDGING"));
        driver.fireWith(driver.zc, caseId, CaseEvent.PLACE_ON_WAITLIST, Map.of());
        driver.fireWith(
                driver.zc, caseId, CaseEvent.START_HANDOVER, Map.of("sections", List.of("STUDENT", "BRIDGING")));

        Response asProfessional = api.as(driver.professional).get("/api/cases/" + caseId);
        assertThat(asProfessional.status()).isEqualTo(200);
        assertThat(asProfessional.body().path("visibleSections").toString()).isEqualTo("[\"STUDENT\",\"BRIDGING\"]");
        assertThat(asProfessional.body().path("student").path("name").asText()).isNotBlank();
        assertThat(asProfessional
                        .body()
                        .path("bridging")
                        .path("contactEveryDays")
                        .asInt())
                .isEqualTo(7);
        assertThat(asProfessional.body().path("advice").isNull()).isTrue(); // school support was not shared
        assertThat(asProfessional.body().path("owner").isNull()).isTrue();
        assertThat(api.as(driver.professional)
                        .get("/api/cases/" + caseId + "/history")
                        .code())
                .isEqualTo("case.section-not-consented");
        assertThat(api.as(driver.professional)
                        .get("/api/cases/" + caseId + "/signals")
                        .status())
                .isEqualTo(403);

        Response asCaseTeam = driver.read(caseId);
        assertThat(asCaseTeam.body().path("advice").asText()).isNotBlank();
        assertThat(asCaseTeam.body().path("visibleSections")).hasSize(4);
        assertThat(api.as(driver.zc).get("/api/cases/" + caseId + "/history").status())
                .isEqualTo(200);
    }

    @Test
    void consentRecordsWhoGaveItHowForWhichSectionsAndCoversTheStudentsDetails() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long caseId = driver.newCaseIn(CaseState.TRIAGE);
        String path = "/api/cases/" + caseId + "/consents";
        Response withoutStudent = api.as(driver.zc)
                .post(
                        path,
                        Map.of(
                                "givenBy",
                                "STUDENT",
                                "providerId",
                                driver.providerId,
                                "sections",
                                List.of("SIGNALS"),
                                "givenHow",
                                "DIGITAL",
                                "validUntil",
                                fixtures.today().plusDays(30).toString()));
        assertThat(withoutStudent.status()).isEqualTo(422);
        assertThat(withoutStudent.code()).isEqualTo("consent.student-section-required");
        Response noSections = api.as(driver.zc)
                .post(
                        path,
                        Map.of(
                                "givenBy",
                                "STUDENT",
                                "providerId",
                                driver.providerId,
                                "sections",
                                List.of(),
                                "givenHow",
                                "DIGITAL",
                                "validUntil",
                                fixtures.today().plusDays(30).toString()));
        assertThat(noSections.status()).isEqualTo(400);

        Response given =
                driver.consent(caseId, "STUDENT", fixtures.today().plusDays(30), List.of("STUDENT", "SIGNALS"));
        assertThat(given.body().path("sections").toString()).isEqualTo("[\"STUDENT\",\"SIGNALS\"]");
        assertThat(given.body().path("givenHow").asText()).isEqualTo("IN_PERSON");
        assertThat(given.body().path("recordedBy").path("id").asLong()).isEqualTo(driver.zc.id());
        assertThat(given.location())
                .hasValueSatisfying(location -> assertThat(location).startsWith(path + "/"));
    }

    @Test
    void theCaseShowsTheComing18thBirthdayWhenCareMovesFromJeugdwetToAdultCare() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long minor = driver.newCase(17);
        long adult = driver.newCase(19);
        java.time.LocalDate birthday = java.time.LocalDate.parse(driver.read(minor)
                        .body()
                        .path("student")
                        .path("dateOfBirth")
                        .asText())
                .plusYears(18);
        assertThat(driver.read(minor).body().path("student").path("turns18On").asText())
                .isEqualTo(birthday.toString());
        assertThat(driver.read(adult).body().path("student").path("turns18On").isNull())
                .isTrue();
    }

    private static String withdrawal(long caseId, long consentId) {
        return "/api/cases/" + caseId + "/consents/" + consentId + "/withdrawal";
    }

    private static List<Long> ids(Response page) {
        return java.util.stream.StreamSupport.stream(page.body().path("content").spliterator(), false)
                .map(theCase -> theCase.path("id").asLong())
                .toList();
    }

    /** The cases in the professional's inbox (Mijn overdrachten). */
    private List<Long> inbox(CaseDriver driver) {
        Response inbox = api.as(driver.professional).get("/api/handovers");
        assertThat(inbox.status()).as("%s", inbox.body()).isEqualTo(200);
        return java.util.stream.StreamSupport.stream(inbox.body().spliterator(), false)
                .map(row -> row.path("caseId").asLong())
                .toList();
    }
}
