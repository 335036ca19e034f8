package nl.hulproute.lifecycle;

/** Orders of the caseload. */
public enum CaseSort {
    /** Most urgent first, then the oldest signal first: what needs attention now. */
    URGENCY,
    /** The longest-waiting first. */
    OLDEST_FIRST,
    /** The newest first. */
    NEWEST_FIRST,
    /** By state in route order, then oldest first. */
    STATE
}
