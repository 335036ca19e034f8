package nl.hulproute.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import nl.hulproute.platform.MovableClock;
import nl.hulproute.shared.Role;
import nl.hulproute.socialmap.ProviderKind;
import nl.hulproute.socialmap.Providers;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.CareEpisodeDriver;
import nl.hulproute.testsupport.CareEpisodeDriver.Provider;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The waiting-time report over HTTP: cases are walked from referral through the waiting list and a handover to
 * care started on known days, then the report must give the medians and 90th percentiles those days make, hide
 * groups under five cases, keep to its period and its readers' locations, and say the same as CSV.
 */
@HulprouteTest
class WaitingTimesApiTest {

    private static final String REPORT = "/api/reports/waiting-times";

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Providers providers;

    @Autowired
    MovableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void medianAndNinetiethPercentileOfKnownCasesPerProviderAndBridgingAgainstThePlan() {
        Route route = route();
        LocalDate start = fixtures.today().minusDays(300);
        Provider big = route.provider("Wachttijd Big " + System.nanoTime(), ProviderKind.GGZ);
        // referral → care started: 10, 20, 30, 40, 100 days; on the waiting list: 5, 15, 25, 35 days (one never waited)
        route.episode(big, start, 5, 10, 7, 1);
        route.episode(big, start.plusDays(1), 15, 20, 7, 2);
        route.episode(big, start.plusDays(2), 25, 30, 14, 1);
        route.episode(big, start.plusDays(3), 35, 40, null, 0);
        route.episode(big, start.plusDays(4), null, 100, null, 0);

        JsonNode report = route.report("provider", start, fixtures.today());

        assertThat(report.path("minimumCases").asInt()).isEqualTo(5);
        JsonNode group = group(report, String.valueOf(big.id()));
        assertThat(group.path("name").asText()).isEqualTo(big.name());
        assertThat(group.path("suppressed").asBoolean()).isFalse();
        assertThat(group.path("cases").asInt()).isEqualTo(5);
        assertThat(group.path("referralToCareMedianDays").asDouble()).isEqualTo(30.0);
        assertThat(group.path("referralToCareP90Days").asLong()).isEqualTo(100);
        // four waited: the median of 5, 15, 25, 35 is the mean of the middle two; p90 is the 4th of 4 (nearest rank)
        assertThat(group.path("waitedCases").asInt()).isEqualTo(4);
        assertThat(group.path("waitingListMedianDays").isNull())
                .as("fewer than five waited: no waiting-list figures")
                .isTrue();

        route.episode(big, start.plusDays(5), 45, 50, 7, 3);
        group = group(route.report("provider", start, fixtures.today()), String.valueOf(big.id()));
        assertThat(group.path("cases").asInt()).isEqualTo(6);
        // 10, 20, 30, 40, 50, 100: (30 + 40) / 2; p90 rank ceil(5.4) = 6
        assertThat(group.path("referralToCareMedianDays").asDouble()).isEqualTo(35.0);
        assertThat(group.path("referralToCareP90Days").asLong()).isEqualTo(100);
        // 5, 15, 25, 35, 45: the middle one; p90 rank ceil(4.5) = 5
        assertThat(group.path("waitedCases").asInt()).isEqualTo(5);
        assertThat(group.path("waitingListMedianDays").asDouble()).isEqualTo(25.0);
        assertThat(group.path("waitingListP90Days").asLong()).isEqualTo(45);
        // four of the five waiting students had a school contact every N days; the fourth had none needed
        assertThat(group.path("bridgingPlanPercent").asInt()).isEqualTo(80);
        // a plan holds until care started: planned 10/7 → 1, 20/7 → 2, 30/14 → 2, 50/7 → 7; made 1 + 2 + 1 + 3
        assertThat(group.path("contactsPlanned").asLong()).isEqualTo(12);
        assertThat(group.path("contactsMade").asLong()).isEqualTo(7);
    }

    @Test
    void aGroupOfFewerThanFiveCasesShowsOnlyThatItIsSuppressed() {
        Route route = route();
        LocalDate start = fixtures.today().minusDays(200);
        Provider few = route.provider("Wachttijd Few " + System.nanoTime(), ProviderKind.GGZ);
        for (int i = 0; i < 4; i++) {
            route.episode(few, start.plusDays(i), 10, 20 + i, 7, 1);
        }

        JsonNode group = group(route.report("provider", start, fixtures.today()), String.valueOf(few.id()));

        assertThat(group.path("name").asText()).isEqualTo(few.name());
        assertThat(group.path("suppressed").asBoolean()).isTrue();
        for (String figure : List.of(
                "cases",
                "referralToCareMedianDays",
                "referralToCareP90Days",
                "waitedCases",
                "waitingListMedianDays",
                "waitingListP90Days",
                "bridgingPlanPercent",
                "contactsMade",
                "contactsPlanned")) {
            assertThat(group.path(figure).isNull()).as(figure).isTrue();
        }
        Response csv = api.as(route.school().zorgcoordinator())
                .getText(REPORT + "?groupBy=provider&from=" + start + "&to=" + fixtures.today(), "text/csv");
        assertThat(csv.body().asText()).contains(few.id() + "," + few.name() + ",true,,,,,,,,,\r\n");
    }

