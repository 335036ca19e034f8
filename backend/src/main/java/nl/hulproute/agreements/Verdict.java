package nl.hulproute.agreements;

/** What an evaluation concluded about one measure. ADJUST and STOP start a new draft revision. */
public enum Verdict {
    EFFECTIVE,
    ADJUST,
    STOP
}
