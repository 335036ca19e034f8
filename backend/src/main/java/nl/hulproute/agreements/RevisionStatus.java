package nl.hulproute.agreements;

/** A revision is a DRAFT until accepted in full, then ACCEPTED, and SUPERSEDED from the day the next one is accepted. */
public enum RevisionStatus {
    DRAFT,
    ACCEPTED,
    SUPERSEDED
}
