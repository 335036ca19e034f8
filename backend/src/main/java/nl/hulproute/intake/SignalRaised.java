package nl.hulproute.intake;

import nl.hulproute.lifecycle.Urgency;

/** Published when a signal is saved, so that (for instance) an ACUTE one can be brought to a zorgcoördinator at once. */
public record SignalRaised(long signalId, long caseId, long studentId, Urgency urgency) {}
