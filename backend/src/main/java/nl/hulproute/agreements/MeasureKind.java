package nl.hulproute.agreements;

/** The kinds of extra support (Monitor Passend Onderwijs MBO, table B3.7). */
public enum MeasureKind {
    /** Aangepaste toetsing en examinering. */
    ADAPTED_ASSESSMENT,
    /** Extra begeleiding op school. */
    EXTRA_GUIDANCE,
    /** Aanpassingen in het volgen van onderwijs. */
    ADAPTED_TEACHING,
    /** Hulpmiddelen. */
    AIDS,
    /** Aanpassingen in de beroepspraktijkvorming (bpv). */
    INTERNSHIP_ADJUSTMENTS,
    /** Externe zorg op school. */
    EXTERNAL_CARE_AT_SCHOOL,
    /** Aanpassingen in lokalen. */
    ROOM_ADJUSTMENTS,
    /** Anders. */
    OTHER
}
