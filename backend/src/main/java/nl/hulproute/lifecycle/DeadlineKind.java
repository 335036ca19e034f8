package nl.hulproute.lifecycle;

/** What is due on a case's next deadline (see {@link CaseDeadlines}). */
public enum DeadlineKind {
    /** Triage of the signal, within the norm for its urgency. */
    TRIAGE,
    /** The SLB'er's check-in with the student, in the first line. */
    CHECK_IN,
    /** The next contact of the school's bridging contact person with a student on the waiting list. */
    BRIDGING_CONTACT,
    /** The provider's expected start of care, on the waiting list without a bridging rhythm. */
    EXPECTED_START,
    /** The receiving professional's answer to the handover. */
    HANDOVER_ANSWER
}
