package nl.hulproute.lifecycle;

/** How soon a signal needs attention. A case is as urgent as its most urgent signal. */
public enum Urgency {
    NORMAL,
    URGENT,
    /** Safety at stake (suicidality, violence, a homeless minor): the zorgcoördinator is told at once. */
    ACUTE;

    /**
     * Where a case of this urgency comes in the caseload, most urgent first. MariaDB keeps the same number in
     * {@code lifecycle_case.urgency_rank} (V0061) so that the caseload's indexes hold it, and the caseload filters on
     * that column: a filter on the urgency itself made MariaDB read every candidate's row.
     */
    int rank() {
        return switch (this) {
            case ACUTE -> 0;
            case URGENT -> 1;
            case NORMAL -> 2;
        };
    }

    public Urgency atLeast(Urgency other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
