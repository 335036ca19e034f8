package nl.hulproute.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import nl.hulproute.lifecycle.CaseState;
import nl.hulproute.testsupport.OwnDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The demo school as its users meet it over HTTP, seeded once on an empty database of its own. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hulproute.demo.students=400", "hulproute.demo.cases=60", "hulproute.demo.care-history=40"})
@ActiveProfiles({"test", "demo"})
@OwnDatabase("demo")
class DemoDataTest {

    /** The caseload lists open cases unless asked for states: these ask for every state, closed ones too. */
    private static final String EVERY_STATE = java.util.Arrays.stream(nl.hulproute.lifecycle.CaseState.values())
            .map(state -> "state=" + state)
            .collect(java.util.stream.Collectors.joining("&"));

    private static final int STUDENTS = 400;
    private static final int CASES = 60;
    /** Closed third-line cases of the last eighteen months, for the waiting-time report. */
    private static final int CARE_HISTORY = 40;

    private static final Set<String> WITH_PROVIDER = Set.of("HANDOVER", "EXTERNAL_CARE");

    @LocalServerPort
    int port;

    @Autowired
    DemoSeeder seeder;

    @Autowired
    Clock clock;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyDemoUserSignsInWithPasswordDemoAndHasTheirRoles() {
        assertRoles("slb1", "SLB");
        assertRoles("slb2", "SLB");
        assertRoles("audit1", "AUDITOR");
        assertRoles("admin1", "ADMIN");
        for (String zc : List.of("zc1", "zc2", "zc3", "zc4")) {
            assertRoles(zc, "ZORGCOORDINATOR");
        }
        assertThat(location("zc1")).contains("Stationsplein").isEqualTo(location("zc3"));
        assertThat(location("zc2")).contains("Havenkade").isEqualTo(location("zc4"));
        assertThat(location("slb1")).isEqualTo(location("zc1"));
        assertThat(location("slb2")).isEqualTo(location("zc1"));

        // one professional per provider on the sociale kaart, ext1 for the GGZ
        JsonNode providers = get("admin1", "/api/providers");
        for (int i = 1; i <= providers.size(); i++) {
            assertRoles("ext" + i, "EXTERNAL_PROFESSIONAL");
        }
        assertThat(status("ext" + (providers.size() + 1), "demo", "/api/me")).isEqualTo(401);
        long ggz = get("ext1", "/api/me").path("providerId").asLong();
        JsonNode ggzProvider = stream(providers)
                .filter(p -> p.path("id").asLong() == ggz)
                .findFirst()
                .orElseThrow();
        assertThat(ggzProvider.path("kind").asText()).isEqualTo("GGZ");
        assertThat(ggzProvider.path("minAge").asInt()).isZero();
        assertThat(ggzProvider.path("maxAge").asInt()).isEqualTo(99);
        assertThat(stream(ggzProvider.path("municipalities"))
                        .map(m -> m.path("name").asText())
                        .toList())
                .containsExactlyInAnyOrderElementsOf(DemoCatalogue.allMunicipalities());
        // the demo's gemeenten are fictional like the school: on the list with codes CBS does not use
        assertThat(stream(ggzProvider.path("municipalities"))
                        .map(m -> m.path("code").asText())
                        .toList())
                .allMatch(code -> code.compareTo("GM9000") >= 0);
        assertThat(ggzProvider.path("contact").path("intakeProcedure").asText()).isNotBlank();
        assertThat(ggzProvider.path("typicalWaitingDays").asInt()).isPositive();
        assertThat(ggzProvider.path("embedded")).isNotEmpty();

        // an SLB'er for every class of about 25: slb1, slb2, ... with no gaps
        int slbs = 0;
        while (status("slb" + (slbs + 1), "demo", "/api/me") == 200) {
            slbs++;
        }
        assertThat(slbs).isBetween(STUDENTS / 25 - 3, STUDENTS / 25 + 3);
        assertRoles("slb" + slbs, "SLB");

        assertThat(status("zc1", "wrong", "/api/me")).isEqualTo(401);
    }

