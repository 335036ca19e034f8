package nl.hulproute.people;

/** The two MBO learning pathways. */
public enum Track {
    /** Beroepsopleidende leerweg: mostly at school, with internships. */
    BOL,
    /** Beroepsbegeleidende leerweg: mostly at work, a day a week at school. */
    BBL
}
