package nl.hulproute.lifecycle;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A case moved from one state to another: published in the transaction of the transition, so it is known if and only
 * if the transition happened. Modules that react to the lifecycle (waiting list, handover, mail, reminders) listen to
 * it with {@code @ApplicationModuleListener}; Spring Modulith's JDBC registry keeps the publication until each
 * listener has finished, so their work survives a crash. It carries ids and states only, never a health detail: a
 * listener asks {@link CaseManagement} or its own tables for more.
 *
 * @param caseId the case
 * @param studentId the case's student
 * @param locationId the school location the case belongs to
 * @param providerId the provider the case is referred or handed to after the transition, if any
 * @param ownerUserId the case's owner (second-line professional) after the transition, if any
 * @param from the state before
 * @param to the state after
 * @param event the event that moved it
 * @param actorUserId who fired the event
 * @param occurredAt when (the history row's time)
 * @param outcome how the case ended, once it is closed ({@code CONTINUES_IN_EXTERNAL_CARE}: the receiver keeps it)
 */
public record CaseTransitioned(
        long caseId,
        long studentId,
        long locationId,
        @Nullable Long providerId,
        @Nullable Long ownerUserId,
        CaseState from,
        CaseState to,
        CaseEvent event,
        long actorUserId,
        Instant occurredAt,
        @Nullable Outcome outcome) {

    /**
     * Whether the state as a signal's raiser sees it changed (received, picked up, in support, referred, closed).
     * Listeners that act only then say so in their condition, so no publication is stored for the other transitions.
     */
    public boolean signalStatusChanged() {
        return from.signalStatus() != to.signalStatus();
    }

    /** Whether the case was in the third line (referral, waiting list, handover, external care) before or after. */
    public boolean touchesThirdLine() {
        return from.line() == Line.THIRD || to.line() == Line.THIRD;
    }
}