    @Test
    void everyStudentHasAnSlbAndAnSlbSeesOnlyTheirOwnStudents() {
        List<JsonNode> ofSlb1 = all("slb1", "/api/students");
        List<JsonNode> ofSlb2 = all("slb2", "/api/students");
        long locationA = locationId("zc1");
        assertThat(ofSlb1)
                .hasSizeBetween(15, 35)
                .allSatisfy(s -> assertThat(s.path("locationId").asLong()).isEqualTo(locationA));
        assertThat(ofSlb2)
                .hasSizeBetween(15, 35)
                .allSatisfy(s -> assertThat(s.path("locationId").asLong()).isEqualTo(locationA));
        assertThat(ids(ofSlb1)).doesNotContainAnyElementsOf(ids(ofSlb2));

        // the zorgcoördinatoren see their location's students; together every student, each with an SLB'er
        List<JsonNode> atA = all("zc1", "/api/students");
        List<JsonNode> atB = all("zc2", "/api/students");
        assertThat(atA.size() + atB.size()).isEqualTo(STUDENTS);
        assertThat(ids(atA)).containsAll(ids(ofSlb1)).doesNotContainAnyElementsOf(ids(atB));
        int coached = 0;
        for (int slb = 1; status("slb" + slb, "demo", "/api/me") == 200; slb++) {
            coached += all("slb" + slb, "/api/students").size();
        }
        assertThat(coached).isEqualTo(STUDENTS);
        assertThat(stream(atA)
                        .map(s -> s.path("studentNumber").asText())
                        .distinct()
                        .count())
                .isEqualTo(atA.size());

        // slb1 raised signals about their own students and sees their status
        assertThat(get("slb1", "/api/signals").path("totalElements").asLong()).isPositive();
    }

