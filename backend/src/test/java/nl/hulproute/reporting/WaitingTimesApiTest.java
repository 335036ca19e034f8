package nl.hulproute.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import nl.hulproute.platform.MovableClock;
import nl.hulproute.shared.Role;
import nl.hulproute.socialmap.NewProvider;
import nl.hulproute.socialmap.ProviderKind;
import nl.hulproute.socialmap.Providers;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
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

    /** The field of CARE_STARTED with the day care started. */
    private static final String CARE_STARTED_ON = "careStartedOn";

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
    void zorgcoordinatorsAndAuditorsMayReadItOthersNot() {
        School school = fixtures.school();
        LocalDate today = fixtures.today();
        String query = REPORT + "?groupBy=municipality&from=" + today.minusYears(1) + "&to=" + today;
        Response own = api.as(school.zorgcoordinator()).get(query);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body().path("groups")).as("nothing started in care at a new location").isEmpty();
        assertThat(api.as(fixtures.user(Role.AUDITOR, Set.of(), null)).get(query).status()).isEqualTo(200);
        assertThat(api.as(school.slb()).get(query).code()).isEqualTo("report.waiting-times-forbidden");
        assertThat(api.as(fixtures.user(Role.ADMIN, Set.of(), null)).get(query).status()).isEqualTo(403);
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
        assertThat(api.as(zc).get(REPORT + "?from=2026-13-01&to=" + today).code()).isEqualTo("request.invalid");
        // a day is enough; the default grouping is per provider
        Response oneDay = api.as(zc).get(REPORT + "?from=" + today + "&to=" + today);
        assertThat(oneDay.status()).isEqualTo(200);
        assertThat(oneDay.body().path("groupBy").asText()).isEqualTo("provider");
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
