package nl.hulproute.lifecycle;

/**
 * How many bridging contacts were recorded for a case: the contacts are the waitinglist module's, which implements
 * this, so the case's clocks can show contacts made against contacts planned without the lifecycle depending on it.
 */
public interface BridgingContactCount {

    long contactsMade(long caseId);
}