    @Test
    void onlyCareStartedInThePeriodCountsAndGemeentenGroupTheStudentsByWhereTheyLive() {
        Route route = route();
        LocalDate start = fixtures.today().minusDays(400);
        Provider provider = route.provider("Wachttijd Period " + System.nanoTime(), ProviderKind.GGZ);
        // care starts 30 days after each referral: days start+30 … start+36
        for (int i = 0; i < 7; i++) {
            route.episode(provider, start.plusDays(i), 20, 30, 7, 2);
        }
        LocalDate firstStart = start.plusDays(30);

        assertThat(group(route.report("provider", firstStart, firstStart.plusDays(6)), String.valueOf(provider.id()))
                        .path("cases")
                        .asInt())
                .isEqualTo(7);
        assertThat(group(
                                route.report("provider", firstStart.plusDays(1), firstStart.plusDays(5)),
                                String.valueOf(provider.id()))
                        .path("cases")
                        .asInt())
                .as("both ends of the period count, nothing outside")
                .isEqualTo(5);
        assertThat(group(
                                route.report("provider", firstStart.plusDays(2), firstStart.plusDays(6)),
                                String.valueOf(provider.id()))
                        .path("cases")
                        .asInt())
                .isEqualTo(5);
        assertThat(group(
                                route.report("provider", firstStart.plusDays(3), firstStart.plusDays(6)),
                                String.valueOf(provider.id()))
                        .path("suppressed")
                        .asBoolean())
                .isTrue();
        assertThat(route.report("provider", firstStart.plusDays(7), fixtures.today())
                        .path("groups"))
                .isEmpty();
        assertThat(route.report("provider", start, firstStart.minusDays(1)).path("groups"))
                .as("referred in the period, but care started after it")
                .isEmpty();

        JsonNode byGemeente = route.report("municipality", firstStart, firstStart.plusDays(6));
        assertThat(byGemeente.path("groupBy").asText()).isEqualTo("municipality");
        JsonNode gemeente = group(byGemeente, route.school().municipality());
        assertThat(gemeente.path("name").asText()).isEqualTo(route.school().municipality());
        assertThat(gemeente.path("cases").asInt()).isEqualTo(7);
        assertThat(gemeente.path("referralToCareMedianDays").asDouble()).isEqualTo(30.0);
        assertThat(gemeente.path("waitingListMedianDays").asDouble()).isEqualTo(20.0);
        // each plan holds 30 days, until care started: 4 contacts planned, 2 made
        assertThat(gemeente.path("contactsPlanned").asLong()).isEqualTo(7 * 4);
        assertThat(gemeente.path("contactsMade").asLong()).isEqualTo(7 * 2);
    }

