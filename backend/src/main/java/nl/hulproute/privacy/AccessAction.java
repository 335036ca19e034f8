package nl.hulproute.privacy;

/** What someone did with a student's data. */
public enum AccessAction {
    /** Opened one record (a case, its history, its signals, its consents). */
    VIEW,
    /** Saw the record in a list (a caseload, a student list). */
    LIST,
    /** Recorded something new about the student (a signal, a consent). */
    CREATE,
    /** Changed a record (a lifecycle event on a case; a correction, with purpose CORRECTION). */
    CHANGE,
    /** Took the data out of the system (an export for inzage). */
    EXPORT,
    /** Used the emergency procedure to reach a record outside their own relationship. */
    BREAK_GLASS,
    /** Read the access log itself. */
    VIEW_ACCESS_LOG
}
