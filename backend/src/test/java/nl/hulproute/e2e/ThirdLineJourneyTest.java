package nl.hulproute.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.hulproute.e2e.WebBrowser.capture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.hulproute.platform.MovableClock;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The third line in a real browser, by the two people who do it: the zorgcoördinator refers from the proposals (not
 * a free list), the receiving professional is told of the handover, accepts it, reports care started and, later,
 * that the student is back at school; the zorgcoördinator closes the case. The steps in between that have screens of
 * their own (consent, the waiting list, the package) are covered by {@link WebAppJourneyTest}; here they go through
 * the API. The ways a handover can go otherwise: declined and referred elsewhere, withdrawn by the school, and left
 * unanswered (the escalation job runs every few seconds here, as it would hourly in production). E-mail goes to a
 * real mail server inside the test, which one journey takes down and brings back up.
 */
@HulprouteTest
@TestPropertySource(
        properties = {"hulproute.lifecycle.escalation-cron=*/2 * * * * *", "hulproute.mail.dispatch-cron=*/2 * * * * *"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThirdLineJourneyTest {

    /** A real mail server inside the test, which one journey stops and starts again. */
    private static final int SMTP_PORT = freePort();

    private static GreenMail smtp = startSmtp();

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> 2000);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Api api;

    @Autowired
    MovableClock clock;

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
        smtp.stop();
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
        refer.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Verwijzen").setExact(true))
                .click();
        assertThat(success(coordinator)).containsText("Verwezen");

        // consent, the waiting list with its bridging plan and the handover: screens covered elsewhere
        consentWaitAndHandOver(school, caseId, ggz);

        // the receiver is told, accepts, and reports care started
        // the notice is written after the handover commits (an application event): wait for it, then look
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.as(professional)
                        .get("/api/notifications")
                        .body()
                        .toString()
                        .contains("HANDOVER_NEW"));
        Page receiver = browser.signedInAs(professional);
        receiver.navigate("/meldingen");
        assertThat(receiver.getByText("casus " + caseId).first()).isVisible();
        receiver.navigate("/overdrachten");
        receiver.getByRole(AriaRole.TABLE).getByRole(AriaRole.LINK).first().click();
        button(receiver, "Overdracht accepteren").click();
        Locator accept = form(receiver, "Overdracht accepteren");
        accept.getByLabel("Datum eerste contact of intake")
                .fill(fixtures.today().toString());
        accept.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Overdracht accepteren"))
                .click();
        assertThat(success(receiver)).containsText("In zorg extern");

        button(receiver, "Zorg gestart").click();
        Locator started = form(receiver, "Zorg gestart");
        started.getByLabel("Datum waarop de zorg begon").fill(fixtures.today().toString());
        started.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Zorg gestart"))
                .click();
        assertThat(success(receiver)).isVisible();
        assertThat(button(receiver, "Zorg gestart")).hasCount(0);
        assertThat(api.as(zc)
                        .get("/api/cases/" + caseId)
                        .body()
                        .path("careStartedOn")
                        .asText())
                .isEqualTo(fixtures.today().toString());

        // back to school: the receiver ends the external care with what school needs to know
        button(receiver, "Externe zorg beëindigen").click();
        Locator ended = form(receiver, "Externe zorg beëindigen");
        ended.getByLabel("Wat moet school weten").fill("Gesprekken afgerond; mag pauzes nemen in de les.");
        ended.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Externe zorg beëindigen"))
                .click();
        // the case is back with the school, so the receiver's page may at once say it is no longer theirs
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.as(zc)
                        .get("/api/cases/" + caseId)
                        .body()
                        .path("state")
                        .asText()
                        .equals("SECOND_LINE"));

        // the zorgcoördinator sees the clocks and closes the case
        coordinator.navigate("/casussen/" + caseId);
        assertThat(coordinator.getByText("Doorlooptijden").first()).isVisible();
        button(coordinator, "Casus afsluiten").click();
        Locator close = form(coordinator, "Casus afsluiten");
        close.getByLabel("Uitkomst").selectOption(new SelectOption().setLabel("Opgelost met begeleiding op school"));
        close.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Casus afsluiten"))
                .click();
        assertThat(success(coordinator)).containsText("Afgesloten");
        assertThat(api.as(zc).get("/api/cases/" + caseId).body().path("state").asText())
                .isEqualTo("CLOSED");
        List<String> steps =
                api.as(zc).get("/api/cases/" + caseId + "/history").body().findValuesAsText("event");
        assertThat(steps)
                .containsSubsequence(
                        "START_TRIAGE",
                        "REFER",
                        "PLACE_ON_WAITLIST",
                        "START_HANDOVER",
                        "ACCEPT_HANDOVER",
                        "CARE_STARTED",
                        "END_EXTERNAL_CARE",
                        "CLOSE");
    }

    @Test
    void aDeclinedHandoverIsReferredToAnotherProviderStraightAway() {
        School school = fixtures.school();
        long studentId = fixtures.student(school, 17);
        long first = fixtures.provider(school, ProviderKind.GGZ, 12, 23);
        long second = fixtures.provider(school, ProviderKind.GGZ, 12, 23);
        User zc = school.zorgcoordinator();
        long caseId = handedOver(school, studentId, first);

        // the receiver declines, with the reason
        Page receiver = browser.signedInAs(fixtures.professionalOf(first));
        receiver.navigate("/casussen/" + caseId);
        button(receiver, "Overdracht weigeren").click();
        Locator decline = form(receiver, "Overdracht weigeren");
        decline.getByLabel("Reden").fill("Geen plek voor deze hulpvraag; past beter bij een andere aanbieder.");
        decline.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Overdracht weigeren"))
                .click();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.as(zc)
                        .get("/api/cases/" + caseId)
                        .body()
                        .path("state")
                        .asText()
                        .equals("REFERRED"));

        // the zorgcoördinator is told and refers to the other provider from the proposals, without going back
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        api.as(zc).get("/api/notifications").body().toString().contains("HANDOVER_DECLINED"));
        String secondName = providerName(zc, caseId, second);
        Page coordinator = browser.signedInAs(zc);
        coordinator.navigate("/casussen/" + caseId);
        assertThat(coordinator.getByText("Geen plek voor deze hulpvraag").first())
                .isVisible();
        button(coordinator, "Verwijzen").click();
        Locator refer = form(coordinator, "Verwijzen");
        refer.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(secondName))
                .check();
        refer.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Verwijzen").setExact(true))
                .click();
        assertThat(success(coordinator)).containsText("Verwezen");
        Api.Response after = api.as(zc).get("/api/cases/" + caseId);
        assertThat(after.body().path("state").asText()).isEqualTo("REFERRED");
        assertThat(after.body().toString()).contains(secondName);
        assertThat(api.as(zc).get("/api/cases/" + caseId + "/history").body().findValuesAsText("event"))
                .containsSubsequence("START_HANDOVER", "DECLINE_HANDOVER", "REFER");
    }

    @Test
    void theZorgcoordinatorWithdrawsAHandoverAndTheReceiverIsToldAndLosesAccess() {
        School school = fixtures.school();
        long ggz = fixtures.provider(school, ProviderKind.GGZ, 12, 23);
        User professional = fixtures.professionalOf(ggz);
        User zc = school.zorgcoordinator();
        long caseId = handedOver(school, fixtures.student(school, 17), ggz);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.as(professional)
                        .get("/api/notifications")
                        .body()
                        .toString()
                        .contains("HANDOVER_NEW"));
        assertThat(api.as(professional).get("/api/cases/" + caseId).status()).isEqualTo(200);

        Page coordinator = browser.signedInAs(zc);
        coordinator.navigate("/casussen/" + caseId);
        button(coordinator, "Overdracht intrekken").click();
        Locator withdraw = form(coordinator, "Overdracht intrekken");
        withdraw.getByLabel("Reden").fill("De student wil eerst met de huisarts praten.");
        withdraw.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Overdracht intrekken"))
                .click();
        assertThat(success(coordinator)).containsText("Verwezen");
        assertThat(api.as(zc).get("/api/cases/" + caseId).body().path("state").asText())
                .isEqualTo("REFERRED");

        // the receiver is told, and the case is no longer theirs to read
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.as(professional)
                        .get("/api/notifications")
                        .body()
                        .toString()
                        .contains("HANDOVER_WITHDRAWN"));
        Page receiver = browser.signedInAs(professional);
        receiver.navigate("/meldingen");
        assertThat(receiver.getByText("warme overdracht van casus " + caseId + " ingetrokken"))
                .isVisible();
        assertThat(api.as(professional).get("/api/cases/" + caseId).status()).isIn(403, 404);
        receiver.navigate("/overdrachten");
        receiver.waitForFunction("() => !document.querySelector('.hr-loading')");
        assertThat(receiver.locator("a[href='/casussen/" + caseId + "']")).hasCount(0);
    }

    @Test
    void anUnansweredHandoverIsEscalatedToTheZorgcoordinator() {
        School school = fixtures.school();
        long ggz = fixtures.provider(school, ProviderKind.GGZ, 12, 23);
        User zc = school.zorgcoordinator();
        long caseId = handedOver(school, fixtures.student(school, 17), ggz);
        // nobody answers: past the deadline of five working days, the hourly job tells the case team
        clock.advance(Duration.ofDays(9));
        try {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> api.as(zc)
                            .get("/api/notifications")
                            .body()
                            .toString()
                            .contains("HANDOVER_UNANSWERED"));
            Page coordinator = browser.signedInAs(zc);
            coordinator.navigate("/meldingen");
            Locator notice = coordinator.getByText("nog niet beantwoord door de zorgaanbieder");
            assertThat(notice).hasCount(1);
            notice.click();
            assertThat(coordinator).hasURL(java.util.regex.Pattern.compile("/casussen/" + caseId + "$"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void mailWrittenWhileTheMailServerIsDownArrivesOnceWhenItIsBack() {
        School school = fixtures.school();
        long ggz = fixtures.provider(school, ProviderKind.GGZ, 12, 23);
        User professional = fixtures.professionalOf(ggz);
        User zc = school.zorgcoordinator();
        String newHandover = "Nieuwe warme overdracht";
        String accepted = "Warme overdracht geaccepteerd";
        smtp.stop();
        try {
            long caseId = handedOver(school, fixtures.student(school, 17), ggz);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> api.as(professional)
                            .get("/api/notifications")
                            .body()
                            .toString()
                            .contains("HANDOVER_NEW"));
            Page receiver = browser.signedInAs(professional);
            receiver.navigate("/casussen/" + caseId);
            button(receiver, "Overdracht accepteren").click();
            Locator accept = form(receiver, "Overdracht accepteren");
            accept.getByLabel("Datum eerste contact of intake")
                    .fill(fixtures.today().toString());
            accept.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Overdracht accepteren"))
                    .click();
            assertThat(success(receiver)).containsText("In zorg extern");
            // the dispatcher tries both mails and fails: they wait in the outbox for the next attempt
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> attempted(professional, newHandover) && attempted(zc, accepted));
            assertThat(received(professional, newHandover)).isZero();
        } finally {
            smtp = startSmtp();
        }
        // the mail server is back; after the first backoff (within a minute) each mail goes out, once
        clock.advance(Duration.ofMinutes(2));
        try {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> received(professional, newHandover) == 1 && received(zc, accepted) == 1);
            // the dispatcher keeps running every two seconds: nothing is sent twice
            await().during(Duration.ofSeconds(6))
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> received(professional, newHandover) == 1 && received(zc, accepted) == 1);
        } finally {
            clock.reset();
        }
    }

    /** Whether the outbox tried to send the user's mail with this subject at least once, and has not sent it. */
    private boolean attempted(User user, String subject) {
        return jdbc.queryForObject(
                        "SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND subject = ? AND attempts > 0 "
                                + "AND status <> 'SENT'",
                        Integer.class,
                        Fixtures.emailOf(user.username()),
                        subject)
                == 1;
    }

    /** How many mails with this subject the mail server received for the user. */
    private static long received(User user, String subject) {
        String address = Fixtures.emailOf(user.username());
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return subject.equals(message.getSubject())
                                && Arrays.stream(message.getAllRecipients())
                                        .anyMatch(recipient ->
                                                recipient.toString().equals(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .count();
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new case of the student referred to the provider, on its waiting list and handed over, through the API. */
    private long handedOver(School school, long studentId, long providerId) {
        User zc = school.zorgcoordinator();
        long caseId = raiseSignal(school.slb(), studentId);
        fire(zc, caseId, "START_TRIAGE", Map.of());
        fire(zc, caseId, "REFER", Map.of("providerId", providerId));
        consentWaitAndHandOver(school, caseId, providerId);
        return caseId;
    }

    /** The student consents to the provider, the case goes on its waiting list with a bridging plan and is handed over. */
    private void consentWaitAndHandOver(School school, long caseId, long providerId) {
        User zc = school.zorgcoordinator();
        assertThat(api.as(zc)
                        .post(
                                "/api/cases/" + caseId + "/consents",
                                Map.of(
                                        "givenBy",
                                        "STUDENT",
                                        "providerId",
                                        providerId,
                                        "sections",
                                        List.of("STUDENT", "SIGNALS", "SCHOOL_SUPPORT", "BRIDGING"),
                                        "givenHow",
                                        "IN_PERSON",
                                        "validUntil",
                                        fixtures.today().plusMonths(6).toString()))
                        .status())
                .isEqualTo(201);
        fire(
                zc,
                caseId,
                "PLACE_ON_WAITLIST",
                Map.of(
                        "bridging",
                        Map.of(
                                "contactUserId",
                                school.slb().id(),
                                "contactEveryDays",
                                14,
                                "description",
                                "Elke twee weken een gesprek.")));
        fire(zc, caseId, "START_HANDOVER", Map.of("sections", List.of("STUDENT", "SIGNALS", "SCHOOL_SUPPORT")));
    }

    private String providerName(User zc, long caseId, long providerId) {
        for (com.fasterxml.jackson.databind.JsonNode proposal : api.as(zc)
                .get("/api/cases/" + caseId + "/provider-proposals")
                .body()
                .path("proposals")) {
            if (proposal.path("provider").path("id").asLong() == providerId) {
                return proposal.path("provider").path("name").asText();
            }
        }
        throw new AssertionError("provider " + providerId + " is not among the proposals of case " + caseId);
    }

    private long raiseSignal(User slb, long studentId) {
        Api.Response signal = api.as(slb)
                .post(
                        "/api/signals",
                        Map.of(
                                "studentId",
                                studentId,
                                "lifeDomains",
                                List.of("MENTAL_HEALTH"),
                                "urgency",
                                "NORMAL",
                                "observation",
                                "Slaapt slecht en zegt dat het thuis onrustig is.",
                                "discussedWithStudent",
                                true));
        assertThat(signal.status()).isEqualTo(201);
        return signal.body().path("caseId").asLong();
    }

    private void fire(User user, long caseId, String event, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put(
                "version",
                api.as(user).get("/api/cases/" + caseId).body().path("version").asLong());
        Api.Response response = api.as(user).post("/api/cases/" + caseId + "/events/" + event, body);
        assertThat(response.status()).as("%s: %s", event, response.body()).isEqualTo(200);
    }

    private static Locator success(Page page) {
        return page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Gelukt"));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator form(Page page, String name) {
        return page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName(name));
    }
}
