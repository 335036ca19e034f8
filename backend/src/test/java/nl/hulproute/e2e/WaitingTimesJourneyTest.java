package nl.hulproute.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.hulproute.e2e.WebBrowser.capture;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import nl.hulproute.platform.MovableClock;
import nl.hulproute.socialmap.ProviderKind;
import nl.hulproute.socialmap.Providers;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.CareEpisodeDriver;
import nl.hulproute.testsupport.CareEpisodeDriver.Provider;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Wachttijden in a real browser: the zorgcoördinator opens the report from the menu, reads the figures per provider
 * (a provider with too few cases shows none), sees the chart with its table, and switches to gemeenten. Checked with
 * axe; the screenshot is the README's.
 */
@HulprouteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WaitingTimesJourneyTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Api api;

    @Autowired
    Providers providers;

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
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theCoordinatorReadsTheWaitingTimesPerProviderAndPerGemeente() {
        CareEpisodeDriver driver = new CareEpisodeDriver(api, fixtures, providers, clock, fixtures.school());
        Provider ggz = driver.provider("GGZ De Linde", ProviderKind.GGZ);
        Provider wijkteam = driver.provider("Wijkteam Noord", ProviderKind.WIJKTEAM);
        Provider jongerenwerk = driver.provider("Jongerenwerk Oost", ProviderKind.JONGERENWERK);
        LocalDate start = fixtures.today().minusDays(300);
        int[] ggzWaits = {35, 49, 56, 63, 70, 91, 120};
        for (int i = 0; i < ggzWaits.length; i++) {
            driver.episode(
                    ggz,
                    start.plusDays(9L * i),
                    ggzWaits[i],
                    ggzWaits[i] + 9 + i,
                    i == 3 ? null : 14,
                    i == 3 ? 0 : ggzWaits[i] / 16);
        }
        int[] wijkteamWaits = {7, 12, 14, 21, 28};
        for (int i = 0; i < wijkteamWaits.length; i++) {
            driver.episode(
                    wijkteam,
                    start.plusDays(11L * i + 3),
                    i == 0 ? null : wijkteamWaits[i],
                    wijkteamWaits[i] + 6,
                    7,
                    wijkteamWaits[i] / 8);
        }
        driver.episode(jongerenwerk, start.plusDays(40), 10, 14, 7, 1);
        driver.episode(jongerenwerk, start.plusDays(80), 6, 9, 7, 0);

        Page page = browser.signedInAs(driver.school().zorgcoordinator());
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Wachttijden").setExact(true))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Wachttijden").setLevel(1)))
                .isVisible();
        Locator table =
                page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Wachttijden per aanbieder"));
        Locator ggzRow = table.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("GGZ De Linde"));
        // referral → care: 44, 59, 67, 75, 83, 105, 135 days: the median is 75
        assertThat(ggzRow.getByRole(AriaRole.CELL).nth(0)).hasText("7");
        assertThat(ggzRow.getByRole(AriaRole.CELL).nth(1)).hasText("75");
        assertThat(table.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Jongerenwerk Oost")))
                .containsText("Minder dan 5 casussen");
        assertThat(page.getByRole(AriaRole.FIGURE)).isVisible();
        capture(page, "wachttijden");

        page.getByLabel("Indelen per").selectOption("municipality");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon wachttijden"))
                .click();
        Locator byGemeente =
                page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Wachttijden per gemeente"));
        assertThat(byGemeente.getByRole(
                        AriaRole.ROW,
                        new Locator.GetByRoleOptions().setName(driver.school().municipality())))
                .containsText("14");
        WebBrowser.assertAccessible(page, "wachttijden per gemeente");
    }
}
