package nl.hulproute.lifecycle;

/** What can happen to a case. Which event applies in which state, for whom, and on what condition: {@link CaseLifecycle}. */
public enum CaseEvent {
    START_TRIAGE,
    DISMISS,
    ASSIGN_FIRST_LINE,
    ASSIGN_SECOND_LINE,
    REFER,
    PLACE_ON_WAITLIST,
    START_HANDOVER,
    ACCEPT_HANDOVER,
    DECLINE_HANDOVER,
    WITHDRAW_HANDOVER,
    CARE_STARTED,
    END_EXTERNAL_CARE,
    CLOSE,
    REOPEN
}
