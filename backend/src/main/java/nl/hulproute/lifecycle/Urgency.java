package nl.hulproute.lifecycle;

/** How soon a signal needs attention. A case is as urgent as its most urgent signal. */
public enum Urgency {
    NORMAL,
    URGENT,
    /** Safety at stake (suicidality, violence, a homeless minor): the zorgcoördinator is told at once. */
    ACUTE;

    public Urgency atLeast(Urgency other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
