package nl.hulproute.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.hulproute.e2e.WebBrowser.capture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.hulproute.socialmap.ProviderKind;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The third line in a real browser, by the two people who do it: the zorgcoördinator refers from the proposals (not
 * a free list), the receiving professional is told of the handover, accepts it, reports care started and, later,
 * that the student is back at school; the zorgcoördinator closes the case. The steps in between that have screens of
 * their own (consent, the waiting list, the package) are covered by {@link WebAppJourneyTest}; here they go through
 * the API.
 */
@HulprouteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThirdLineJourneyTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    WebBrowser browser;

    @BeforeAll
    void startBrowser() {
        browser = new WebBrowser(port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void referredFromTheProposalsHandedOverCareStartedBackToSchoolAndClosed() {
        School school = fixtures.school();
        long studentId = fixtures.student(school, 17);
        long ggz = fixtures.provider(school, ProviderKind.GGZ, 12, 23);
        // a provider for debts serves the student too, but does not help with what the signal is about
        fixtures.provider(school, ProviderKind.SCHULDHULP, 16, 99);
        User professional = fixtures.professionalOf(ggz);
        User zc = school.zorgcoordinator();
        long caseId = raiseSignal(school.slb(), studentId);
        fire(zc, caseId, "START_TRIAGE", Map.of());

        // the zorgcoördinator refers from the proposals
        Page coordinator = browser.signedInAs(zc);
        coordinator.navigate("/casussen/" + caseId);
        button(coordinator, "Verwijzen").click();
        Locator refer = form(coordinator, "Verwijzen");
        Locator proposals = refer.getByRole(AriaRole.RADIO);
        assertThat(proposals).hasCount(1);
        assertThat(refer).containsText("GGZ");
        assertThat(refer).not().containsText("Schuldhulp");
        capture(coordinator, "verwijzen-voorstellen");
        proposals.first().check();
        refer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verwijzen").setExact(true)).click();
        assertThat(success(coordinator)).containsText("Verwezen");

        // consent, the waiting list with its bridging plan and the handover: screens covered elsewhere
        assertThat(api.as(zc).post("/api/cases/" + caseId + "/consents", Map.of(
                        "givenBy", "STUDENT", "providerId", ggz,
                        "sections", List.of("STUDENT", "SIGNALS", "SCHOOL_SUPPORT", "BRIDGING"), "givenHow", "IN_PERSON",
                        "validUntil", fixtures.today().plusMonths(6).toString()))
                .status()).isEqualTo(201);
        fire(zc, caseId, "PLACE_ON_WAITLIST", Map.of("bridging", Map.of(
                "contactUserId", school.slb().id(), "contactEveryDays", 14, "description", "Elke twee weken een gesprek.")));
        fire(zc, caseId, "START_HANDOVER", Map.of("sections", List.of("STUDENT", "SIGNALS", "SCHOOL_SUPPORT")));

        // the receiver is told, accepts, and reports care started
        // the notice is written after the handover commits (an application event): wait for it, then look
        await().atMost(Duration.ofSeconds(20)).until(() -> api.as(professional).get("/api/notifications").body()
                .toString().contains("HANDOVER_NEW"));
        Page receiver = browser.signedInAs(professional);
        receiver.navigate("/meldingen");
        assertThat(receiver.getByText("casus " + caseId).first()).isVisible();
        receiver.navigate("/overdrachten");
        receiver.getByRole(AriaRole.TABLE).getByRole(AriaRole.LINK).first().click();
        button(receiver, "Overdracht accepteren").click();
        Locator accept = form(receiver, "Overdracht accepteren");
        accept.getByLabel("Datum eerste contact of intake").fill(fixtures.today().toString());
        accept.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Overdracht accepteren")).click();
        assertThat(success(receiver)).containsText("In zorg extern");

        button(receiver, "Zorg gestart").click();
        Locator started = form(receiver, "Zorg gestart");
        started.getByLabel("Datum waarop de zorg begon").fill(fixtures.today().toString());
        started.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Zorg gestart")).click();
        assertThat(success(receiver)).isVisible();
        assertThat(button(receiver, "Zorg gestart")).hasCount(0);
        assertThat(api.as(zc).get("/api/cases/" + caseId).body().path("careStartedOn").asText())
                .isEqualTo(fixtures.today().toString());

        // back to school: the receiver ends the external care with what school needs to know
        button(receiver, "Externe zorg beëindigen").click();
        Locator ended = form(receiver, "Externe zorg beëindigen");
        ended.getByLabel("Wat moet school weten").fill("Gesprekken afgerond; mag pauzes nemen in de les.");
        ended.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Externe zorg beëindigen")).click();
        // the case is back with the school, so the receiver's page may at once say it is no longer theirs
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api.as(zc).get("/api/cases/" + caseId).body().path("state").asText().equals("SECOND_LINE"));

        // the zorgcoördinator sees the clocks and closes the case
        coordinator.navigate("/casussen/" + caseId);
        assertThat(coordinator.getByText("Doorlooptijden").first()).isVisible();
        button(coordinator, "Casus afsluiten").click();
        Locator close = form(coordinator, "Casus afsluiten");
        close.getByLabel("Uitkomst").selectOption(new SelectOption().setLabel("Opgelost met begeleiding op school"));
        close.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Casus afsluiten")).click();
        assertThat(success(coordinator)).containsText("Afgesloten");
        assertThat(api.as(zc).get("/api/cases/" + caseId).body().path("state").asText()).isEqualTo("CLOSED");
        List<String> steps = api.as(zc).get("/api/cases/" + caseId + "/history").body().findValuesAsText("event");
        assertThat(steps).containsSubsequence(
                "START_TRIAGE", "REFER", "PLACE_ON_WAITLIST", "START_HANDOVER", "ACCEPT_HANDOVER", "CARE_STARTED",
                "END_EXTERNAL_CARE", "CLOSE");
    }

    private long raiseSignal(User slb, long studentId) {
        Api.Response signal = api.as(slb).post("/api/signals", Map.of(
                "studentId", studentId,
                "lifeDomains", List.of("MENTAL_HEALTH"),
                "urgency", "NORMAL",
                "observation", "Slaapt slecht en zegt dat het thuis onrustig is.",
                "discussedWithStudent", true));
        assertThat(signal.status()).isEqualTo(201);
        return signal.body().path("caseId").asLong();
    }

    private void fire(User user, long caseId, String event, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("version", api.as(user).get("/api/cases/" + caseId).body().path("version").asLong());
        Api.Response response = api.as(user).post("/api/cases/" + caseId + "/events/" + event, body);
        assertThat(response.status()).as("%s: %s", event, response.body()).isEqualTo(200);
    }

    private static Locator success(Page page) {
        return page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Gelukt"));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator form(Page page, String name) {
        return page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName(name));
    }
}
