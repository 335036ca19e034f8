package nl.hulproute.lifecycle;

/**
 * The parts of a warm-handover package. The student consents per section; a provider's professional sees only
 * the sections that were both sent and consented to.
 */
public enum PackageSection {
    /** Who the student is and what routes care: name, date of birth, woongemeente, programme. Always sent. */
    STUDENT,
    /** What school noticed: the signals with their life domains and observations. */
    SIGNALS,
    /** What school did: the owner, advice, and the steps of the case so far. */
    SCHOOL_SUPPORT,
    /** The school's bridging while the student waits, with the contact person at school. */
    BRIDGING
}
