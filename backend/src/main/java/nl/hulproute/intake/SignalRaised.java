package nl.hulproute.intake;

import nl.hulproute.lifecycle.Urgency;

/**
 * Published when a signal is saved, within its transaction, so that (for instance) an ACUTE one is brought to the
 * zorgcoördinatoren at once.
 */
public record SignalRaised(
        long signalId, long caseId, long studentId, long locationId, Urgency urgency, long raisedByUserId) {}
