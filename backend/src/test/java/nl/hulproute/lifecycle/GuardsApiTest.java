package nl.hulproute.lifecycle;

import static nl.hulproute.lifecycle.CaseDriver.without;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import nl.hulproute.platform.MovableClock;
import nl.hulproute.shared.Role;
import nl.hulproute.socialmap.ProviderKind;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every guard of the lifecycle refuses with its own code (422) and leaves the case as it was. */
@HulprouteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuardsApiTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    CaseDriver driver;

    @BeforeAll
    void school() {
        driver = new CaseDriver(api, fixtures);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void dismissNeedsAReason() {
        long caseId = driver.newCaseIn(CaseState.SIGNALLED);
        assertRefused(caseId, CaseEvent.DISMISS, Map.of("reason", "   "), "lifecycle.guard.reason-required");
    }

    @Test
    void firstLineNeedsAdviceAndACheckInDateFromToday() {
        long caseId = driver.newCaseIn(CaseState.TRIAGE);
        assertRefused(caseId, CaseEvent.ASSIGN_FIRST_LINE, without("advice"), "lifecycle.guard.advice-required");
        assertRefused(
                caseId, CaseEvent.ASSIGN_FIRST_LINE, without("checkInDate"), "lifecycle.guard.check-in-date-required");
        assertRefused(
                caseId,
                CaseEvent.ASSIGN_FIRST_LINE,
                Map.of("checkInDate", fixtures.today().minusDays(1).toString()),
                "lifecycle.guard.check-in-date-required");
    }

    @Test
    void secondLineNeedsAnOwnerWhoIsASecondLineProfessionalAtTheLocation() {
        long caseId = driver.newCaseIn(CaseState.TRIAGE);
        assertRefused(caseId, CaseEvent.ASSIGN_SECOND_LINE, without("ownerId"), "lifecycle.guard.owner-required");
        assertRefused(
                caseId,
                CaseEvent.ASSIGN_SECOND_LINE,
                Map.of("ownerId", driver.school.slb().id()),
                "lifecycle.guard.owner-not-eligible");
        School elsewhere = fixtures.school();
        assertRefused(
                caseId,
                CaseEvent.ASSIGN_SECOND_LINE,
                Map.of("ownerId", elsewhere.zorgcoordinator().id()),
                "lifecycle.guard.owner-not-eligible");
        assertRefused(
                caseId,
                CaseEvent.ASSIGN_SECOND_LINE,
                Map.of("ownerId", 999_999_999L),
                "lifecycle.guard.owner-not-eligible");
        assertRefused(
                caseId,
                CaseEvent.ASSIGN_SECOND_LINE,
                Map.of("ownerId", disabled(Role.ZORGCOORDINATOR).id()),
                "lifecycle.guard.owner-not-eligible");
    }

    /**
     * The acting user's roles and name come from their session, which every request checks against their account's
     * version (ADR 20), so a zorgcoördinator who takes a case on reads no account; a colleague named as the owner is
     * read from their account. A change written past the account's entity leaves the version as it was (ADR 20 says
     * such a change must move it): that is what tells the two ways apart here.
     */
    @Test
    void aZorgcoordinatorTakingACaseOnIsCheckedByTheirSessionAndAColleagueByTheirAccount() {
        Fixtures.User me = fixtures.user(Role.ZORGCOORDINATOR, Set.of(driver.school.locationId()), null);
        Fixtures.User colleague = fixtures.user(Role.ZORGCOORDINATOR, Set.of(driver.school.locationId()), null);
        Api.Session browser = api.signIn(me.username());
        assertThat(browser.signInStatus()).isEqualTo(204);
        String myName = browser.get("/api/me").body().path("displayName").asText();
        assertThat(myName).isNotBlank();
        long mine = driver.newCaseIn(CaseState.TRIAGE);
        long theirs = driver.newCaseIn(CaseState.TRIAGE);

        jdbc.update("DELETE FROM people_user_role WHERE user_id IN (?, ?)", me.id(), colleague.id());
        jdbc.update(
                "UPDATE people_user SET display_name = 'Buiten de entiteit om' WHERE id IN (?, ?)",
                me.id(),
                colleague.id());

        Response taken = browser.post(
                "/api/cases/" + mine + "/events/" + CaseEvent.ASSIGN_SECOND_LINE,
                Map.of("version", driver.version(mine), "ownerId", me.id()));
        assertThat(taken.status()).as("%s", taken.body()).isEqualTo(200);
        assertThat(taken.body().path("state").asText()).isEqualTo("SECOND_LINE");
        assertThat(taken.body().path("owner").path("id").asLong()).isEqualTo(me.id());
        assertThat(taken.body().path("owner").path("name").asText()).isEqualTo(myName);

        Response given = browser.post(
                "/api/cases/" + theirs + "/events/" + CaseEvent.ASSIGN_SECOND_LINE,
                Map.of("version", driver.version(theirs), "ownerId", colleague.id()));
        assertThat(given.status()).as("%s", given.body()).isEqualTo(422);
        assertThat(given.code()).isEqualTo("lifecycle.guard.owner-not-eligible");
        assertThat(driver.state(theirs)).isEqualTo(CaseState.TRIAGE);
    }

    @Test
    void referralNeedsAProviderFromTheCatalogueServingTheStudentsAgeAndMunicipality() {
        long caseId = driver.newCaseIn(CaseState.TRIAGE); // the student is 17
        assertRefused(caseId, CaseEvent.REFER, without("providerId"), "lifecycle.guard.provider-required");
        assertRefused(caseId, CaseEvent.REFER, Map.of("providerId", 999_999_999L), "lifecycle.guard.provider-required");

        long adultsOnly = fixtures.provider(driver.school, ProviderKind.WMO, 18, 99);
        assertRefused(
                caseId,
                CaseEvent.REFER,
                Map.of("providerId", adultsOnly),
                "lifecycle.guard.provider-does-not-serve-student");

        long otherMunicipality = fixtures.provider(fixtures.school(), ProviderKind.WIJKTEAM, 0, 99);
        assertRefused(
                caseId,
                CaseEvent.REFER,
                Map.of("providerId", otherMunicipality),
                "lifecycle.guard.provider-does-not-serve-student");
    }

    @Test
    void waitingListNeedsTheStudentsConsentInForce() {
        long caseId = referredWithoutConsent(17);
        assertRefused(caseId, CaseEvent.PLACE_ON_WAITLIST, Map.of(), "lifecycle.guard.consent-required");

        driver.consent(caseId, "STUDENT", fixtures.today().plusDays(10));
        clock.advance(Duration.ofDays(12)); // the consent has expired
        assertRefused(caseId, CaseEvent.PLACE_ON_WAITLIST, Map.of(), "lifecycle.guard.consent-required");
    }

    @Test
    void under16AParentConsentsToo() {
        long caseId = referredWithoutConsent(15);
        driver.consent(caseId, "STUDENT", fixtures.today().plusMonths(3));
        assertRefused(caseId, CaseEvent.PLACE_ON_WAITLIST, Map.of(), "lifecycle.guard.parent-consent-required");
        assertRefused(caseId, CaseEvent.START_HANDOVER, Map.of(), "lifecycle.guard.parent-consent-required");

        driver.consent(caseId, "PARENT", fixtures.today().plusMonths(3));
        assertThat(driver.fireWith(driver.zc, caseId, CaseEvent.START_HANDOVER, Map.of())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void waitingListNeedsABridgingPlanWithASchoolContactOrAReasonForNone() {
        long caseId = driver.newCaseIn(CaseState.REFERRED);
        Map<String, Object> noPlan = without("bridging");
        assertRefused(caseId, CaseEvent.PLACE_ON_WAITLIST, noPlan, "lifecycle.guard.bridging-required");

        School elsewhere = fixtures.school();
        assertRefused(
                caseId,
                CaseEvent.PLACE_ON_WAITLIST,
                Map.of("bridging", Map.of("contactUserId", elsewhere.slb().id(), "contactEveryDays", 7)),
                "lifecycle.guard.bridging-contact-not-eligible");
        assertRefused(
                caseId,
                CaseEvent.PLACE_ON_WAITLIST,
                Map.of("bridging", Map.of("contactUserId", disabled(Role.SLB).id(), "contactEveryDays", 7)),
                "lifecycle.guard.bridging-contact-not-eligible");

        noPlan.put("noBridgingReason", "Student heeft al wekelijks contact met de huisarts.");
        Response placed = driver.fireWith(driver.zc, caseId, CaseEvent.PLACE_ON_WAITLIST, noPlan);
        assertThat(placed.status()).isEqualTo(200);
        assertThat(placed.body().path("bridging").path("noBridgingReason").asText())
                .startsWith("Student heeft");
    }

    @Test
    void aHandoverPackageHoldsTheStudentsDetailsAndOnlySectionsConsentedTo() {
        long caseId = referredWithoutConsent(17);
        driver.consent(
                caseId, "STUDENT", fixtures.today().plusMonths(3), java.util.List.of("STUDENT", "SCHOOL_SUPPORT"));
        assertRefused(caseId, CaseEvent.START_HANDOVER, without("sections"), "lifecycle.guard.package-required");
        assertRefused(
                caseId,
                CaseEvent.START_HANDOVER,
                Map.of("sections", java.util.List.of("SIGNALS")),
                "lifecycle.guard.package-required");
        assertRefused(
                caseId,
                CaseEvent.START_HANDOVER,
                Map.of("sections", java.util.List.of("STUDENT", "SIGNALS")),
                "lifecycle.guard.consent-does-not-cover-package");
        Response sent = driver.fireWith(
                driver.zc,
                caseId,
                CaseEvent.START_HANDOVER,
                Map.of("sections", java.util.List.of("STUDENT", "SCHOOL_SUPPORT")));
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.body().path("handoverSections").toString()).isEqualTo("[\"STUDENT\",\"SCHOOL_SUPPORT\"]");
    }

    @Test
    void handoverNeedsTheStudentsConsentInForce() {
        long caseId = referredWithoutConsent(19);
        assertRefused(caseId, CaseEvent.START_HANDOVER, Map.of(), "lifecycle.guard.consent-required");
    }

    @Test
    void acceptingAHandoverNeedsAFirstContactDate() {
        long caseId = driver.newCaseIn(CaseState.HANDOVER);
        assertRefused(
                driver.professional,
                caseId,
                CaseEvent.ACCEPT_HANDOVER,
                without("firstContactDate"),
                "lifecycle.guard.first-contact-date-required");
    }

    @Test
    void decliningAHandoverNeedsAReason() {
        long caseId = driver.newCaseIn(CaseState.HANDOVER);
        assertRefused(
                driver.professional,
                caseId,
                CaseEvent.DECLINE_HANDOVER,
                without("reason"),
                "lifecycle.guard.reason-required");
    }

    @Test
    void careStartedNeedsADateNotInTheFutureNorBeforeTheAcceptanceAndIsReportedOnce() {
        long caseId = driver.newCaseIn(CaseState.EXTERNAL_CARE); // accepted today
        clock.advance(Duration.ofDays(10));
        assertRefused(
                driver.professional,
                caseId,
                CaseEvent.CARE_STARTED,
                without("careStartedOn"),
                "lifecycle.guard.care-start-date-required");
        assertRefused(
                driver.professional,
                caseId,
                CaseEvent.CARE_STARTED,
                Map.of("careStartedOn", fixtures.today().plusDays(1).toString()),
                "lifecycle.guard.care-start-date-in-future");
        assertRefused(
                driver.professional,
                caseId,
                CaseEvent.CARE_STARTED,
                Map.of("careStartedOn", fixtures.today().minusDays(11).toString()),
                "lifecycle.guard.care-start-date-before-acceptance");

        Response started = driver.fireWith(
                driver.professional,
                caseId,
                CaseEvent.CARE_STARTED,
                Map.of("careStartedOn", fixtures.today().minusDays(10).toString()));
        assertThat(started.status()).as("%s", started.body()).isEqualTo(200);
        assertThat(started.body().path("state").asText()).isEqualTo("EXTERNAL_CARE");
        assertThat(started.body().path("careStartedOn").asText())
                .isEqualTo(fixtures.today().minusDays(10).toString());
        assertThat(started.body().path("allowedEvents").toString()).doesNotContain("CARE_STARTED");

        assertRefused(
                driver.professional, caseId, CaseEvent.CARE_STARTED, Map.of(), "lifecycle.guard.care-already-started");
        // the school does not report it for the receiver
        Response bySchool = driver.fireWith(driver.zc, caseId, CaseEvent.CARE_STARTED, Map.of());
        assertThat(bySchool.status()).isEqualTo(403);
        assertThat(bySchool.code()).isEqualTo("case.event-forbidden");
    }

    @Test
    void endingExternalCareNeedsASummary() {
        long caseId = driver.newCaseIn(CaseState.EXTERNAL_CARE);
        assertRefused(caseId, CaseEvent.END_EXTERNAL_CARE, without("summary"), "lifecycle.guard.summary-required");
    }

    @Test
    void closingNeedsAnOutcomeAndFromTheWaitingListAlsoAReason() {
        long secondLine = driver.newCaseIn(CaseState.SECOND_LINE);
        assertRefused(secondLine, CaseEvent.CLOSE, without("outcome"), "lifecycle.guard.outcome-required");
        assertThat(driver.fireWith(driver.zc, secondLine, CaseEvent.CLOSE, without("reason"))
                        .status())
                .isEqualTo(200);

        long waiting = driver.newCaseIn(CaseState.WAITING);
        assertRefused(waiting, CaseEvent.CLOSE, without("reason"), "lifecycle.guard.reason-required");
        assertRefused(waiting, CaseEvent.CLOSE, without("outcome"), "lifecycle.guard.outcome-required");
    }

    @Test
    void reopeningNeedsAReasonAndACloseLessThanTwelveMonthsAgo() {
        long caseId = driver.newCaseIn(CaseState.CLOSED);
        assertRefused(caseId, CaseEvent.REOPEN, without("reason"), "lifecycle.guard.reason-required");

        clock.advance(Duration.ofDays(366));
        assertRefused(caseId, CaseEvent.REOPEN, Map.of(), "lifecycle.guard.reopen-window-passed");

        clock.reset();
        clock.advance(Duration.ofDays(300));
        assertThat(driver.fireWith(driver.zc, caseId, CaseEvent.REOPEN, Map.of())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void consentIsRecordedOnlyForAKnownProviderUntilAFutureDateAndFromAParentOnlyBefore18() {
        long caseId = driver.newCase(18);
        String path = "/api/cases/" + caseId + "/consents";
        LocalDate tomorrow = fixtures.today().plusDays(1);
        Response unknownProvider = api.as(driver.zc).post(path, consentOf("STUDENT", 999_999_999L, tomorrow));
        assertThat(unknownProvider.status()).isEqualTo(422);
        assertThat(unknownProvider.code()).isEqualTo("consent.unknown-provider");

        Response past = api.as(driver.zc)
                .post(
                        path,
                        consentOf("STUDENT", driver.providerId, fixtures.today().minusDays(1)));
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.code()).isEqualTo("consent.valid-until-in-past");

        Response parentOf18 = api.as(driver.zc).post(path, consentOf("PARENT", driver.providerId, tomorrow));
        assertThat(parentOf18.status()).isEqualTo(422);
        assertThat(parentOf18.code()).isEqualTo("consent.parent-not-involved-from-18");

        Response byProfessional =
                api.as(driver.professional).post(path, consentOf("STUDENT", driver.providerId, tomorrow));
        assertThat(byProfessional.status()).isEqualTo(404);

        Response another = api.as(fixtures.user(
                        Role.ZORGCOORDINATOR, Set.of(fixtures.school().locationId()), null))
                .post(path, consentOf("STUDENT", driver.providerId, tomorrow));
        assertThat(another.status()).isEqualTo(404);
        assertThat(api.as(driver.zc).get(path).body()).isEmpty();
    }

    private static Map<String, Object> consentOf(String givenBy, long providerId, LocalDate validUntil) {
        return Map.of(
                "givenBy",
                givenBy,
                "providerId",
                providerId,
                "sections",
                CaseDriver.ALL_SECTIONS,
                "givenHow",
                "DIGITAL",
                "validUntil",
                validUntil.toString());
    }

    private long referredWithoutConsent(int age) {
        long caseId = driver.newCase(age);
        driver.fireOk(driver.zc, caseId, CaseEvent.START_TRIAGE);
        driver.fireOk(driver.zc, caseId, CaseEvent.REFER);
        return caseId;
    }

    /** A user of the school's location whose account is disabled: someone who left. */
    private Fixtures.User disabled(Role role) {
        Fixtures.User user = fixtures.user(role, Set.of(driver.school.locationId()), null);
        // past the entity, so the version is moved by hand (ADR 20)
        jdbc.update("UPDATE people_user SET enabled = FALSE, version = version + 1 WHERE id = ?", user.id());
        return user;
    }

    private void assertRefused(long caseId, CaseEvent event, Map<String, Object> overrides, String code) {
        assertRefused(driver.zc, caseId, event, overrides, code);
    }

    private void assertRefused(
            Fixtures.User user, long caseId, CaseEvent event, Map<String, Object> overrides, String code) {
        CaseState before = driver.state(caseId);
        long version = driver.version(caseId);
        Response response = driver.fireWith(user, caseId, event, overrides);
        assertThat(response.status()).as("%s", response.body()).isEqualTo(422);
        assertThat(response.code()).isEqualTo(code);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(driver.state(caseId)).isEqualTo(before);
        assertThat(driver.version(caseId)).isEqualTo(version);
    }
}
