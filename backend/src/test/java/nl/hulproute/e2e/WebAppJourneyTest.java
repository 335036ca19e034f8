package nl.hulproute.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.hulproute.e2e.WebBrowser.capture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.hulproute.shared.Role;
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
 * The web app's journeys in a real browser, against the whole application on MariaDB: each page is checked with
 * axe-core and photographed (target/screenshots; docs/screenshots with -Dhulproute.update-screenshots=true).
 */
@HulprouteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebAppJourneyTest {

    /** The signal form lists ten life domains; from the first, this many tabs lead past the others. */
    private static final int LIFE_DOMAINS_AFTER_THE_FIRST = 9;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Api api;

    @Autowired
    nl.hulproute.platform.MovableClock clock;

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
    void aSignalFromTheSlbIsTriagedAndAssignedAndTheSlbSeesItsStatusChange() {
        School school = fixtures.school();
        fixtures.student(school, 17);
        JsonNode student =
                api.as(school.slb()).get("/api/students").body().path("content").get(0);
        String studentName = student.path("name").asText();
        String studentNumber = student.path("studentNumber").asText();

        Page slb = browser.signedInAs(school.slb());
        assertThat(heading(slb, "Signaal melden")).isVisible();
        capture(slb, "02-signaal-melden");

        // the SLB'er fills in the signal with the keyboard only, finding the student by first name and number
        slb.getByLabel("Zoek je student").focus();
        slb.keyboard().type(studentName.split(" ")[0] + " " + studentNumber);
        Locator choose = button(slb, "Kies " + studentName + " (" + studentNumber + ")");
        choose.waitFor();
        slb.keyboard().press("Tab");
        assertThat(choose).isFocused();
        slb.keyboard().press("Enter");
        assertThat(button(slb, "Andere student kiezen")).isVisible();
        // focus moves on to the next field, not to the page
        assertThat(slb.getByLabel("Psychische gezondheid")).isFocused();
        slb.keyboard().press("Space");
        for (int i = 0; i < LIFE_DOMAINS_AFTER_THE_FIRST + 1; i++) {
            slb.keyboard().press("Tab");
        }
        assertThat(slb.getByLabel("Normaal")).isFocused();
        slb.keyboard().press("ArrowDown");
        slb.keyboard().press("ArrowDown");
        assertThat(slb.getByLabel("Acuut")).isChecked();
        assertThat(slb.getByRole(AriaRole.ALERT)).containsText("Bel nu de zorgcoördinator");
        assertThat(slb.getByRole(AriaRole.ALERT)).containsText("Bel 112");
        // the acute instructions name whom to reach: their phone and e-mail links come next in the tab order. They
        // load after the alert shows, so they are counted once they are there (counted before, the tabs fell short)
        assertThat(slb.getByRole(AriaRole.ALERT).getByText("Zorgcoördinatoren van de locatie:"))
                .isVisible();
        int contactLinks =
                slb.getByRole(AriaRole.ALERT).getByRole(AriaRole.LINK).count();
        for (int i = 0; i <= contactLinks; i++) {
            slb.keyboard().press("Tab");
        }
        assertThat(slb.getByLabel("Wat zag of hoorde je?")).isFocused();
        slb.keyboard().type("Zegt in de pauze dat ze niet meer naar huis durft. Oogt bang en moe.");
        slb.keyboard().press("Tab");
        assertThat(slb.getByLabel("Ja")).isFocused();
        slb.keyboard().press("Space");
        assertThat(slb.getByLabel("Ja")).isChecked();
        capture(slb, "03-signaal-melden-acuut");
        slb.keyboard().press("Tab");
        assertThat(button(slb, "Signaal versturen")).isFocused();
        slb.keyboard().press("Enter");

        assertThat(heading(slb, "Signaal verstuurd")).isVisible();
        assertThat(slb.getByRole(AriaRole.ALERT)).containsText("Bel 112");
        assertThat(slb.getByRole(AriaRole.STATUS).first()).containsText(studentName);
        capture(slb, "04-signaal-verstuurd");

        menuLink(slb, "Mijn signalen").click();
        Locator mySignal = rowWith(slb, studentName);
        assertThat(mySignal).containsText("Ontvangen");
        capture(slb, "05-mijn-signalen");

        // the zorgcoördinator finds it in the caseload
        Page zc = browser.signedInAs(school.zorgcoordinator());
        assertThat(heading(zc, "Caseload")).isVisible();
        Locator row = rowWith(zc, studentName);
        assertThat(row).containsText("Gesignaleerd");
        assertThat(row).containsText("Acuut");
        assertThat(zc.getByText("Nieuwe signalen deze week")).isVisible();
        capture(zc, "06-caseload");

        link(zc, studentName).focus();
        zc.keyboard().press("Enter");
        assertThat(heading(zc, "Casus " + studentName)).isVisible();
        // what was seen comes first, above the steps
        Locator seen = zc.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Wat is gezien"));
        assertThat(seen).containsText("Zegt in de pauze dat ze niet meer naar huis durft.");
        org.assertj.core.api.Assertions.assertThat(zc.locator("#signaal-kop").boundingBox().y)
                .isLessThan(zc.locator("#acties-kop").boundingBox().y);
        capture(zc, "07-casus");

        // triage and second line, with the keyboard only
        button(zc, "Triage starten").focus();
        zc.keyboard().press("Enter");
        Locator triageForm = form(zc, "Triage starten");
        assertThat(triageForm.getByLabel("Reden (niet verplicht)")).isVisible();
        zc.keyboard().press("Tab");
        zc.keyboard().press("Tab");
        assertThat(triageForm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Triage starten")))
                .isFocused();
        zc.keyboard().press("Enter");
        assertThat(zc.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Gelukt")))
                .containsText("In triage");

        button(zc, "Naar tweede lijn").focus();
        zc.keyboard().press("Enter");
        Locator assignForm = form(zc, "Naar tweede lijn");
        Locator owner = assignForm.getByLabel("Eigenaar in de tweede lijn");
        assertThat(owner.locator("option", new Locator.LocatorOptions().setHasText("Ikzelf")))
                .hasCount(1);
        capture(zc, "08-casus-actie-tweede-lijn");
        zc.keyboard().press("Tab");
        zc.keyboard().press("Tab");
        assertThat(owner).isFocused();
        zc.keyboard().press("ArrowDown");
        assertThat(owner).hasValue(String.valueOf(school.zorgcoordinator().id()));
        zc.keyboard().press("Tab");
        zc.keyboard().press("Enter");
        assertThat(zc.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Gelukt")))
                .containsText("Tweede lijn");
        assertThat(zc.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Tijdlijn")))
                .containsText("Naar tweede lijn");
        capture(zc, "09-casus-tweede-lijn");

        // the SLB'er sees the status change, and nothing of the case's content
        slb.reload();
        assertThat(mySignal).containsText("In begeleiding");
    }

    @Test
    void anSlbCannotOpenTheCaseload() {
        School school = fixtures.school();
        Page slb = browser.signedInAs(school.slb());
        assertThat(menuLink(slb, "Caseload")).hasCount(0);

        slb.navigate("/caseload");
        assertThat(heading(slb, "Geen toegang")).isVisible();
        assertThat(slb.getByRole(AriaRole.TABLE)).hasCount(0);
        capture(slb, "11-geen-toegang");
        assertThat(slb.request()
                        .get(
                                "/api/cases",
                                com.microsoft.playwright.options.RequestOptions.create()
                                        .setHeader("X-Requested-With", "XMLHttpRequest"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aRefusedEventShowsItsReasonAndAStaleCaseShowsWhatChanged() {
        School school = fixtures.school();
        long studentId = fixtures.student(school, 19);
        long caseId = raiseSignal(school.slb(), studentId, "NORMAL");

        Page zc = browser.signedInAs(school.zorgcoordinator());
        zc.navigate("/casussen/" + caseId);
        button(zc, "Afsluiten zonder vervolg").click();
        Locator dismiss = form(zc, "Afsluiten zonder vervolg");
        dismiss.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Afsluiten zonder vervolg"))
                .click();
        assertThat(dismiss.getByRole(AriaRole.ALERT)).containsText("Geef een reden.");
        assertThat(dismiss.getByRole(AriaRole.ALERT)).not().containsText("Refused");
        capture(zc, "10-casus-stap-geweigerd");

        // meanwhile a colleague starts the triage: the page still shows the old version
        Api.Response triaged = api.as(school.zorgcoordinator())
                .post("/api/cases/" + caseId + "/events/START_TRIAGE", Map.of("version", 0));
        assertThat(triaged.status()).isEqualTo(200);
        dismiss.getByLabel("Reden").fill("Dubbel gemeld.");
        dismiss.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Afsluiten zonder vervolg"))
                .click();
        Locator changed =
                zc.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("intussen gewijzigd"));
        assertThat(changed).containsText("Fase: Gesignaleerd → In triage");
        assertThat(zc.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Casus")))
                .containsText("In triage");
        capture(zc, "12-casus-intussen-gewijzigd");
    }

    @Test
    void theLoginPageExplainsAWrongPasswordAndAuditorsSeeNoCaseData() {
        Page anonymous = browser.newPage();
        anonymous.navigate("/caseload");
        assertThat(heading(anonymous, "Inloggen")).isVisible();
        anonymous.getByLabel("Gebruikersnaam").fill("niemand");
        anonymous.getByLabel("Wachtwoord").fill("fout");
        button(anonymous, "Inloggen").click();
        assertThat(anonymous.getByRole(AriaRole.ALERT)).containsText("De gebruikersnaam of het wachtwoord klopt niet.");
        capture(anonymous, "01-inloggen");

        User auditor = fixtures.user(Role.AUDITOR, Set.of(), null);
        Page page = browser.signedInAs(auditor);
        assertThat(heading(page, "Overzicht")).isVisible();
        assertThat(menuLink(page, "Caseload")).hasCount(0);
        capture(page, "13-overzicht-auditor");
    }

    @Test
    void anExternalProfessionalSeesTheHandoverAddressedToThemAndMayAcceptIt() {
        School school = fixtures.school();
        long studentId = fixtures.student(school, 17);
        long provider = fixtures.provider(school, ProviderKind.GGZ, 12, 23);
        User professional = fixtures.professionalOf(provider);
        User zc = school.zorgcoordinator();
        long caseId = raiseSignal(school.slb(), studentId, "URGENT");
        long version = fire(zc, caseId, "START_TRIAGE", 0, Map.of());
        version = fire(zc, caseId, "REFER", version, Map.of("providerId", provider));
        assertThat(api.as(zc)
                        .post(
                                "/api/cases/" + caseId + "/consents",
                                Map.of(
                                        "givenBy",
                                        "STUDENT",
                                        "providerId",
                                        provider,
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
                "START_HANDOVER",
                version,
                Map.of("sections", List.of("STUDENT", "SIGNALS", "SCHOOL_SUPPORT", "BRIDGING")));

        Page page = browser.signedInAs(professional);
        assertThat(heading(page, "Mijn overdrachten")).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Wacht op jouw antwoord");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("zorgcoördinator");
        capture(page, "14-overdrachten-extern");

        page.getByRole(AriaRole.TABLE).getByRole(AriaRole.LINK).first().click();
        // the package as it was sent: the help question, what school did, whom to call
        assertThat(subheading(page, "Overdrachtspakket")).isVisible();
        assertThat(subheading(page, "Contactpersoon op school")).isVisible();
        assertThat(subheading(page, "Wat school al deed")).isVisible();
        assertThat(button(page, "Overdracht accepteren")).isVisible();
        assertThat(button(page, "Overdracht weigeren")).isVisible();
        assertThat(button(page, "Triage starten")).hasCount(0);
        button(page, "Overdracht accepteren").click();
        Locator accept = form(page, "Overdracht accepteren");
        accept.getByLabel("Datum eerste contact of intake")
                .fill(fixtures.today().plusDays(3).toString());
        accept.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Overdracht accepteren"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Gelukt")))
                .containsText("In zorg extern");
        capture(page, "15-casus-extern");

        // a driegesprek: planned by the receiver, then recorded as held; it shows in the timeline
        Locator plan = form(page, "Driegesprek plannen");
        plan.getByLabel("Datum").fill(fixtures.today().toString());
        plan.getByLabel("Notitie").fill("Op school, lokaal 2.14");
        plan.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Driegesprek plannen"))
                .click();
        assertThat(page.getByText("Gepland op").first()).isVisible();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(java.util.regex.Pattern.compile("^Vastleggen als gehouden")))
                .click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Vastleggen").setExact(true))
                .click();
        assertThat(page.getByText("Driegesprek gehouden").first()).isVisible();
        capture(page, "overdracht-pakket-en-driegesprek");
    }

    @Test
    void aZorgcoordinatorRecordsConsentPerSectionSendsOnlyThatAndWithdrawsIt() {
        School school = fixtures.school();
        long studentId = fixtures.student(school, 19);
        long provider = fixtures.provider(school, ProviderKind.GGZ, 12, 27);
        User professional = fixtures.professionalOf(provider);
        User zc = school.zorgcoordinator();
        long caseId = raiseSignal(school.slb(), studentId, "NORMAL");
        long version = fire(zc, caseId, "START_TRIAGE", 0, Map.of());
        fire(zc, caseId, "REFER", version, Map.of("providerId", provider));

        Page page = browser.signedInAs(zc);
        page.navigate("/casussen/" + caseId);
        // the page has settled once the (still empty) consents have arrived: only then fill in the form
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Toestemming")))
                .containsText("Nog geen toestemming vastgelegd");
        Locator consentForm = form(page, "Toestemming vastleggen");
        consentForm
                .getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Wat school zag (signalen)"))
                .uncheck();
        consentForm.getByLabel("Geldig tot").fill(fixtures.today().plusMonths(6).toString());
        consentForm
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Toestemming vastleggen"))
                .click();
        Locator consents = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Toestemming"));
        assertThat(consents.getByRole(AriaRole.LISTITEM)).containsText("gegevens van de student, wat school deed");

        button(page, "Warme overdracht starten").click();
        Locator handover = form(page, "Warme overdracht starten");
        // consent is chosen once: the form starts with what the consent covers; the coordinator leaves bridging out
        assertThat(handover.getByRole(
                        AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Wat school deed (begeleiding)")))
                .isChecked();
        handover.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Overbrugging en contactpersoon"))
                .uncheck();
        capture(page, "16-casus-pakket-en-toestemming");
        handover.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Warme overdracht starten"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Gelukt")))
                .containsText("Warme overdracht");
        Api.Response asProfessional = api.as(professional).get("/api/cases/" + caseId);
        assertThat(asProfessional.body().path("visibleSections").toString())
                .isEqualTo("[\"STUDENT\",\"SCHOOL_SUPPORT\"]");

        Locator noteForm = form(page, "Notitie schrijven");
        noteForm.getByLabel("Notitie").fill("Moeder is opgenomen; niet delen buiten het zorgteam.");
        noteForm.getByRole(
                        AriaRole.RADIO,
                        new Locator.GetByRoleOptions()
                                .setName("Vertrouwelijk: alleen de zorgcoördinatoren van de casus"))
                .check();
        noteForm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Notitie opslaan"))
                .click();
        Locator notes = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Notities"));
        assertThat(notes.getByRole(AriaRole.LISTITEM)).containsText("Vertrouwelijk");
        assertThat(api.as(professional).get("/api/cases/" + caseId + "/notes").body())
                .isEmpty();

        // the student says the note is wrong: the zorgcoördinator corrects it and adds the student's own words
        notes.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(Pattern.compile("^Corrigeren: notitie")))
                .click();
        Locator correction = form(page, "Notitie corrigeren");
        correction
                .getByLabel("Juiste tekst van de notitie")
                .fill("Moeder is met ziekteverlof; niet delen buiten het zorgteam.");
        correction
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Correctie opslaan"))
                .click();
        assertThat(correction.getByRole(AriaRole.ALERT)).containsText("Geef de reden van de correctie.");
        capture(page, "22-casus-correctie");
        correction.getByLabel("Reden van de correctie").fill("Op verzoek van de student: klopte niet.");
        correction
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Correctie opslaan"))
                .click();
        assertThat(notes.getByRole(AriaRole.LIST, new Locator.GetByRoleOptions().setName("Correcties")))
                .containsText("reden: Op verzoek van de student: klopte niet.");
        assertThat(notes).not().containsText("Moeder is opgenomen");
        Locator statementForm = form(page, "Verklaring van de student toevoegen");
        statementForm
                .getByLabel("Wat de student zelf wil laten vastleggen")
                .fill("Ik zorg 's avonds voor mijn broertje.");
        statementForm
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verklaring opslaan"))
                .click();
        assertThat(notes.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("mijn broertje")))
                .containsText("Verklaring van de student");
        capture(page, "23-casus-gecorrigeerd-en-verklaring");

        assertThat(link(page, "Dossier downloaden (PDF)"))
                .hasAttribute("href", "/api/students/" + studentId + "/record?format=pdf");

        button(page, "Toestemming intrekken").click();
        button(page, "Ja, trek de toestemming in").click();
        assertThat(consents.getByRole(AriaRole.LISTITEM)).containsText("Ingetrokken op");
        assertThat(consents.getByRole(AriaRole.STATUS)).containsText("ziet deze casus niet meer");
        capture(page, "17-toestemming-ingetrokken");
        assertThat(api.as(professional).get("/api/cases/" + caseId).status()).isEqualTo(404);
    }

    @Test
    void aZorgcoordinatorOfAnotherLocationUsesBreakGlassReadsTheCaseAndTheStudentsOwnZorgcoordinatorIsTold() {
        School home = fixtures.school();
        long studentId = fixtures.student(home, 17);
        long caseId = raiseSignal(home.slb(), studentId, "ACUTE");
        JsonNode student = api.as(home.zorgcoordinator())
                .get("/api/cases/" + caseId)
                .body()
                .path("student");
        String number = student.path("studentNumber").asText();
        String name = student.path("name").asText();
        School other = fixtures.school();

        // a zorgcoördinator of another location finds the student and states why
        Page visitor = browser.signedInAs(other.zorgcoordinator());
        menuLink(visitor, "Noodtoegang").click();
        assertThat(heading(visitor, "Noodtoegang")).isVisible();
        // by (part of) the name and the number, in any order
        visitor.getByLabel("Naam of studentnummer", new Page.GetByLabelOptions().setExact(true))
                .fill(number + " " + name.split(" ")[0]);
        visitor.keyboard().press("Enter");
        Locator explanation =
                visitor.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Wat betekent noodtoegang?"));
        assertThat(explanation).containsText("4 uur lang lezen");
        assertThat(explanation).containsText("toegangslog");
        Locator request = form(visitor, "Noodtoegang gebruiken");
        Locator reason = request.getByLabel("Waarom heb je nu toegang nodig?");
        button(visitor, "Noodtoegang gebruiken").click();
        assertThat(request).containsText("Geef een reden.");
        assertThat(reason).isFocused();
        reason.fill("Student staat bij onze receptie en vraagt naar haar begeleider.");
        capture(visitor, "18-noodtoegang");
        button(visitor, "Noodtoegang gebruiken").click();
        Locator granted = visitor.getByRole(AriaRole.STATUS)
                .filter(new Locator.FilterOptions().setHasText("Je hebt noodtoegang tot"));
        assertThat(granted).containsText("Je kunt geen stappen zetten");
        WebBrowser.assertAccessible(visitor, "noodtoegang gegeven");

        // the student's cases show in the caseload, read-only
        granted.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Bekijk de casussen van " + name))
                .click();
        assertThat(heading(visitor, "Caseload")).isVisible();
        Locator row = rowWith(visitor, number);
        assertThat(row).containsText("Noodtoegang: alleen lezen");
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name))
                .click();
        assertThat(heading(visitor, "Casus " + name)).isVisible();
        assertThat(visitor.getByText("Noodtoegang: alleen lezen.")).isVisible();
        assertThat(visitor.getByText("Wordt 18 op")).isVisible();
        assertThat(visitor.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Wat kun je nu doen?")))
                .hasCount(0);
        assertThat(button(visitor, "Triage starten")).hasCount(0);
        capture(visitor, "21-casus-noodtoegang");

        // the student's own zorgcoördinator was told of the acute signal at once, and now of the break-glass, and is
        // not sent to the access log they cannot read
        Page owner = browser.signedInAs(home.zorgcoordinator());
        Locator notices = owner.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Meldingen")));
        assertThat(notices).hasText("Meldingen (2 ongelezen)"); // "Meldingen (2)" on screen
        notices.click();
        assertThat(heading(owner, "Meldingen")).isVisible();
        Locator acute = owner.getByRole(AriaRole.LISTITEM)
                .filter(new Locator.FilterOptions().setHasText("(" + number + "): neem vandaag nog contact op"));
        assertThat(acute).containsText("Nieuw");
        assertThat(acute.getByRole(AriaRole.LINK)).hasAttribute("href", "/casussen/" + caseId);
        Locator notice = owner.getByRole(AriaRole.LISTITEM)
                .filter(new Locator.FilterOptions().setHasText("gebruikte noodtoegang voor"));
        assertThat(notice).containsText("Nieuw");
        assertThat(notice).containsText("(" + number + ").");
        assertThat(notice).containsText("alleen de privacy officer bekijkt dat");
        assertThat(notice.getByRole(AriaRole.LINK)).hasCount(0);
        capture(owner, "19-meldingen");
        notice.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Markeer als gelezen"))
                .click();
        assertThat(notice).containsText("Gelezen op");
        assertThat(notices).hasText("Meldingen (1 ongelezen)");

        owner.navigate("/toegangslog?studentId=" + studentId);
        assertThat(heading(owner, "Geen toegang")).isVisible();
        assertThat(owner.getByText("Alleen de privacy officer bekijkt het toegangslog."))
                .isVisible();
    }

    @Test
    void theAuditorFindsABreakGlassInTheAccessLog() {
        School home = fixtures.school();
        long studentId = fixtures.student(home, 19);
        long caseId = raiseSignal(home.slb(), studentId, "URGENT");
        User visitor = fixtures.school().zorgcoordinator();
        String reason = "Student meldt zich acuut bij onze locatie.";
        assertThat(api.as(visitor)
                        .post("/api/students/" + studentId + "/break-glass", Map.of("reason", reason))
                        .status())
                .isEqualTo(201);
        assertThat(api.as(visitor).get("/api/cases/" + caseId).status()).isEqualTo(200);

        User auditor = fixtures.user(Role.AUDITOR, Set.of(), null);
        Page page = browser.signedInAs(auditor);
        link(page, "Bekijk het toegangslog").click();
        assertThat(heading(page, "Toegangslog")).isVisible();
        String number = api.as(home.zorgcoordinator())
                .get("/api/cases/" + caseId)
                .body()
                .path("student")
                .path("studentNumber")
                .asText();
        page.getByLabel("Student", new Page.GetByLabelOptions().setExact(true)).fill(number);
        button(page, "Filteren").click();
        assertThat(page).hasURL(Pattern.compile("/toegangslog\\?student=" + number + "$"));

        Locator underBreakGlass = rowWith(page, reason);
        assertThat(underBreakGlass).hasCount(2); // the break-glass itself and the read of the case under it
        // newest first: the read of the case under break-glass, then the break-glass itself
        assertThat(underBreakGlass.first().getByRole(AriaRole.CELL).nth(1)).hasText("Bekeken");
        assertThat(underBreakGlass.first()).containsText(visitor.username());
        assertThat(underBreakGlass.first()).containsText(number);
        assertThat(underBreakGlass.last().getByRole(AriaRole.CELL).nth(1)).hasText("Noodtoegang");
        assertThat(rowWith(page, "Vastgelegd")
                        .filter(new Locator.FilterOptions().setHasText("Signaal"))
                        .first())
                .containsText("Normaal werk");
        capture(page, "20-toegangslog");

        // one user's lines, from the table, with the keyboard
        String visitorName =
                api.as(visitor).get("/api/me").body().path("displayName").asText();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alleen regels van " + visitorName))
                .first()
                .focus();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("student=" + number + "&userId=" + visitor.id()));
        // the auditor takes the filtered log along as CSV; the download is logged too
        assertThat(link(page, "Deze regels downloaden (CSV)"))
                .hasAttribute("href", "/api/access-log/export?student=" + number + "&userId=" + visitor.id());
        assertThat(rowWith(page, home.slb().username())).hasCount(0);
        assertThat(rowWith(page, reason)).hasCount(2);
    }

    @Test
    void theAdministratorAddsAUserAndDisablesAnother() {
        School school = fixtures.school();
        User admin = fixtures.user(Role.ADMIN, Set.of(school.locationId()), null);
        String username = "nieuw-" + admin.username();

        Page page = browser.signedInAs(admin);
        menuLink(page, "Gebruikers").click();
        assertThat(heading(page, "Gebruikers")).isVisible();
        page.getByLabel("Locatie", new Page.GetByLabelOptions().setExact(true))
                .selectOption(String.valueOf(school.locationId()));
        assertThat(rowWith(page, school.slb().username())).hasCount(1);
        capture(page, "beheer-gebruikers");

        link(page, "Gebruiker toevoegen").click();
        assertThat(heading(page, "Gebruiker toevoegen")).isVisible();
        button(page, "Gebruiker toevoegen").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Vul een gebruikersnaam in.");
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Bram Meijer");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("SLB’er"))
                .check();
        String n = school.municipality().substring("Gemeente ".length());
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Locatie " + n + " (L" + n + ")"))
                .check();
        page.getByLabel("Eerste wachtwoord").fill("een-wachtwoord");
        capture(page, "beheer-gebruiker-toevoegen");
        button(page, "Gebruiker toevoegen").click();
        assertThat(heading(page, "Bram Meijer")).isVisible();
        assertThat(page.getByText("De gebruiker is toegevoegd.")).isVisible();
        assertThat(api.as(username, "een-wachtwoord").get("/api/me").status()).isEqualTo(200);

        // the SLB'er of the school loses access
        assertThat(api.as(school.slb()).get("/api/me").status()).isEqualTo(200);
        link(page, "Terug naar gebruikers").click();
        page.getByLabel("Naam of gebruikersnaam").fill(school.slb().username());
        button(page, "Zoeken").click();
        rowWith(page, school.slb().username()).getByRole(AriaRole.LINK).click();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Mag inloggen"))
                .uncheck();
        button(page, "Wijzigingen opslaan").click();
        assertThat(page.getByRole(AriaRole.STATUS)
                        .filter(new Locator.FilterOptions().setHasText("kan niet meer inloggen")))
                .isVisible();
        capture(page, "beheer-gebruiker-gedeactiveerd");
        assertThat(api.as(school.slb()).get("/api/me").status()).isEqualTo(401);

        menuLink(page, "Sociale kaart").click();
        assertThat(heading(page, "Sociale kaart")).isVisible();
        capture(page, "beheer-sociale-kaart");

        menuLink(page, "Locaties en teams").click();
        assertThat(heading(page, "Locaties en teams")).isVisible();
        button(page, "Team toevoegen aan Locatie " + n).click();
        button(page, "Opslaan").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Vul de naam van het team in.");
        page.getByLabel("Naam van het team").fill("Team Sport en Bewegen");
        page.getByLabel("Sector").fill("Zorg en welzijn");
        button(page, "Opslaan").click();
        assertThat(page.getByText("Team Sport en Bewegen is toegevoegd.")).isVisible();
        assertThat(rowWith(page, "Team Sport en Bewegen")).hasCount(1);
        capture(page, "beheer-locaties");

        menuLink(page, "Instellingen").click();
        assertThat(heading(page, "Instellingen")).isVisible();
        assertThat(page.getByText("hulproute.privacy.break-glass-duration")).isVisible();
        capture(page, "beheer-instellingen");
    }

    @Test
    void aZorgcoordinatorSeesTheWaitingListOverdueFirstAndClearsAWarningByRecordingAContact() {
        School school = fixtures.school();
        long provider = fixtures.provider(school, ProviderKind.GGZ, 12, 27);
        User zc = school.zorgcoordinator();
        // one student waits since ten days ago with a contact every 7 days (overdue), one since today
        clock.advance(java.time.Duration.ofDays(-10));
        long late;
        try {
            late = waitingCase(school, provider, zc, "Wekelijks gesprek met de mentor.");
        } finally {
            clock.reset();
        }
        waitingCase(school, provider, zc, "Aangepast rooster: later beginnen op maandag.");
        String lateName = api.as(zc)
                .get("/api/cases/" + late)
                .body()
                .path("student")
                .path("name")
                .asText();

        Page page = browser.signedInAs(zc);
        menuLink(page, "Wachtlijst").click();
        assertThat(heading(page, "Wachtlijst")).isVisible();
        Locator rows = page.getByRole(AriaRole.TABLE).getByRole(AriaRole.ROW);
        assertThat(rows.nth(1)).containsText(lateName);
        assertThat(rows.nth(1)).containsText("(te laat)");
        capture(page, "wachtlijst");

        button(page, "Contact vastleggen met " + lateName).click();
        Locator contact = form(page, "Contact met " + lateName + " vastleggen");
        contact.getByLabel("Korte notitie").fill("Gebeld; gaat redelijk, volgende week op school.");
        capture(page, "wachtlijst-contact");
        contact.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)
                        .filter(new Locator.FilterOptions().setHasText("Contact vastgelegd.")))
                .isVisible();
        assertThat(rowWith(page, lateName).first()).not().containsText("(te laat)");
        assertThat(page.getByText("geen overbruggingscontact is te laat")).isVisible();

        // the contact is in the case's timeline
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(lateName))
                .click();
        assertThat(page.getByText("Gebeld; gaat redelijk, volgende week op school."))
                .isVisible();
    }

    @Test
    void theAdministratorSeesTheMailOutbox() {
        // a handover mails the provider's professional; without a mail server the mail waits in the outbox
        School school = fixtures.school();
        long provider = fixtures.provider(school, ProviderKind.GGZ, 12, 27);
        User professional = fixtures.professionalOf(provider);
        User zc = school.zorgcoordinator();
        long caseId = waitingCase(school, provider, zc, "Wekelijks gesprek met de mentor.");
        fire(
                zc,
                caseId,
                "START_HANDOVER",
                api.as(zc).get("/api/cases/" + caseId).body().path("version").asLong(),
                Map.of("sections", List.of("STUDENT", "SCHOOL_SUPPORT", "BRIDGING")));
        String address = Fixtures.emailOf(professional.username());

        User admin = fixtures.user(Role.ADMIN, Set.of(), null);
        Page page = browser.signedInAs(admin);
        menuLink(page, "E-mail").click();
        assertThat(heading(page, "E-mail")).isVisible();
        assertThat(page.getByText("Er is geen mailserver ingesteld")).isVisible();
        for (int attempt = 0; attempt < 20 && rowWith(page, address).count() == 0; attempt++) {
            page.waitForTimeout(500);
            page.reload();
        }
        assertThat(rowWith(page, address)).containsText("Nieuwe warme overdracht");
        assertThat(rowWith(page, address)).containsText("Wacht op verzending");
        capture(page, "beheer-e-mail");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** A new student of the school on the provider's waiting list, with the SLB'er keeping contact every 7 days. */
    private long waitingCase(School school, long provider, User zc, String bridging) {
        long caseId = raiseSignal(school.slb(), fixtures.student(school, 17), "NORMAL");
        long version = fire(zc, caseId, "START_TRIAGE", 0, Map.of());
        version = fire(zc, caseId, "REFER", version, Map.of("providerId", provider));
        assertThat(api.as(zc)
                        .post(
                                "/api/cases/" + caseId + "/consents",
                                Map.of(
                                        "givenBy",
                                        "STUDENT",
                                        "providerId",
                                        provider,
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
                version,
                Map.of(
                        "bridging",
                        Map.of("contactUserId", school.slb().id(), "contactEveryDays", 7, "description", bridging)));
        return caseId;
    }

    private long raiseSignal(User slb, long studentId, String urgency) {
        Api.Response signal = api.as(slb)
                .post(
                        "/api/signals",
                        Map.of(
                                "studentId",
                                studentId,
                                "lifeDomains",
                                List.of("HOUSING", "FINANCES_DEBT"),
                                "urgency",
                                urgency,
                                "observation",
                                "Vertelt dat hij bij vrienden slaapt sinds een ruzie thuis.",
                                "discussedWithStudent",
                                true));
        assertThat(signal.status()).isEqualTo(201);
        return signal.body().path("caseId").asLong();
    }

    private long fire(User user, long caseId, String event, long version, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("version", version);
        Api.Response response = api.as(user).post("/api/cases/" + caseId + "/events/" + event, body);
        assertThat(response.status()).as("%s: %s", event, response.body()).isEqualTo(200);
        return response.body().path("version").asLong();
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
    }

    private static Locator subheading(Page page, String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator rowWith(Page page, String text) {
        return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(text));
    }

    private static Locator menuLink(Page page, String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator form(Page page, String name) {
        return page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName(name));
    }
}
