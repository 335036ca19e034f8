package nl.hulproute.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
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

    /** The guard table's facts (CaseGuardsTest), with or without a reason. */
    private static GuardFacts facts(@Nullable String reason) {
        CaseGuardsTest.Facts none =
                new CaseGuardsTest.Facts(17, Map.of(), new EnumMap<>(ConsentGiver.class), null, null, null, false);
        return reason == null ? none : none.with("reason", reason);
    }
}
