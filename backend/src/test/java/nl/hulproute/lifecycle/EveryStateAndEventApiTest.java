package nl.hulproute.lifecycle;

import static nl.hulproute.lifecycle.CaseEvent.ACCEPT_HANDOVER;
import static nl.hulproute.lifecycle.CaseEvent.ASSIGN_FIRST_LINE;
import static nl.hulproute.lifecycle.CaseEvent.ASSIGN_SECOND_LINE;
import static nl.hulproute.lifecycle.CaseEvent.CARE_STARTED;
import static nl.hulproute.lifecycle.CaseEvent.CLOSE;
import static nl.hulproute.lifecycle.CaseEvent.DECLINE_HANDOVER;
import static nl.hulproute.lifecycle.CaseEvent.DISMISS;
import static nl.hulproute.lifecycle.CaseEvent.END_EXTERNAL_CARE;
import static nl.hulproute.lifecycle.CaseEvent.PLACE_ON_WAITLIST;
import static nl.hulproute.lifecycle.CaseEvent.REFER;
import static nl.hulproute.lifecycle.CaseEvent.REOPEN;
import static nl.hulproute.lifecycle.CaseEvent.START_HANDOVER;
import static nl.hulproute.lifecycle.CaseEvent.START_TRIAGE;
import static nl.hulproute.lifecycle.CaseEvent.WITHDRAW_HANDOVER;
import static nl.hulproute.lifecycle.CaseState.CLOSED;
import static nl.hulproute.lifecycle.CaseState.EXTERNAL_CARE;
import static nl.hulproute.lifecycle.CaseState.FIRST_LINE;
import static nl.hulproute.lifecycle.CaseState.HANDOVER;
import static nl.hulproute.lifecycle.CaseState.REFERRED;
import static nl.hulproute.lifecycle.CaseState.SECOND_LINE;
import static nl.hulproute.lifecycle.CaseState.SIGNALLED;
import static nl.hulproute.lifecycle.CaseState.TRIAGE;
import static nl.hulproute.lifecycle.CaseState.WAITING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every state × event pair through the HTTP API: the pairs the domain allows move the case to the domain's target
 * state; every other pair is refused and changes nothing. The expected table is written out here from the domain
 * README on purpose, independent of the lifecycle declaration it checks.
 */
@HulprouteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryStateAndEventApiTest {

    /** Domain README §3: event -> (from states, to state). */
    private static final Map<CaseEvent, Map.Entry<Set<CaseState>, CaseState>> DOMAIN = Map.ofEntries(
            Map.entry(START_TRIAGE, Map.entry(EnumSet.of(SIGNALLED), TRIAGE)),
            Map.entry(DISMISS, Map.entry(EnumSet.of(SIGNALLED, TRIAGE), CLOSED)),
            Map.entry(ASSIGN_FIRST_LINE, Map.entry(EnumSet.of(TRIAGE, SECOND_LINE), FIRST_LINE)),
            Map.entry(ASSIGN_SECOND_LINE, Map.entry(EnumSet.of(TRIAGE, FIRST_LINE), SECOND_LINE)),
            // issue 10: after a decline the coordinator refers to another provider straight from REFERRED
            Map.entry(REFER, Map.entry(EnumSet.of(TRIAGE, FIRST_LINE, SECOND_LINE, REFERRED), REFERRED)),
            Map.entry(PLACE_ON_WAITLIST, Map.entry(EnumSet.of(REFERRED), WAITING)),
            Map.entry(START_HANDOVER, Map.entry(EnumSet.of(REFERRED, WAITING), HANDOVER)),
            Map.entry(ACCEPT_HANDOVER, Map.entry(EnumSet.of(HANDOVER), EXTERNAL_CARE)),
            Map.entry(DECLINE_HANDOVER, Map.entry(EnumSet.of(HANDOVER), REFERRED)),
            // issue 10: the coordinator withdraws a handover not yet accepted
            Map.entry(WITHDRAW_HANDOVER, Map.entry(EnumSet.of(HANDOVER), REFERRED)),
            // issue 10: the receiver reports care started; the case stays in external care
            Map.entry(CARE_STARTED, Map.entry(EnumSet.of(EXTERNAL_CARE), EXTERNAL_CARE)),
            Map.entry(END_EXTERNAL_CARE, Map.entry(EnumSet.of(EXTERNAL_CARE), SECOND_LINE)),
            Map.entry(CLOSE, Map.entry(EnumSet.of(FIRST_LINE, SECOND_LINE, REFERRED, WAITING, EXTERNAL_CARE), CLOSED)),
            Map.entry(REOPEN, Map.entry(EnumSet.of(CLOSED), TRIAGE)));

    /** Events only the receiving external professional fires; everything else here is fired by the zorgcoördinator. */
    private static final Set<CaseEvent> BY_PROFESSIONAL = EnumSet.of(ACCEPT_HANDOVER, DECLINE_HANDOVER, CARE_STARTED);

    /**
     * Pairs the domain gives the receiver only, on a case the school closed as continuing in their care: the route's
     * closed case (dismissed) is not, and the zorgcoördinator may not fire them at all (403).
     */
    private static final Set<Map.Entry<CaseEvent, CaseState>> RECEIVER_ONLY =
            Set.of(Map.entry(END_EXTERNAL_CARE, CLOSED));

    /** States in which the receiving professional is part of the case (and so can see it). */
    private static final Set<CaseState> WITH_PROVIDER = EnumSet.of(HANDOVER, EXTERNAL_CARE);

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    CaseDriver driver;

    @BeforeAll
    void school() {
        driver = new CaseDriver(api, fixtures);
    }

    static Stream<Arguments> everyPair() {
        return Arrays.stream(CaseState.values())
                .flatMap(state -> Arrays.stream(CaseEvent.values()).map(event -> Arguments.of(state, event)));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("everyPair")
    void firesWhatTheDomainAllowsAndRefusesTheRest(CaseState state, CaseEvent event) {
        long caseId = driver.newCaseIn(state);
        long version = driver.version(caseId);
        int historyBefore = driver.historySize(caseId);
        User firer = BY_PROFESSIONAL.contains(event) ? driver.professional : driver.zc;

        Response response = driver.fire(firer, caseId, event, driver.everythingValid(version));

        var domain = DOMAIN.get(event);
        if (domain.getKey().contains(state)) {
            assertThat(response.status()).as("%s", response.body()).isEqualTo(200);
            assertThat(response.body().path("state").asText())
                    .isEqualTo(domain.getValue().name());
            assertThat(response.body().path("version").asLong()).isGreaterThan(version);
            assertThat(driver.historySize(caseId)).isEqualTo(historyBefore + 1);
        } else {
            if (RECEIVER_ONLY.contains(Map.entry(event, state))) {
                assertThat(response.status()).as("%s", response.body()).isEqualTo(403);
                assertThat(response.code()).isEqualTo("case.event-forbidden");
            } else if (firer == driver.professional && !WITH_PROVIDER.contains(state)) {
                // the professional cannot see the case at all in this state
                assertThat(response.status()).isEqualTo(404);
                assertThat(response.code()).isEqualTo("case.not-found");
            } else {
                assertThat(response.status()).as("%s", response.body()).isEqualTo(409);
                assertThat(response.code()).isEqualTo("case.event-not-allowed");
            }
            assertThat(driver.state(caseId)).isEqualTo(state);
            assertThat(driver.version(caseId)).isEqualTo(version);
            assertThat(driver.historySize(caseId)).isEqualTo(historyBefore);
        }
    }

    @ParameterizedTest
    @EnumSource(CaseState.class)
    void offersExactlyTheEventsEachRoleMayFireInEachState(CaseState state) {
        long caseId = driver.newCaseIn(state);

        Set<CaseEvent> forZc = events(driver.read(caseId));
        Set<CaseEvent> expectedForZc = EnumSet.noneOf(CaseEvent.class);
        DOMAIN.forEach((event, rule) -> {
            if (rule.getKey().contains(state) && !BY_PROFESSIONAL.contains(event)) {
                expectedForZc.add(event);
            }
        });
        assertThat(forZc).isEqualTo(expectedForZc);

        Response asProfessional = api.as(driver.professional).get("/api/cases/" + caseId);
        if (WITH_PROVIDER.contains(state)) {
            Set<CaseEvent> expectedForProfessional = EnumSet.noneOf(CaseEvent.class);
            DOMAIN.forEach((event, rule) -> {
                if (rule.getKey().contains(state) && (BY_PROFESSIONAL.contains(event) || event == END_EXTERNAL_CARE)) {
                    expectedForProfessional.add(event);
                }
            });
            assertThat(events(asProfessional)).isEqualTo(expectedForProfessional);
        } else {
            assertThat(asProfessional.status()).isEqualTo(404);
        }
    }

    private static Set<CaseEvent> events(Response caseView) {
        List<CaseEvent> events = StreamSupport.stream(
                        caseView.body().path("allowedEvents").spliterator(), false)
                .map(node -> CaseEvent.valueOf(node.asText()))
                .toList();
        return events.isEmpty() ? EnumSet.noneOf(CaseEvent.class) : EnumSet.copyOf(events);
    }
}
