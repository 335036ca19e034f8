package nl.hulproute.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The running state machine is the lifecycle declaration: same transitions, nothing more, nothing less. */
class CaseStateMachineTest {

    @Test
    void theMachineHasExactlyTheDeclaredTransitions() {
        Set<String> declared = CaseLifecycle.RULES.stream()
                .flatMap(rule ->
                        rule.sources().stream().map(source -> source + " -" + rule.event() + "-> " + rule.target()))
                .collect(Collectors.toSet());

        assertThat(new CaseStateMachine().transitions()).isEqualTo(declared);
    }

    @Test
    void aReusedMachineForgetsTheStateAndTheRefusalOfTheEventBefore() {
        CaseStateMachine machine = new CaseStateMachine();

        // one machine is used over and over: each answer depends only on the state and facts it was sent
        for (int round = 0; round < 3; round++) {
            assertThat(machine.send(CaseState.SIGNALLED, CaseEvent.DISMISS, facts(null)))
                    .isEqualTo(new CaseStateMachine.Result.Refused(CaseGuards.REASON_GIVEN));
            assertThat(machine.send(CaseState.SIGNALLED, CaseEvent.DISMISS, facts("Geen zorg nodig.")))
                    .isEqualTo(new CaseStateMachine.Result.Moved(CaseState.CLOSED));
            assertThat(machine.send(CaseState.SIGNALLED, CaseEvent.START_TRIAGE, facts(null)))
                    .isEqualTo(new CaseStateMachine.Result.Moved(CaseState.TRIAGE));
            assertThat(machine.send(CaseState.CLOSED, CaseEvent.START_TRIAGE, facts(null)))
                    .isEqualTo(new CaseStateMachine.Result.NotApplicable());
        }
    }

    @Test
    void machinesSharedByConcurrentEventsAnswerEachEventForItsOwnState() throws Exception {
        CaseStateMachine machine = new CaseStateMachine();
        GuardFacts advice = facts(null)
                .with("advice", "Wekelijks kort gesprek met de mentor")
                .with("checkInDate", facts(null).today().plusWeeks(2));
        GuardFacts owner = facts(null).with("ownerId", CaseGuardsTest.ZC_HERE);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            // each task moves its own case between first and second line, and is refused now and then on the way:
            // the idle machines change hands between states and tasks all the time
            List<Future<CaseState>> cases = new ArrayList<>();
            for (int task = 0; task < 8; task++) {
                cases.add(threads.submit(() -> {
                    CaseState state = CaseState.FIRST_LINE;
                    for (int step = 0; step < 200; step++) {
                        if (step % 7 == 0) {
                            assertThat(machine.send(state, CaseEvent.DISMISS, facts(null)))
                                    .isEqualTo(new CaseStateMachine.Result.NotApplicable());
                        }
                        CaseStateMachine.Result moved = state == CaseState.FIRST_LINE
                                ? machine.send(state, CaseEvent.ASSIGN_SECOND_LINE, owner)
                                : machine.send(state, CaseEvent.ASSIGN_FIRST_LINE, advice);
                        CaseState expected =
                                state == CaseState.FIRST_LINE ? CaseState.SECOND_LINE : CaseState.FIRST_LINE;
                        assertThat(moved).isEqualTo(new CaseStateMachine.Result.Moved(expected));
                        state = expected;
                    }
                    return state;
                }));
            }
            for (Future<CaseState> theCase : cases) {
                assertThat(theCase.get(1, TimeUnit.MINUTES)).isEqualTo(CaseState.FIRST_LINE);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** The guard table's facts (CaseGuardsTest), with or without a reason. */
    private static CaseGuardsTest.Facts facts(@Nullable String reason) {
        CaseGuardsTest.Facts none =
                new CaseGuardsTest.Facts(17, Map.of(), new EnumMap<>(ConsentGiver.class), null, null, null, false);
        return reason == null ? none : none.with("reason", reason);
    }
}
