package nl.hulproute.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.hulproute.people.StudentSummary;
import nl.hulproute.people.UserSummary;
import nl.hulproute.socialmap.ProviderSummary;
import org.jspecify.annotations.Nullable;
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

    /** Facts with only the request: enough for the guards of DISMISS and START_TRIAGE. */
    private static GuardFacts facts(@Nullable String reason) {
        CaseEventRequest request = CaseEventRequest.withReason(1, reason);
        return new GuardFacts() {
            @Override
            public CaseEventRequest request() {
                return request;
            }

            @Override
            public LocalDate today() {
                return LocalDate.of(2026, 12, 4);
            }

            @Override
            public StudentSummary student() {
                throw new UnsupportedOperationException();
            }

            @Override
            public long caseLocationId() {
                return 1;
            }

            @Override
            public @Nullable Long caseProviderId() {
                return null;
            }

            @Override
            public @Nullable LocalDate closedOn() {
                return null;
            }

            @Override
            public @Nullable LocalDate handoverAcceptedOn() {
                return null;
            }

            @Override
            public @Nullable LocalDate careStartedOn() {
                return null;
            }

            @Override
            public boolean careContinuesAfterClose() {
                return false;
            }

            @Override
            public Optional<ProviderSummary> provider(long providerId) {
                return Optional.empty();
            }

            @Override
            public Optional<UserSummary> user(long userId) {
                return Optional.empty();
            }

            @Override
            public Set<PackageSection> consentedSections(ConsentGiver giver) {
                return Set.of();
            }
        };
    }
}
