package nl.hulproute.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The running state machine is the lifecycle declaration: same transitions, nothing more, nothing less. */
class CaseStateMachineTest {

    @Test
    void theMachineHasExactlyTheDeclaredTransitions() {
        Set<String> declared = CaseLifecycle.RULES.stream()
                .flatMap(rule -> rule.sources().stream().map(source -> source + " -" + rule.event() + "-> " + rule.target()))
                .collect(Collectors.toSet());

        assertThat(new CaseStateMachine().transitions()).isEqualTo(declared);
    }
}
