package nl.hulproute.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.hulproute.e2e.WebBrowser.capture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.hulproute.shared.Role;
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
 * Support agreements in a real browser: the zorgcoördinator drafts one, records the student's acceptance, evaluates it
 * with "adjust" and has the new version accepted; the SLB'er sees the measures card; the auditor opens Naleving, picks
 * a past peildatum, drills down and downloads the PDF, whose figures match the API. Each screen is checked with axe.
 */
@HulprouteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementsJourneyTest {

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
    void theCoordinatorAgreesEvaluatesAndRevisesTheSlbSeesTheMeasuresAndTheAuditorFilesTheReport() throws IOException {
        School school = fixtures.school();
        long studentId = fixtures.student(school, 18);
        User zc = school.zorgcoordinator();

        // the zorgcoördinator drafts the agreement
        Page page = browser.signedInAs(zc);
        page.navigate("/afspraken/studenten/" + studentId);
        assertThat(heading(page, "Ondersteuningsafspraken")).isVisible();
        page.getByLabel("Ondersteuningsbehoefte in de woorden van de student")
                .fill("Ik raak snel overprikkeld als het druk is in de klas.");
        page.getByLabel("Soort").selectOption("ADAPTED_ASSESSMENT");
        page.getByLabel("Wat houdt de maatregel in").fill("Toetsen in een aparte, rustige ruimte");
        page.getByLabel("Wie zorgt ervoor").fill("Toetscoördinator");
        button(page, "Concept opslaan").click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setName(java.util.regex.Pattern.compile("Afspraak \\d+ · versie 1 · Concept"))))
                .isVisible();
        capture(page, "afspraken-concept");

        // the student accepted it eleven months ago (recorded after the fact)
        button(page, "Acceptatie vastleggen").click();
        Locator acceptance = form(page, "Acceptatie vastleggen");
        acceptance
                .getByLabel("Geaccepteerd op")
                .fill(fixtures.today().minusMonths(11).toString());
        acceptance.getByLabel("Hoe").fill("Getekend in het gesprek");
        button(page, "Acceptatie opslaan").click();
        assertThat(page.getByText("De acceptatie is vastgelegd.")).isVisible();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setName(java.util.regex.Pattern.compile("versie 1 · Geaccepteerd"))))
                .isVisible();

        // the evaluation with the student: the measure needs adjusting, so version 2 is drafted
        button(page, "Evaluatie vastleggen").click();
        Locator evaluation = form(page, "Evaluatie vastleggen");
        evaluation.getByLabel("Wie waren er verder bij").fill("SLB'er, ouder");
        evaluation.getByLabel("Aanpassen").check();
        evaluation
                .getByLabel("Wat vindt de student ervan")
                .fill("De ruimte helpt, maar ik wil ook mijn koptelefoon op.");
        capture(page, "afspraken-evaluatie");
        button(page, "Evaluatie opslaan").click();
        assertThat(page.getByText("Versie 2 staat klaar om aan te passen en te laten accepteren."))
                .isVisible();

        button(page, "Afspraak wijzigen").click();
        page.getByLabel("Wat houdt de maatregel in").fill("Toetsen in een aparte ruimte, met koptelefoon");
        button(page, "Concept bijwerken").click();
        assertThat(page.getByText("De afspraak is opgeslagen.")).isVisible();
        button(page, "Acceptatie vastleggen").click();
        form(page, "Acceptatie vastleggen").getByLabel("Hoe").fill("Akkoord gegeven in het gesprek");
        button(page, "Acceptatie opslaan").click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setName(java.util.regex.Pattern.compile("versie 2 · Geaccepteerd"))))
                .isVisible();
        Locator versions =
                page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Alle versies van deze afspraak"));
        assertThat(versions.getByRole(
                        AriaRole.CELL,
                        new Locator.GetByRoleOptions().setName("Vervangen").setExact(true)))
                .hasCount(1);
        capture(page, "afspraken-geaccepteerd");

        // another student of the location is overdue, and shows on the Evaluaties worklist
        AgreementApi agreements = new AgreementApi(api, zc);
        long overdueStudent = fixtures.student(school, 20);
        agreements.accepted(overdueStudent, fixtures.today().minusMonths(14));
        page.navigate("/afspraken");
        assertThat(heading(page, "Evaluaties")).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE).getByText("dagen te laat")).hasCount(1);
        capture(page, "afspraken-evaluaties");

        // the SLB'er sees what the student may count on, and nothing about the need
        Page slb = browser.signedInAs(school.slb());
        slb.navigate("/mijn-signalen");
        Locator card = slb.getByRole(AriaRole.ARTICLE)
                .filter(new Locator.FilterOptions().setHasText("Toetsen in een aparte ruimte, met koptelefoon"));
        assertThat(card).hasCount(1);
        assertThat(card).not().containsText("overprikkeld");
        capture(slb, "afspraken-slb-maatregelen");

        // the auditor picks a past peildatum, drills down to the location and files the PDF
        LocalDate peildatum = fixtures.today().minusDays(10);
        User auditor = fixtures.user(Role.AUDITOR, Set.of(), null);
        Page audit = browser.signedInAs(auditor);
        menuLink(audit, "Naleving").click();
        assertThat(heading(audit, "Naleving")).isVisible();
        audit.getByLabel("Peildatum", new Page.GetByLabelOptions().setExact(true))
                .fill(peildatum.toString());
        button(audit, "Toon cijfers").click();
        String locationName = api.as(zc)
                .get("/api/me")
                .body()
                .path("locations")
                .get(0)
                .path("name")
                .asText();
        button(audit, "Te late van " + locationName).click();
        Locator evidence = audit.getByRole(
                AriaRole.TABLE, new Page.GetByRoleOptions().setName("Te late evaluaties met gedateerd bewijs"));
        assertThat(evidence.getByRole(AriaRole.ROW)).hasCount(2);
        assertThat(evidence).not().containsText("overprikkeld");
        capture(audit, "naleving");

        JsonNode figures = api.as(auditor)
                .get("/api/compliance/evaluations?asOf=" + peildatum + "&groupBy=location")
                .body();
        Download download = audit.waitForDownload(
                () -> audit.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download rapport (PDF)"))
                        .click());
        String text = pdfText(Files.readAllBytes(download.path()));
        JsonNode total = figures.path("total");
        assertThat(text)
                .contains(
                        "Peildatum:",
                        "Totaal " + total.path("active").asLong() + " "
                                + total.path("compliant").asLong() + " "
                                + total.path("overdue").asLong() + " "
                                + String.format(
                                        Locale.forLanguageTag("nl-NL"),
                                        "%.1f%%",
                                        total.path("compliantPercent").asDouble()));
        for (JsonNode group : figures.path("groups")) {
            assertThat(text).contains(group.path("name").asText());
        }
        assertThat(text).contains("Te late evaluaties (" + total.path("overdue").asLong() + ")");
        assertThat(text).doesNotContain("overprikkeld");
    }

    /** The API as the zorgcoördinator, to set up the rest of the school quickly. */
    private record AgreementApi(Api api, User zc) {
        void accepted(long studentId, LocalDate on) {
            Api.Response created = api.as(zc)
                    .post(
                            "/api/students/" + studentId + "/agreements",
                            Map.of(
                                    "needInOwnWords",
                                    "Ik kan slecht plannen.",
                                    "measures",
                                    List.of(Map.of(
                                            "kind",
                                            "EXTRA_GUIDANCE",
                                            "description",
                                            "Weekplanning met de SLB'er",
                                            "responsible",
                                            "SLB'er",
                                            "appliesDuringInternship",
                                            true))));
            assertThat(created.status()).isEqualTo(201);
            assertThat(api.as(zc)
                            .post(
                                    "/api/agreements/"
                                            + created.body().path("id").asLong() + "/acceptance",
                                    Map.of("acceptedOn", on.toString(), "acceptedBy", "STUDENT", "how", "Getekend"))
                            .status())
                    .isEqualTo(200);
        }
    }

    private static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator form(Page page, String name) {
        return page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName(name));
    }

    private static Locator menuLink(Page page, String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
