package nl.hulproute.casenotes;

/** Whose words a note on a case holds. */
public enum NoteKind {
    /** Written by someone on the case, for the others on it. */
    NOTE,
    /**
     * Verklaring van de student: the student's own supplementary statement about what is recorded (AVG art. 16),
     * written down by their zorgcoördinator as the student said it.
     */
    STUDENT_STATEMENT
}
