package nl.hulproute.lifecycle;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateContext;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer;
import org.springframework.statemachine.guard.Guard;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Runs events on cases with Spring Statemachine, built from {@link CaseLifecycle#RULES}. The case row holds the
 * state: for each event a machine is restored to that state, the event is sent, and the machine's answer is
 * returned. The machine never writes; the caller applies the result to the case. This class is the only place
 * that knows Spring Statemachine, so replacing it (see docs/adr) touches nothing else.
 *
 * <p>Building a machine from the factory (its states, transitions, executor and reactive plumbing) costs far more
 * than restoring and firing one, and starting and stopping one costs more than firing (docs/performance.md). So
 * machines are kept started between events, each in the pool of the state it is in: an event on a case in state S
 * takes a machine already in S and only clears its extended state. When none is in S, one from another state is
 * stopped, reset to S and started again, and only when no machine is idle is a new one built. A machine serves one
 * event at a time, so the pools hold at most as many machines as events ran at once (ADR 24).
 */
@Component
class CaseStateMachine {

    private static final String FACTS = "hulproute.guardFacts";
    private static final String REFUSAL = "hulproute.refusal";

    private final StateMachineFactory<CaseState, CaseEvent> factory;
    /** Idle started machines, by the state they are in (the index is the state's ordinal). */
    private final List<Queue<StateMachine<CaseState, CaseEvent>>> idle;

    CaseStateMachine() {
        this.factory = build(CaseLifecycle.RULES);
        this.idle = Arrays.stream(CaseState.values())
                .<Queue<StateMachine<CaseState, CaseEvent>>>map(state -> new ConcurrentLinkedQueue<>())
                .toList();
    }

    /** What happened when an event was sent to a case in a given state. */
    sealed interface Result {
        /** The event applied: the case moves to {@code target}. */
        record Moved(CaseState target) implements Result {}

        /** The event does not apply in this state. */
        record NotApplicable() implements Result {}

        /** The event applies, but this guard refused it. */
        record Refused(CaseGuard guard) implements Result {}
    }

    Result send(CaseState current, CaseEvent event, GuardFacts facts) {
        StateMachine<CaseState, CaseEvent> machine = machineIn(current);
        boolean reusable = false;
        try {
            Message<CaseEvent> message =
                    MessageBuilder.withPayload(event).setHeader(FACTS, facts).build();
            List<StateMachineEventResult<CaseState, CaseEvent>> results =
                    machine.sendEvent(Mono.just(message)).collectList().block();
            reusable = !machine.hasStateMachineError();
            // A transition whose guard fails still reports the event as ACCEPTED (the state had a transition for
            // it), so the guard's own note decides first, and a move is only a move if the state changed.
            CaseGuard refusal = machine.getExtendedState().get(REFUSAL, CaseGuard.class);
            if (refusal != null) {
                return new Result.Refused(refusal);
            }
            boolean accepted = results != null
                    && results.stream().anyMatch(r -> r.getResultType() == StateMachineEventResult.ResultType.ACCEPTED);
            CaseState reached = machine.getState().getId();
            // a declared self-transition (REFER in REFERRED: on to another provider) moves without changing state
            boolean selfTransition = CaseLifecycle.rule(current, event)
                    .map(rule -> rule.target() == current)
                    .orElse(false);
            return accepted && (reached != current || selfTransition)
                    ? new Result.Moved(reached)
                    : new Result.NotApplicable();
        } finally {
            if (reusable) {
                idleIn(machine.getState().getId()).offer(machine);
            } else {
                // a machine that failed is dropped, not reused
                machine.stopReactively().block();
            }
        }
    }

    /**
     * A started machine in {@code state} with an empty extended state: an idle one already there, else an idle one
     * from another state restarted in this one, else a new one.
     */
    private StateMachine<CaseState, CaseEvent> machineIn(CaseState state) {
        StateMachine<CaseState, CaseEvent> machine = idleIn(state).poll();
        if (machine == null) {
            machine = restarted(state);
        }
        machine.getExtendedState().getVariables().clear();
        return machine;
    }

    private Queue<StateMachine<CaseState, CaseEvent>> idleIn(CaseState state) {
        return idle.get(state.ordinal());
    }

    private StateMachine<CaseState, CaseEvent> restarted(CaseState state) {
        StateMachine<CaseState, CaseEvent> machine = null;
        for (Queue<StateMachine<CaseState, CaseEvent>> other : idle) {
            machine = other.poll();
            if (machine != null) {
                machine.stopReactively().block();
                break;
            }
        }
        if (machine == null) {
            machine = factory.getStateMachine();
        }
        machine.getStateMachineAccessor()
                .doWithAllRegions(region -> region.resetStateMachineReactively(
                                new DefaultStateMachineContext<>(state, null, null, null))
                        .block());
        machine.startReactively().block();
        return machine;
    }

    /** The transitions the built machine really has, as "SOURCE -EVENT-> TARGET": for checking it against the declaration. */
    Set<String> transitions() {
        return factory.getStateMachine().getTransitions().stream()
                .map(t -> t.getSource().getId() + " -" + t.getTrigger().getEvent() + "-> "
                        + t.getTarget().getId())
                .collect(Collectors.toSet());
    }

    private static StateMachineFactory<CaseState, CaseEvent> build(List<LifecycleRule> rules) {
        try {
            StateMachineBuilder.Builder<CaseState, CaseEvent> builder = StateMachineBuilder.builder();
            builder.configureConfiguration().withConfiguration().autoStartup(false);
            builder.configureStates()
                    .withStates()
                    .initial(CaseLifecycle.INITIAL)
                    .states(EnumSet.allOf(CaseState.class));
            StateMachineTransitionConfigurer<CaseState, CaseEvent> transitions = builder.configureTransitions();
            for (LifecycleRule rule : rules) {
                for (CaseState source : rule.sources()) {
                    transitions
                            .withExternal()
                            .source(source)
                            .target(rule.target())
                            .event(rule.event())
                            .guard(guardOf(rule));
                }
            }
            return builder.createFactory();
        } catch (Exception e) {
            throw new IllegalStateException("The case lifecycle does not make a valid state machine", e);
        }
    }

    /** The rule's guards in order; the first that fails is remembered so the caller can say why. */
    private static Guard<CaseState, CaseEvent> guardOf(LifecycleRule rule) {
        return context -> {
            GuardFacts facts = factsOf(context);
            for (CaseGuard guard : rule.guards()) {
                if (!guard.holds(facts)) {
                    context.getExtendedState().getVariables().put(REFUSAL, guard);
                    return false;
                }
            }
            return true;
        };
    }

    private static GuardFacts factsOf(StateContext<CaseState, CaseEvent> context) {
        @Nullable Object facts = context.getMessageHeader(FACTS);
        return (GuardFacts) Objects.requireNonNull(facts, "events are sent with their guard facts");
    }
}
