package nl.hulproute.lifecycle;

import org.jspecify.annotations.Nullable;

/** Where a case is on the route. The transitions between states are declared in {@link CaseLifecycle}. */
public enum CaseState {
    /** Gesignaleerd: waiting for triage. */
    SIGNALLED(null, SignalStatus.RECEIVED),
    /** In triage: the zorgcoördinator assesses, usually talks with the student; not yet in a line of support. */
    TRIAGE(null, SignalStatus.PICKED_UP),
    /** Eerste lijn: the SLB'er supports, with advice and a check-in date. */
    FIRST_LINE(Line.FIRST, SignalStatus.IN_SUPPORT),
    /** Tweede lijn: studentsupport provides extra support with a plan and an owner. */
    SECOND_LINE(Line.SECOND, SignalStatus.IN_SUPPORT),
    /** Verwezen: a provider is chosen; consent is being arranged. */
    REFERRED(Line.THIRD, SignalStatus.REFERRED),
    /** Wachtlijst: on the provider's waiting list while the school bridges. */
    WAITING(Line.THIRD, SignalStatus.REFERRED),
    /** Warme overdracht: the package is sent with consent; the receiver has yet to accept. */
    HANDOVER(Line.THIRD, SignalStatus.REFERRED),
    /** In zorg extern: care has started; the school keeps a trusted face. */
    EXTERNAL_CARE(Line.THIRD, SignalStatus.REFERRED),
    /** Afgesloten: closed with an outcome. */
    CLOSED(null, SignalStatus.CLOSED);

    private final @Nullable Line line;
    private final SignalStatus signalStatus;

    CaseState(@Nullable Line line, SignalStatus signalStatus) {
        this.line = line;
        this.signalStatus = signalStatus;
    }

    /** The line of support responsible in this state; none before or during triage, nor once closed. */
    public @Nullable Line line() {
        return line;
    }

    /** The status an SLB'er sees for their signal while its case is in this state. */
    public SignalStatus signalStatus() {
        return signalStatus;
    }
}
