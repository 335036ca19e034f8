package nl.hulproute.demo;

import static nl.hulproute.demo.CaseRoute.Step.ACCEPT;
import static nl.hulproute.demo.CaseRoute.Step.CARE_START;
import static nl.hulproute.demo.CaseRoute.Step.CLOSE;
import static nl.hulproute.demo.CaseRoute.Step.CLOSE_CARE_CONTINUES;
import static nl.hulproute.demo.CaseRoute.Step.CLOSE_WHILE_WAITING;
import static nl.hulproute.demo.CaseRoute.Step.CONSENT;
import static nl.hulproute.demo.CaseRoute.Step.DECLINE;
import static nl.hulproute.demo.CaseRoute.Step.DISMISS;
import static nl.hulproute.demo.CaseRoute.Step.END_CARE;
import static nl.hulproute.demo.CaseRoute.Step.FIRST_LINE;
import static nl.hulproute.demo.CaseRoute.Step.HANDOVER;
import static nl.hulproute.demo.CaseRoute.Step.MAYBE_CARE_START;
import static nl.hulproute.demo.CaseRoute.Step.MAYBE_WAITLIST;
import static nl.hulproute.demo.CaseRoute.Step.REFER;
import static nl.hulproute.demo.CaseRoute.Step.REOPEN;
import static nl.hulproute.demo.CaseRoute.Step.SECOND_LINE;
import static nl.hulproute.demo.CaseRoute.Step.TRIAGE;
import static nl.hulproute.demo.CaseRoute.Step.WAITLIST;

import java.util.List;
import nl.hulproute.lifecycle.CaseState;

/**
 * The routes demo cases take after their first signal, with how common each is. Most signals end after triage or
 * with support at school ("normaliseren waar het kan"); a third reach the third line; a few are reopened. Together
 * they leave cases in every state.
 */
enum CaseRoute {
    AWAITING_TRIAGE(5, CaseState.SIGNALLED),
    IN_TRIAGE(6, CaseState.TRIAGE, TRIAGE),
    DISMISSED_WITHOUT_TRIAGE(4, CaseState.CLOSED, DISMISS),
    DISMISSED_AFTER_TRIAGE(14, CaseState.CLOSED, TRIAGE, DISMISS),
    FIRST_LINE_SUPPORT(12, CaseState.FIRST_LINE, TRIAGE, FIRST_LINE),
    RESOLVED_IN_FIRST_LINE(10, CaseState.CLOSED, TRIAGE, FIRST_LINE, CLOSE),
    SECOND_LINE_SUPPORT(7, CaseState.SECOND_LINE, TRIAGE, SECOND_LINE),
    ESCALATED_TO_SECOND_LINE(3, CaseState.SECOND_LINE, TRIAGE, FIRST_LINE, SECOND_LINE),
    RESOLVED_IN_SECOND_LINE(6, CaseState.CLOSED, TRIAGE, SECOND_LINE, CLOSE),
    REFERRED_AWAITING_CONSENT(4, CaseState.REFERRED, TRIAGE, SECOND_LINE, REFER),
    ON_WAITING_LIST(8, CaseState.WAITING, TRIAGE, SECOND_LINE, REFER, CONSENT, WAITLIST),
    IN_HANDOVER(3, CaseState.HANDOVER, TRIAGE, SECOND_LINE, REFER, CONSENT, MAYBE_WAITLIST, HANDOVER),
    HANDOVER_DECLINED(1, CaseState.REFERRED, TRIAGE, SECOND_LINE, REFER, CONSENT, HANDOVER, DECLINE),
    IN_EXTERNAL_CARE(
            5,
            CaseState.EXTERNAL_CARE,
            TRIAGE,
            SECOND_LINE,
            REFER,
            CONSENT,
            MAYBE_WAITLIST,
            HANDOVER,
            ACCEPT,
            MAYBE_CARE_START),
    BACK_FROM_EXTERNAL_CARE(
            3,
            CaseState.CLOSED,
            TRIAGE,
            SECOND_LINE,
            REFER,
            CONSENT,
            MAYBE_WAITLIST,
            HANDOVER,
            ACCEPT,
            CARE_START,
            END_CARE,
            CLOSE),
    CARE_CONTINUES_EXTERNALLY(
            4,
            CaseState.CLOSED,
            TRIAGE,
            SECOND_LINE,
            REFER,
            CONSENT,
            MAYBE_WAITLIST,
            HANDOVER,
            ACCEPT,
            CARE_START,
            CLOSE_CARE_CONTINUES),
    LEFT_SCHOOL_WHILE_WAITING(2, CaseState.CLOSED, TRIAGE, SECOND_LINE, REFER, CONSENT, WAITLIST, CLOSE_WHILE_WAITING),
    REOPENED(2, CaseState.TRIAGE, TRIAGE, FIRST_LINE, CLOSE, REOPEN),
    REOPENED_TO_SECOND_LINE(1, CaseState.SECOND_LINE, TRIAGE, DISMISS, REOPEN, SECOND_LINE);

    /** What the demo does to a case, beyond the first signal. Each step is one or two calls of the public API. */
    enum Step {
        /** Another signal by the SLB'er, joining the open case. */
        SECOND_SIGNAL,
        TRIAGE,
        DISMISS,
        FIRST_LINE,
        SECOND_LINE,
        REFER,
        /** The student's consent for the provider (and a parent's, under 16). */
        CONSENT,
        WAITLIST,
        /** Onto the waiting list, or straight to handover when the provider has room. */
        MAYBE_WAITLIST,
        HANDOVER,
        ACCEPT,
        /** The receiver reports that care really started, some days or weeks after accepting. */
        CARE_START,
        /** Care started already, or the student still waits for the first real session after the intake. */
        MAYBE_CARE_START,
        DECLINE,
        END_CARE,
        CLOSE,
        CLOSE_CARE_CONTINUES,
        CLOSE_WHILE_WAITING,
        REOPEN;

        boolean closes() {
            return this == DISMISS || this == CLOSE || this == CLOSE_CARE_CONTINUES || this == CLOSE_WHILE_WAITING;
        }
    }

    final double weight;
    final CaseState endsIn;
    final List<Step> steps;

    CaseRoute(double weight, CaseState endsIn, Step... steps) {
        this.weight = weight;
        this.endsIn = endsIn;
        this.steps = List.of(steps);
    }

    /**
     * How many days ago, at most, the last step happened: a case does not wait weeks for triage or for a provider's
     * answer, nor stay in triage for months. With these, some deadlines in the caseload are overdue, not all of them.
     * Zero: no limit.
     */
    int recentWithinDays() {
        return switch (this) {
            case AWAITING_TRIAGE -> 4;
            case IN_HANDOVER -> 14;
            case IN_TRIAGE, REOPENED -> 21;
            case FIRST_LINE_SUPPORT -> 28;
            default -> 0;
        };
    }

    /** Whether the case of this route ends with the receiving provider (the inbox of its professional). */
    boolean endsWithProvider() {
        return endsIn == CaseState.HANDOVER || endsIn == CaseState.EXTERNAL_CARE;
    }
}
