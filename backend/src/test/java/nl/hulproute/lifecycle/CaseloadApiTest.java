package nl.hulproute.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The caseload shows a zorgcoördinator their location's cases, and a professional only what was handed to them. */
@HulprouteTest
class CaseloadApiTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aZorgcoordinatorSeesTheirLocationsCasesMostUrgentFirstThenOldest() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long oldNormal = driver.newCase();
        long acute = raise(driver, "ACUTE");
        long newerNormal = driver.newCase();
        long urgent = raise(driver, "URGENT");
        CaseDriver elsewhere = new CaseDriver(api, fixtures);
        long foreign = elsewhere.newCase();

        Response caseload = api.as(driver.zc).get("/api/cases");

        assertThat(ids(caseload)).containsExactly(acute, urgent, oldNormal, newerNormal);
        assertThat(ids(caseload)).doesNotContain(foreign);
        assertThat(caseload.body()
                        .path("content")
                        .get(0)
                        .path("student")
                        .path("name")
                        .asText())
                .isEqualTo(
                        driver.read(acute).body().path("student").path("name").asText());
        assertThat(ids(api.as(driver.zc).get("/api/cases?sort=NEWEST_FIRST")))
                .containsExactly(urgent, newerNormal, acute, oldNormal);
    }

    @Test
    void theCaseloadFiltersByStateLineOwnerUrgencyAndLocation() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long signalled = driver.newCaseIn(CaseState.SIGNALLED);
        long secondLine = driver.newCaseIn(CaseState.SECOND_LINE);
        long waiting = driver.newCaseIn(CaseState.WAITING);
        long acute = raise(driver, "ACUTE");

        assertThat(ids(api.as(driver.zc).get("/api/cases?state=SIGNALLED")))
                .containsExactlyInAnyOrder(signalled, acute);
        assertThat(ids(api.as(driver.zc).get("/api/cases?state=WAITING&state=SECOND_LINE")))
                .containsExactlyInAnyOrder(secondLine, waiting);
        assertThat(ids(api.as(driver.zc).get("/api/cases?line=THIRD"))).containsExactly(waiting);
        assertThat(ids(api.as(driver.zc).get("/api/cases?owner=" + driver.secondZc.id())))
                .containsExactly(secondLine);
        assertThat(ids(api.as(driver.zc).get("/api/cases?owner=me"))).containsExactly(waiting);
        assertThat(ids(api.as(driver.zc).get("/api/cases?urgency=ACUTE"))).containsExactly(acute);
        assertThat(ids(api.as(driver.zc).get("/api/cases?location=" + driver.school.locationId())))
                .hasSize(4);
        Response page = api.as(driver.zc).get("/api/cases?size=3&page=1");
        assertThat(page.body().path("totalElements").asInt()).isEqualTo(4);
        assertThat(page.body().path("content")).hasSize(1);
    }

    @Test
    void aLongCaseloadIsCountedTenPagesAheadAndItsCountsPerStateInFull() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        for (int i = 0; i < 14; i++) {
            driver.newCase();
        }

        // pages of one: the first page counts up to 1 + 10 pages ahead + 1 to tell there are more
        var first = api.as(driver.zc).get("/api/cases?size=1").body();
        assertThat(first.path("totalIsLowerBound").asBoolean()).isTrue();
        assertThat(first.path("totalElements").asLong()).isEqualTo(11);
        assertThat(first.path("totalPages").asInt()).isEqualTo(11);
        // from page 4 on the count reaches the end of the list, and is exact again
        var fourth = api.as(driver.zc).get("/api/cases?size=1&page=3").body();
        assertThat(fourth.path("totalIsLowerBound").asBoolean()).isFalse();
        assertThat(fourth.path("totalElements").asLong()).isEqualTo(14);
        // a page past the end has no rows, and its total is still counted in full
        var beyond = api.as(driver.zc).get("/api/cases?size=1&page=20").body();
        assertThat(beyond.path("content")).isEmpty();
        assertThat(beyond.path("totalElements").asLong()).isEqualTo(14);
        assertThat(beyond.path("totalIsLowerBound").asBoolean()).isFalse();
        assertThat(api.as(driver.zc)
                        .get("/api/cases?size=50")
                        .body()
                        .path("totalElements")
                        .asLong())
                .isEqualTo(14);
        assertThat(api.as(driver.zc)
                        .get("/api/cases/counts")
                        .body()
                        .path("total")
                        .asLong())
                .isEqualTo(14);
    }

    @Test
    void theUrgencyFilterFindsEachUrgencyWhereTheDefaultOrderRanksIt() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long normal = driver.newCase();
        long urgent = raise(driver, "URGENT");
        long acute = raise(driver, "ACUTE");

        assertThat(ids(api.as(driver.zc).get("/api/cases?urgency=NORMAL"))).containsExactly(normal);
        assertThat(ids(api.as(driver.zc).get("/api/cases?urgency=URGENT"))).containsExactly(urgent);
        assertThat(ids(api.as(driver.zc).get("/api/cases?urgency=URGENT&urgency=ACUTE")))
                .containsExactly(acute, urgent);
        assertThat(api.as(driver.zc)
                        .get("/api/cases/counts?urgency=URGENT&urgency=NORMAL")
                        .body()
                        .path("total")
                        .asLong())
                .isEqualTo(2);
    }

    @Test
    void aProfessionalSeesOnlyCasesHandedToTheirProviderWhileTheyAreWithIt() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long referred = driver.newCaseIn(CaseState.REFERRED);
        long handover = driver.newCaseIn(CaseState.HANDOVER);
        long inCare = driver.newCaseIn(CaseState.EXTERNAL_CARE);
        CaseDriver otherProvider = new CaseDriver(api, fixtures);
        otherProvider.newCaseIn(CaseState.HANDOVER);

        assertThat(ids(api.as(driver.professional).get("/api/cases"))).containsExactlyInAnyOrder(handover, inCare);
        // they work on what their provider holds (the page's consents are read at once): no row is read-only
        api.as(driver.professional)
                .get("/api/cases")
                .body()
                .path("content")
                .forEach(item -> assertThat(item.path("readOnly").asBoolean())
                        .as("case %s", item.path("id"))
                        .isFalse());
        assertThat(api.as(driver.professional).get("/api/cases/" + referred).status())
                .isEqualTo(404);
        assertThat(api.as(otherProvider.professional)
                        .get("/api/cases/" + handover)
                        .status())
                .isEqualTo(404);
        assertThat(api.as(driver.professional)
                        .get("/api/cases/" + handover + "/signals")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theCaseloadIsSearchedByStudentAndCountedPerState() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long signalled = driver.newCaseIn(CaseState.SIGNALLED);
        driver.newCaseIn(CaseState.SIGNALLED);
        driver.newCaseIn(CaseState.SECOND_LINE);
        String number = driver.read(signalled)
                .body()
                .path("student")
                .path("studentNumber")
                .asText();

        assertThat(ids(api.as(driver.zc).get("/api/cases?q=" + number))).containsExactly(signalled);
        assertThat(ids(api.as(driver.zc).get("/api/cases?q=NobodyByThisName"))).isEmpty();

        Response counts = api.as(driver.zc).get("/api/cases/counts");
        assertThat(counts.status()).isEqualTo(200);
        assertThat(counts.body().path("byState").path("SIGNALLED").asLong()).isEqualTo(2);
        assertThat(counts.body().path("byState").path("SECOND_LINE").asLong()).isEqualTo(1);
        assertThat(counts.body().path("byState").path("CLOSED").asLong()).isZero();
        assertThat(counts.body().path("total").asLong()).isEqualTo(3);
        assertThat(api.as(driver.zc)
                        .get("/api/cases/counts?q=" + number)
                        .body()
                        .path("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(api.as(driver.school.slb()).get("/api/cases/counts").status())
                .isEqualTo(403);
    }

    @Test
    void aNameSearchPagesWithItsExactTotal() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        List<Long> cases = List.of(driver.newCase(), driver.newCase(), driver.newCase());
        String number = driver.read(cases.get(0))
                .body()
                .path("student")
                .path("studentNumber")
                .asText();
        // the start of every student number of this test run; the school's zorgcoördinator sees these three only
        String run = number.substring(0, number.indexOf('-'));

        Response first = api.as(driver.zc).get("/api/cases?size=2&q=" + run);
        Response second = api.as(driver.zc).get("/api/cases?size=2&page=1&q=" + run);
        Response past = api.as(driver.zc).get("/api/cases?size=2&page=4&q=" + run);

        for (Response page : List.of(first, second, past)) {
            assertThat(page.body().path("totalElements").asLong()).isEqualTo(3);
            assertThat(page.body().path("totalIsLowerBound").asBoolean()).isFalse();
        }
        assertThat(ids(first)).hasSize(2);
        assertThat(ids(second)).hasSize(1);
        assertThat(ids(past)).isEmpty();
        assertThat(Stream.concat(ids(first).stream(), ids(second).stream()).toList())
                .containsExactlyInAnyOrderElementsOf(cases);
    }

    @Test
    void aSearchByNameLooksAtTheZorgcoordinatorsLocationsAndTheStudentsOpenedByBreakGlass() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long own = driver.newCaseIn(CaseState.SIGNALLED);
        CaseDriver elsewhere = new CaseDriver(api, fixtures);
        long foreign = elsewhere.newCaseIn(CaseState.SIGNALLED);
        long foreignStudent =
                elsewhere.read(foreign).body().path("student").path("id").asLong();
        String foreignNumber = elsewhere
                .read(foreign)
                .body()
                .path("student")
                .path("studentNumber")
                .asText();
        String ownNumber =
                driver.read(own).body().path("student").path("studentNumber").asText();

        assertThat(ids(api.as(driver.zc).get("/api/cases?q=" + ownNumber))).containsExactly(own);
        assertThat(ids(api.as(driver.zc).get("/api/cases?q=" + foreignNumber))).isEmpty();

        Response granted = api.as(driver.zc)
                .post(
                        "/api/students/" + foreignStudent + "/break-glass",
                        Map.of("reason", "Student meldt zich bij de balie van ons gebouw."));
        assertThat(granted.status()).isEqualTo(201);
        assertThat(ids(api.as(driver.zc).get("/api/cases?q=" + foreignNumber))).containsExactly(foreign);
    }

    @Test
    void eachCaseShowsItsNextDeadlineAndWhetherItIsOverdue() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long acute = raise(driver, "ACUTE");
        long firstLine = driver.newCaseIn(CaseState.FIRST_LINE);
        long waiting = driver.newCaseIn(CaseState.WAITING);

        Response caseload = api.as(driver.zc).get("/api/cases");
        Map<Long, com.fasterxml.jackson.databind.JsonNode> byId = new java.util.HashMap<>();
        caseload.body()
                .path("content")
                .forEach(theCase -> byId.put(theCase.path("id").asLong(), theCase));

        java.time.LocalDate today = fixtures.today();
        assertThat(byId.get(acute).path("nextDeadline").asText()).isEqualTo(today.toString()); // triage the same day
        assertThat(byId.get(acute).path("overdue").asBoolean()).isFalse();
        assertThat(byId.get(firstLine).path("nextDeadline").asText())
                .isEqualTo(today.plusWeeks(2).toString()); // check-in
        assertThat(byId.get(waiting).path("nextDeadline").asText())
                .isEqualTo(today.plusDays(7).toString()); // bridging
        assertThat(driver.read(waiting).body().path("nextDeadline").asText())
                .isEqualTo(today.plusDays(7).toString());
    }

    @Test
    void theCaseloadHoldsOpenCasesByDefaultAndClosedOnesThroughTheirState() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long closedAcute = raise(driver, "ACUTE");
        driver.fireOk(driver.zc, closedAcute, CaseEvent.DISMISS);
        long signalled = driver.newCaseIn(CaseState.SIGNALLED);
        long secondLine = driver.newCaseIn(CaseState.SECOND_LINE);

        assertThat(ids(api.as(driver.zc).get("/api/cases"))).containsExactly(signalled, secondLine);
        assertThat(api.as(driver.zc)
                        .get("/api/cases")
                        .body()
                        .path("totalElements")
                        .asLong())
                .isEqualTo(2);
        assertThat(ids(api.as(driver.zc).get("/api/cases?state=CLOSED"))).containsExactly(closedAcute);
        assertThat(ids(api.as(driver.zc).get("/api/cases?state=CLOSED&state=SIGNALLED")))
                .containsExactly(closedAcute, signalled);
        // the counts per state still count the closed one: that is how it is found
        assertThat(api.as(driver.zc)
                        .get("/api/cases/counts")
                        .body()
                        .path("byState")
                        .path("CLOSED")
                        .asLong())
                .isEqualTo(1);
    }

    /**
     * The line filter reads a column the database keeps from the state (V0088), a copy of {@link CaseState#line()} in
     * SQL: a case in every state, and each line lists exactly the states the enum puts in it.
     */
    @Test
    void eachLineListsTheCasesInItsStatesAndACaseInTriageIsInNoLineYet() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        Map<CaseState, Long> cases = new EnumMap<>(CaseState.class);
        for (CaseState state : CaseState.values()) {
            cases.put(state, driver.newCaseIn(state));
        }

        for (CaseState state : CaseState.values()) {
            Line line = state.line();
            assertThat(jdbc.queryForObject(
                            "SELECT line FROM lifecycle_case WHERE id = ?", String.class, cases.get(state)))
                    .as("the line column of a case in %s", state)
                    .isEqualTo(line == null ? null : line.name());
        }
        for (Line line : Line.values()) {
            assertThat(ids(api.as(driver.zc).get("/api/cases?line=" + line)))
                    .as("line %s", line)
                    .containsExactlyInAnyOrderElementsOf(cases.entrySet().stream()
                            .filter(entry -> entry.getKey().line() == line)
                            .map(Map.Entry::getValue)
                            .toList());
        }
        assertThat(driver.read(cases.get(CaseState.TRIAGE)).body().path("line").isNull())
                .isTrue();
    }

    @Test
    void theNextDeadlineSaysWhatIsDue() {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long signalled = driver.newCaseIn(CaseState.SIGNALLED);
        long firstLine = driver.newCaseIn(CaseState.FIRST_LINE);
        long waiting = driver.newCaseIn(CaseState.WAITING);
        long handover = driver.newCaseIn(CaseState.HANDOVER);
        long secondLine = driver.newCaseIn(CaseState.SECOND_LINE);

        Map<Long, String> kinds = new java.util.HashMap<>();
        api.as(driver.zc)
                .get("/api/cases")
                .body()
                .path("content")
                .forEach(theCase -> kinds.put(
                        theCase.path("id").asLong(),
                        theCase.path("nextDeadlineKind").asText()));

        assertThat(kinds.get(signalled)).isEqualTo("TRIAGE");
        assertThat(kinds.get(firstLine)).isEqualTo("CHECK_IN");
        assertThat(kinds.get(waiting)).isEqualTo("BRIDGING_CONTACT");
        assertThat(kinds.get(handover)).isEqualTo("HANDOVER_ANSWER");
        assertThat(kinds.get(secondLine)).isEqualTo("null");
        assertThat(driver.read(firstLine).body().path("nextDeadlineKind").asText())
                .isEqualTo("CHECK_IN");
    }

    private long raise(CaseDriver driver, String urgency) {
        long studentId = fixtures.student(driver.school, 17);
        return api.as(driver.school.slb())
                .post(
                        "/api/signals",
                        Map.of(
                                "studentId",
                                studentId,
                                "lifeDomains",
                                List.of("HOUSING"),
                                "urgency",
                                urgency,
                                "observation",
                                "Slaapt sinds kort bij vrienden.",
                                "discussedWithStudent",
                                true))
                .body()
                .path("caseId")
                .asLong();
    }

    private static List<Long> ids(Response page) {
        assertThat(page.status()).as("%s", page.body()).isEqualTo(200);
        return java.util.stream.StreamSupport.stream(page.body().path("content").spliterator(), false)
                .map(theCase -> theCase.path("id").asLong())
                .toList();
    }
}