    @Test
    void casesAreSpreadOverEveryStateAndEachZorgcoordinatorSeesOnlyTheirLocation() {
        Set<CaseState> present = EnumSet.noneOf(CaseState.class);
        long total = 0;
        // the exact numbers are at /counts: a list's total stops counting ten pages ahead
        JsonNode ofZc1 = get("zc1", "/api/cases/counts").path("byState");
        JsonNode ofZc2 = get("zc2", "/api/cases/counts").path("byState");
        for (CaseState state : CaseState.values()) {
            long count =
                    ofZc1.path(state.name()).asLong() + ofZc2.path(state.name()).asLong();
            if (count > 0) {
                present.add(state);
            }
            total += count;
        }
        assertThat(present).containsExactlyInAnyOrder(CaseState.values());
        assertThat(total).isEqualTo(CASES + CARE_HISTORY);

        List<JsonNode> ofA = all("zc1", "/api/cases?" + EVERY_STATE);
        List<JsonNode> ofB = all("zc2", "/api/cases?" + EVERY_STATE);
        assertThat(ofA)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.path("locationId").asLong()).isEqualTo(locationId("zc1")));
        assertThat(ofB)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.path("locationId").asLong()).isEqualTo(locationId("zc2")));
        assertThat(ids(ofB)).doesNotContainAnyElementsOf(ids(ofA));
        for (long caseId : ids(ofA)) {
            assertThat(status("zc2", "demo", "/api/cases/" + caseId)).isEqualTo(404);
        }
    }

    @Test
    void aboutTwoThirdsOfTheStudentsWithANeedHaveAgreementsWithARealisticComplianceStory() {
        JsonNode figures = get("audit1", "/api/compliance/evaluations");
        long active = figures.path("total").path("active").asLong();
        // one in six students has a support need, two thirds of them agreements: about 44 of 400
        assertThat(active).isBetween(20L, 60L);
        assertThat(figures.path("total").path("compliant").asLong()).isGreaterThan(active / 2);
        assertThat(figures.path("total").path("overdue").asLong()).isPositive();
        assertThat(figures.path("groups")).hasSizeGreaterThanOrEqualTo(2);
        // three years of history: a year ago there were agreements as well, and fewer
        JsonNode yearAgo = get(
                "audit1",
                "/api/compliance/evaluations?asOf=" + LocalDate.now(clock).minusYears(1));
        assertThat(yearAgo.path("total").path("active").asLong()).isPositive().isLessThan(active + 10);
        assertThat(get("zc1", "/api/agreements/evaluations-due").size()).isPositive();
    }

    @Test
    void theGgzProfessionalSeesOnlyCasesHandedToTheirProvider() {
        long ggz = get("ext1", "/api/me").path("providerId").asLong();
        List<JsonNode> inbox = all("ext1", "/api/cases");
        assertThat(inbox).isNotEmpty();
        assertThat(stream(inbox).map(c -> c.path("state").asText()).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(WITH_PROVIDER);
        for (JsonNode summary : inbox) {
            JsonNode theCase = get("ext1", "/api/cases/" + summary.path("id").asLong());
            assertThat(theCase.path("provider").path("id").asLong()).isEqualTo(ggz);
        }
        // cases of other providers, or no longer with the GGZ, stay out of sight
        List<Long> everyCase = new ArrayList<>(ids(all("zc1", "/api/cases?" + EVERY_STATE)));
        everyCase.addAll(ids(all("zc2", "/api/cases?" + EVERY_STATE)));
        long visible = everyCase.stream()
                .filter(id -> status("ext1", "demo", "/api/cases/" + id) == 200)
                .count();
        // what they may open is what they hold: the open cases, and those the school closed as continuing in their care
        assertThat(visible).isEqualTo(all("ext1", "/api/cases?" + EVERY_STATE).size());
        assertThat(get("ext1", "/api/handovers").size()).isEqualTo((int) visible);
    }

    @Test
    void acceptedHandoversTellWhenCareStartedUnlessTheStudentStillWaitsForIt() {
        LocalDate today = LocalDate.now(clock);
        List<JsonNode> inCare = new ArrayList<>();
        for (String zc : List.of("zc1", "zc2")) {
            for (JsonNode summary : all(zc, "/api/cases?state=EXTERNAL_CARE")) {
                inCare.add(get(zc, "/api/cases/" + summary.path("id").asLong()));
            }
        }
        List<LocalDate> started = stream(inCare)
                .filter(c -> c.hasNonNull("careStartedOn"))
                .map(c -> LocalDate.parse(c.path("careStartedOn").asText()))
                .toList();
        assertThat(inCare).isNotEmpty();
        assertThat(started)
                .as("care started in %s accepted handovers", inCare.size())
                .isNotEmpty()
                .allSatisfy(day -> assertThat(day).isBeforeOrEqualTo(today));
    }

    @Test
    void theWaitingListsHaveBridgingHistoriesMostOnTimeSomeOverdue() {
        List<JsonNode> waiting = new ArrayList<>();
        get("zc1", "/api/waiting-list").forEach(waiting::add);
        get("zc2", "/api/waiting-list").forEach(waiting::add);
        long withContacts =
                stream(waiting).filter(row -> !row.path("lastContact").isNull()).count();
        long overdue =
                stream(waiting).filter(row -> row.path("overdue").asBoolean()).count();
        assertThat(waiting).isNotEmpty();
        assertThat(withContacts).as("waiting students with a recorded contact").isPositive();
        assertThat(overdue).as("overdue of %s waiting", waiting.size()).isLessThan(waiting.size());
    }

    @Test
    void theWaitingTimeReportHasRealisticFiguresForTheBigProvidersAndHidesTheSmall() {
        LocalDate today = LocalDate.now(clock);
        String period = "&from=" + today.minusMonths(18) + "&to=" + today;
        JsonNode byProvider = get("audit1", "/api/reports/waiting-times?groupBy=provider" + period);
        List<JsonNode> shown = stream(byProvider.path("groups"))
                .filter(g -> !g.path("suppressed").asBoolean())
                .toList();
        List<JsonNode> hidden = stream(byProvider.path("groups"))
                .filter(g -> g.path("suppressed").asBoolean())
                .toList();
        assertThat(shown).as("providers with 5 or more cases").isNotEmpty();
        assertThat(hidden).as("providers with fewer than 5 cases").isNotEmpty();
        int counted = 0;
        for (JsonNode group : shown) {
            counted += group.path("cases").asInt();
            double median = group.path("referralToCareMedianDays").asDouble();
            assertThat(median)
                    .as("median days to care at %s", group.path("name").asText())
                    .isBetween(5.0, 400.0);
            assertThat(group.path("referralToCareP90Days").asDouble()).isGreaterThanOrEqualTo(median);
        }
        assertThat(counted).isLessThanOrEqualTo(CARE_HISTORY);
        JsonNode ggz = shown.stream()
                .filter(g -> g.path("name").asText().startsWith("GGZ"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the GGZ has figures: " + byProvider));
        // most waited, with a bridging plan, and most of the planned contacts were made
        assertThat(ggz.path("waitedCases").asInt()).isPositive();
        assertThat(ggz.path("waitingListMedianDays").asDouble()).isPositive();
        assertThat(ggz.path("bridgingPlanPercent").asInt()).isBetween(50, 100);
        assertThat(ggz.path("contactsMade").asLong())
                .isPositive()
                .isLessThanOrEqualTo(ggz.path("contactsPlanned").asLong() + 5);

        JsonNode byGemeente = get("audit1", "/api/reports/waiting-times?groupBy=municipality" + period);
        assertThat(stream(byGemeente.path("groups"))
                        .map(g -> g.path("name").asText())
                        .toList())
                .isSubsetOf(DemoCatalogue.allMunicipalities())
                .isNotEmpty();
        assertThat(stream(byGemeente.path("groups"))
                        .anyMatch(g -> !g.path("suppressed").asBoolean()))
                .isTrue();
        // zc1 sees their own location only: never more than the whole school
        JsonNode ofZc1 = get("zc1", "/api/reports/waiting-times?groupBy=municipality" + period);
        assertThat(stream(ofZc1.path("groups"))
                        .map(g -> g.path("name").asText())
                        .toList())
                .isSubsetOf(DemoCatalogue.A.municipalities());
    }

    @Test
    void everyCaseHasARealHistoryBackdatedOverTheLastWeeks() {
        Instant now = Instant.now();
        Instant earliest = now;
        List<JsonNode> cases = new ArrayList<>(all("zc1", "/api/cases?" + EVERY_STATE));
        cases.addAll(all("zc2", "/api/cases?" + EVERY_STATE));
        long locationA = locationId("zc1");
        for (JsonNode summary : cases) {
            long id = summary.path("id").asLong();
            String zc = summary.path("locationId").asLong() == locationA ? "zc1" : "zc2";
            Instant opened = Instant.parse(summary.path("openedAt").asText());
            assertThat(opened).isBefore(now);
            earliest = opened.isBefore(earliest) ? opened : earliest;

            JsonNode signals = get(zc, "/api/cases/" + id + "/signals");
            assertThat(signals.size()).as("signals of case %d", id).isPositive();
            // the case opens at the very moment of its first signal
            assertThat(Instant.parse(signals.get(0).path("raisedAt").asText())).isEqualTo(opened);

            JsonNode history = get(zc, "/api/cases/" + id + "/history");
            if (!"SIGNALLED".equals(summary.path("state").asText())) {
                assertThat(history.size()).as("history of case %d", id).isPositive();
                assertThat(history.get(history.size() - 1).path("to").asText())
                        .isEqualTo(summary.path("state").asText());
            }
            for (JsonNode step : history) {
                Instant at = Instant.parse(step.path("occurredAt").asText());
                assertThat(at).isAfterOrEqualTo(opened).isBefore(now);
            }
            if (Set.of("WAITING", "HANDOVER").contains(summary.path("state").asText())) {
                // consent given in the past must still hold today, or the case could not stay where it is
                JsonNode consents = get(zc, "/api/cases/" + id + "/consents");
                assertThat(stream(consents)
                                .anyMatch(c -> c.path("givenBy").asText().equals("STUDENT")
                                        && c.path("inForce").asBoolean()))
                        .as("consent of case %d", id)
                        .isTrue();
            }
        }
        assertThat(earliest).isBefore(now.minus(Duration.ofDays(8 * 7)));
        assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aSecondStartSeedsNothing() {
        long cases = get("zc1", "/api/cases/counts").path("total").asLong()
                + get("zc2", "/api/cases/counts").path("total").asLong();
        long students = get("zc1", "/api/students?size=1").path("totalElements").asLong()
                + get("zc2", "/api/students?size=1").path("totalElements").asLong();
        long signals = get("slb1", "/api/signals?size=1").path("totalElements").asLong();

        assertThat(seeder.seedIfEmpty()).isFalse();

        assertThat(get("zc1", "/api/cases/counts").path("total").asLong()
                        + get("zc2", "/api/cases/counts").path("total").asLong())
                .isEqualTo(cases)
                .isEqualTo(CASES + CARE_HISTORY);
        assertThat(get("zc1", "/api/students?size=1").path("totalElements").asLong()
                        + get("zc2", "/api/students?size=1")
                                .path("totalElements")
                                .asLong())
                .isEqualTo(students)
                .isEqualTo(STUDENTS);
        assertThat(get("slb1", "/api/signals?size=1").path("totalElements").asLong())
                .isEqualTo(signals);
        assertThat(status("slb" + 1000, "demo", "/api/me")).isEqualTo(401);
    }

    // --- HTTP ---------------------------------------------------------------------------------------------------

    private void assertRoles(String username, String role) {
        JsonNode me = get(username, "/api/me");
        assertThat(me.path("username").asText()).isEqualTo(username);
        assertThat(me.path("displayName").asText()).isNotBlank();
        assertThat(texts(me.path("roles"))).as("roles of %s", username).containsExactly(role);
    }

    private String location(String username) {
        JsonNode locations = get(username, "/api/me").path("locations");
        assertThat(locations.size()).as("locations of %s", username).isEqualTo(1);
        return locations.get(0).path("name").asText();
    }

    private long locationId(String username) {
        return get(username, "/api/me").path("locations").get(0).path("id").asLong();
    }

    /** Every item of a paged list. */
    private List<JsonNode> all(String username, String path) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = get(username, path + (path.contains("?") ? "&" : "?") + "size=100&page=" + page);
            body.path("content").forEach(items::add);
            if (page + 1 >= body.path("totalPages").asInt()) {
                return items;
            }
        }
    }

    private JsonNode get(String username, String path) {
        HttpResponse<String> response = send(username, "demo", path);
        assertThat(response.statusCode())
                .as("GET %s as %s: %s", path, username, response.body())
                .isEqualTo(200);
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private int status(String username, String password, String path) {
        return send(username, password, path).statusCode();
    }

    private HttpResponse<String> send(String username, String password, String path) {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + credentials)
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static java.util.stream.Stream<JsonNode> stream(Iterable<JsonNode> nodes) {
        return StreamSupport.stream(nodes.spliterator(), false);
    }

    private static List<String> texts(JsonNode array) {
        return stream(array).map(JsonNode::asText).toList();
    }

    private static List<Long> ids(List<JsonNode> items) {
        return items.stream().map(item -> item.path("id").asLong()).toList();
    }
}
