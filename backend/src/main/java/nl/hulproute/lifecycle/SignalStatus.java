package nl.hulproute.lifecycle;

/**
 * What the SLB'er who raised a signal may know of its case: a status from a fixed vocabulary, never its content
 * (ontvangen, opgepakt, in begeleiding, doorverwezen, afgesloten).
 */
public enum SignalStatus {
    RECEIVED,
    PICKED_UP,
    IN_SUPPORT,
    REFERRED,
    CLOSED
}