    @Test
    void theSameReportAsCsv() {
        Route route = route();
        LocalDate start = fixtures.today().minusDays(120);
        Provider provider = route.provider("Wachttijd Csv, \"quoted\" " + System.nanoTime(), ProviderKind.GGZ);
        for (int i = 0; i < 5; i++) {
            route.episode(provider, start.plusDays(i), 10 * (i + 1), 10 * (i + 1) + 5, 7, 1);
        }
        String query = REPORT + "?groupBy=provider&from=" + start + "&to=" + fixtures.today();

        Response csv = api.as(route.school().zorgcoordinator()).getText(query, "text/csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().asText().split("\r\n");
        assertThat(lines[0])
                .isEqualTo(
                        "key,name,suppressed,cases,referralToCareMedianDays,referralToCareP90Days,"
                                + "waitedCases,waitingListMedianDays,waitingListP90Days,bridgingPlanPercent,contactsMade,contactsPlanned");
        // 15, 25, 35, 45, 55 days to care; 10 … 50 days waiting; each plan holds until care started, a contact every
        // 7 days: planned 2 + 3 + 5 + 6 + 7; made 5
        assertThat(lines)
                .contains(provider.id() + ",\"" + provider.name().replace("\"", "\"\"")
                        + "\",false,5,35,55,5,30,50,100,5,23");
        JsonNode json = group(route.report("provider", start, fixtures.today()), String.valueOf(provider.id()));
        assertThat(json.path("referralToCareMedianDays").asDouble()).isEqualTo(35.0);
        assertThat(json.path("contactsPlanned").asLong()).isEqualTo(23);
    }

    @Test
    void zorgcoordinatorsSeeTheirOwnLocationsAuditorsTheInstitutionOthersNothing() {
        Route route = route();
        LocalDate start = fixtures.today().minusDays(100);
        Provider provider = route.provider("Wachttijd Access " + System.nanoTime(), ProviderKind.GGZ);
        for (int i = 0; i < 5; i++) {
            route.episode(provider, start.plusDays(i), 10, 20, 7, 1);
        }
        String query = REPORT + "?groupBy=provider&from=" + start + "&to=" + fixtures.today();
        String key = String.valueOf(provider.id());

        School elsewhere = fixtures.school();
        JsonNode ofOtherLocation =
                api.as(elsewhere.zorgcoordinator()).get(query).body();
        assertThat(stream(ofOtherLocation.path("groups"))
                        .noneMatch(g -> g.path("key").asText().equals(key)))
                .isTrue();

        User auditor = fixtures.user(Role.AUDITOR, Set.of(), null);
        Response audited = api.as(auditor).get(query);
        assertThat(audited.status()).isEqualTo(200);
        assertThat(group(audited.body(), key).path("cases").asInt()).isEqualTo(5);

        assertThat(api.as(route.school().slb()).get(query).code()).isEqualTo("report.waiting-times-forbidden");
        assertThat(api.as(provider.professional()).get(query).status()).isEqualTo(403);
        assertThat(api.as(fixtures.user(Role.ADMIN, Set.of(), null)).get(query).status())
                .isEqualTo(403);
        assertThat(api.anonymous().get(query).status()).isEqualTo(401);
    }

    @Test
    void badParametersAreProblems() {
        User zc = fixtures.school().zorgcoordinator();
        LocalDate today = fixtures.today();

        Response reversed = api.as(zc).get(REPORT + "?groupBy=provider&from=" + today + "&to=" + today.minusDays(1));
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.code()).isEqualTo("report.period-reversed");
        Response tooLong = api.as(zc).get(REPORT + "?from=" + today.minusYears(6) + "&to=" + today);
        assertThat(tooLong.code()).isEqualTo("report.period-too-long");
        Response unknownGrouping = api.as(zc).get(REPORT + "?groupBy=team&from=" + today.minusDays(7) + "&to=" + today);
        assertThat(unknownGrouping.status()).isEqualTo(400);
        assertThat(unknownGrouping.code()).isEqualTo("request.invalid");
        Response missing = api.as(zc).get(REPORT + "?groupBy=provider&to=" + today);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.code()).isEqualTo("request.invalid");
        assertThat(missing.body().path("errors").get(0).path("field").asText()).isEqualTo("from");
        assertThat(api.as(zc).get(REPORT + "?from=2026-13-01&to=" + today).code())
                .isEqualTo("request.invalid");
        // a day is enough; the default grouping is per provider
        Response oneDay = api.as(zc).get(REPORT + "?from=" + today + "&to=" + today);
        assertThat(oneDay.status()).isEqualTo(200);
        assertThat(oneDay.body().path("groupBy").asText()).isEqualTo("provider");
    }

    private Route route() {
        return new Route(new CareEpisodeDriver(api, fixtures, providers, clock, fixtures.school()));
    }

    /** The driver, and the report as the school's zorgcoördinator. */
    private final class Route {
        private final CareEpisodeDriver driver;

        Route(CareEpisodeDriver driver) {
            this.driver = driver;
        }

        School school() {
            return driver.school();
        }

        Provider provider(String name, ProviderKind kind) {
            return driver.provider(name, kind);
        }

        void episode(
                Provider provider,
                LocalDate referredOn,
                @Nullable Integer waitingDays,
                int careAfterDays,
                @Nullable Integer contactEvery,
                int contacts) {
            driver.episode(provider, referredOn, waitingDays, careAfterDays, contactEvery, contacts);
        }

        JsonNode report(String groupBy, LocalDate from, LocalDate to) {
            Response report = api.as(school().zorgcoordinator())
                    .get(REPORT + "?groupBy=" + groupBy + "&from=" + from + "&to=" + to);
            assertThat(report.status()).as("report: %s", report.body()).isEqualTo(200);
            return report.body();
        }
    }

    private static JsonNode group(JsonNode report, String key) {
        return stream(report.path("groups"))
                .filter(group -> group.path("key").asText().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no group " + key + " in " + report));
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
