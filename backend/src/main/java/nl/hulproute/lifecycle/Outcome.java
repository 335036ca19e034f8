package nl.hulproute.lifecycle;

/** How a case ended. */
public enum Outcome {
    /** Triage found no follow-up was needed (normaliseren waar het kan). */
    NO_FOLLOW_UP_NEEDED,
    /** The student's question was answered with support at school. */
    RESOLVED_IN_SCHOOL,
    /** External care took over and the school's part is done. */
    CONTINUES_IN_EXTERNAL_CARE,
    /** The student did not want (further) support. */
    STUDENT_DECLINED_SUPPORT,
    /** The student left the school. */
    STUDENT_LEFT_SCHOOL,
    OTHER
}
