package nl.hulproute.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import nl.hulproute.testsupport.Fixtures;

/**
 * Debian's headless Chromium driven by Playwright for Java, with axe-core in every page and a screenshot of each
 * screen. A missing browser fails the test run with a clear message: CI installs it, so it must be there.
 */
final class WebBrowser implements AutoCloseable {

    static final Path CHROMIUM = Paths.get(System.getProperty("hulproute.chromium", "/usr/bin/chromium"));

    /** The WCAG 2.1 A and AA rules of axe-core. */
    private static final String AXE_RUN = """
            async () => {
              const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | '));
            }""";

    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;

    WebBrowser(int port) {
        assertThat(Files.isExecutable(CHROMIUM))
                .as(
                        "The end-to-end tests need Debian's Chromium at %s: install it with `apt-get install -y chromium` "
                                + "(or point -Dhulproute.chromium at another Chromium)",
                        CHROMIUM)
                .isTrue();
        assertThat(Files.isReadable(axeScript()))
                .as("axe-core is missing at %s: build the frontend first (npm ci)", axeScript())
                .isTrue();
        this.baseUrl = "http://localhost:" + port;
        this.playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    /** A fresh browser session (its own cookies), with axe-core loaded into every page it opens. */
    Page newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setLocale("nl-NL")
                .setTimezoneId("Europe/Amsterdam")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        // an init script runs outside the page's Content-Security-Policy, which rightly forbids inline scripts
        context.addInitScript(axeScript());
        Page page = context.newPage();
        // what the browser complains about ends up in the test output, next to a failure it may explain
        page.onPageError(error -> System.out.println("[browser] page error: " + error));
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().contains("401")) {
                System.out.println("[browser] console error: " + message.text());
            }
        });
        return page;
    }

    /** Signs in through the login page as a fixture user and waits for their start page. */
    Page signedInAs(Fixtures.User user) {
        Page page = newPage();
        page.navigate("/login");
        page.getByLabel("Gebruikersnaam").fill(user.username());
        page.getByLabel("Wachtwoord").fill(Fixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen"))
                .waitFor();
        return page;
    }

    /** Asserts that axe-core finds no WCAG 2.1 A/AA violation on the page as it is now. */
    static void assertAccessible(Page page, String screen) {
        page.waitForLoadState();
        page.waitForFunction("() => !document.querySelector('.hr-loading')");
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) page.evaluate(AXE_RUN);
        assertThat(violations)
                .as("axe-core violations on %s (%s)", screen, page.url())
                .isEmpty();
    }

    /** Saves a full-page screenshot to target/screenshots, and to docs/screenshots when asked to update them. */
    static void screenshot(Page page, String name) {
        page.waitForFunction("() => !document.querySelector('.hr-loading')");
        Path target = Paths.get("target", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(target).setFullPage(true));
        if (Boolean.parseBoolean(System.getProperty("hulproute.update-screenshots", "false"))) {
            Path docs = Paths.get(System.getProperty("hulproute.docs.dir", "../docs"), "screenshots");
            try {
                Files.createDirectories(docs);
                Files.copy(target, docs.resolve(target.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot copy the screenshot to " + docs, e);
            }
        }
    }

    /** Checks and records a screen in one go. */
    static void capture(Page page, String name) {
        assertAccessible(page, name);
        screenshot(page, name);
    }

    private static Path axeScript() {
        return Paths.get(
                System.getProperty("hulproute.frontend.dir", "../frontend"), "node_modules", "axe-core", "axe.min.js");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
