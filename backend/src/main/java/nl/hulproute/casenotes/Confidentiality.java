package nl.hulproute.casenotes;

/** Who may read a note on a case. */
public enum Confidentiality {
    /** Everyone who works on the case and may see how school supported the student. */
    NORMAL,
    /** Only the case's owner and the zorgcoördinatoren of its location: not a provider, not break-glass. */
    CONFIDENTIAL
}
