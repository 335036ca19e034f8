package nl.hulproute.lifecycle;

import static nl.hulproute.lifecycle.CaseEvent.ACCEPT_HANDOVER;
import static nl.hulproute.lifecycle.CaseEvent.ASSIGN_FIRST_LINE;
import static nl.hulproute.lifecycle.CaseEvent.ASSIGN_SECOND_LINE;
import static nl.hulproute.lifecycle.CaseEvent.CARE_STARTED;
import static nl.hulproute.lifecycle.CaseEvent.CLOSE;
import static nl.hulproute.lifecycle.CaseEvent.DECLINE_HANDOVER;
import static nl.hulproute.lifecycle.CaseEvent.DISMISS;
import static nl.hulproute.lifecycle.CaseEvent.END_EXTERNAL_CARE;
import static nl.hulproute.lifecycle.CaseEvent.PLACE_ON_WAITLIST;
import static nl.hulproute.lifecycle.CaseEvent.REFER;
import static nl.hulproute.lifecycle.CaseEvent.REOPEN;
import static nl.hulproute.lifecycle.CaseEvent.START_HANDOVER;
import static nl.hulproute.lifecycle.CaseEvent.START_TRIAGE;
import static nl.hulproute.lifecycle.CaseEvent.WITHDRAW_HANDOVER;
import static nl.hulproute.lifecycle.CaseGuards.ADVICE_GIVEN;
import static nl.hulproute.lifecycle.CaseGuards.BRIDGING_CONTACT_AT_SCHOOL;
import static nl.hulproute.lifecycle.CaseGuards.BRIDGING_PLANNED;
import static nl.hulproute.lifecycle.CaseGuards.CARE_CONTINUES_AFTER_CLOSE;
import static nl.hulproute.lifecycle.CaseGuards.CARE_NOT_STARTED_YET;
import static nl.hulproute.lifecycle.CaseGuards.CARE_START_DATE_GIVEN;
import static nl.hulproute.lifecycle.CaseGuards.CARE_START_DATE_NOT_BEFORE_ACCEPTANCE;
import static nl.hulproute.lifecycle.CaseGuards.CARE_START_DATE_NOT_IN_FUTURE;
import static nl.hulproute.lifecycle.CaseGuards.CHECK_IN_DATE_AHEAD;
import static nl.hulproute.lifecycle.CaseGuards.CLOSED_WITHIN_REOPEN_WINDOW;
import static nl.hulproute.lifecycle.CaseGuards.CONSENT_COVERS_PACKAGE;
import static nl.hulproute.lifecycle.CaseGuards.FIRST_CONTACT_DATE_SET;
import static nl.hulproute.lifecycle.CaseGuards.OUTCOME_GIVEN;
import static nl.hulproute.lifecycle.CaseGuards.OWNER_CHOSEN;
import static nl.hulproute.lifecycle.CaseGuards.OWNER_WORKS_IN_SECOND_LINE_AT_LOCATION;
import static nl.hulproute.lifecycle.CaseGuards.PACKAGE_CHOSEN;
import static nl.hulproute.lifecycle.CaseGuards.PARENT_CONSENTED_UNDER_16;
import static nl.hulproute.lifecycle.CaseGuards.PROVIDER_ACTIVE;
import static nl.hulproute.lifecycle.CaseGuards.PROVIDER_CHOSEN;
import static nl.hulproute.lifecycle.CaseGuards.PROVIDER_SERVES_STUDENT;
import static nl.hulproute.lifecycle.CaseGuards.REASON_GIVEN;
import static nl.hulproute.lifecycle.CaseGuards.STUDENT_CONSENTED;
import static nl.hulproute.lifecycle.CaseGuards.SUMMARY_GIVEN;
import static nl.hulproute.lifecycle.CaseState.CLOSED;
import static nl.hulproute.lifecycle.CaseState.EXTERNAL_CARE;
import static nl.hulproute.lifecycle.CaseState.FIRST_LINE;
import static nl.hulproute.lifecycle.CaseState.HANDOVER;
import static nl.hulproute.lifecycle.CaseState.REFERRED;
import static nl.hulproute.lifecycle.CaseState.SECOND_LINE;
import static nl.hulproute.lifecycle.CaseState.SIGNALLED;
import static nl.hulproute.lifecycle.CaseState.TRIAGE;
import static nl.hulproute.lifecycle.CaseState.WAITING;
import static nl.hulproute.lifecycle.EventField.ADVICE;
import static nl.hulproute.lifecycle.EventField.BRIDGING;
import static nl.hulproute.lifecycle.EventField.CARE_STARTED_ON;
import static nl.hulproute.lifecycle.EventField.CHECK_IN_DATE;
import static nl.hulproute.lifecycle.EventField.EXPECTED_START_DATE;
import static nl.hulproute.lifecycle.EventField.FIRST_CONTACT_DATE;
import static nl.hulproute.lifecycle.EventField.NO_BRIDGING_REASON;
import static nl.hulproute.lifecycle.EventField.OUTCOME;
import static nl.hulproute.lifecycle.EventField.OWNER_ID;
import static nl.hulproute.lifecycle.EventField.PROVIDER_ID;
import static nl.hulproute.lifecycle.EventField.SECTIONS;
import static nl.hulproute.lifecycle.EventField.SUMMARY;
import static nl.hulproute.lifecycle.LifecycleRule.on;
import static nl.hulproute.shared.Role.EXTERNAL_PROFESSIONAL;
import static nl.hulproute.shared.Role.ZORGCOORDINATOR;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The case lifecycle, declared once. Every state change, the role that may make it and the guards it must pass are
 * in this table; the state machine that runs events, the allowed events in the API, the permission matrix and the
 * diagram in {@code docs/} are all built from it.
 */
final class CaseLifecycle {

    private CaseLifecycle() {}

    static final CaseState INITIAL = SIGNALLED;

    static final List<LifecycleRule> RULES = List.of(
            on(START_TRIAGE).from(SIGNALLED).to(TRIAGE).by(ZORGCOORDINATOR).rule(),
            on(DISMISS)
                    .from(SIGNALLED, TRIAGE)
                    .to(CLOSED)
                    .by(ZORGCOORDINATOR)
                    .when(REASON_GIVEN)
                    .rule(),
            on(ASSIGN_FIRST_LINE)
                    .from(TRIAGE, SECOND_LINE)
                    .to(FIRST_LINE)
                    .by(ZORGCOORDINATOR)
                    .taking(ADVICE, CHECK_IN_DATE)
                    .when(ADVICE_GIVEN, CHECK_IN_DATE_AHEAD)
                    .rule(),
            on(ASSIGN_SECOND_LINE)
                    .from(TRIAGE, FIRST_LINE)
                    .to(SECOND_LINE)
                    .by(ZORGCOORDINATOR)
                    .taking(OWNER_ID)
                    .when(OWNER_CHOSEN, OWNER_WORKS_IN_SECOND_LINE_AT_LOCATION)
                    .rule(),
            // from REFERRED too: after a decline, straight on to another provider
            on(REFER)
                    .from(TRIAGE, FIRST_LINE, SECOND_LINE, REFERRED)
                    .to(REFERRED)
                    .by(ZORGCOORDINATOR)
                    .taking(PROVIDER_ID)
                    .when(PROVIDER_CHOSEN, PROVIDER_ACTIVE, PROVIDER_SERVES_STUDENT)
                    .rule(),
            on(PLACE_ON_WAITLIST)
                    .from(REFERRED)
                    .to(WAITING)
                    .by(ZORGCOORDINATOR)
                    .taking(BRIDGING, NO_BRIDGING_REASON, EXPECTED_START_DATE)
                    .when(STUDENT_CONSENTED, PARENT_CONSENTED_UNDER_16, BRIDGING_PLANNED, BRIDGING_CONTACT_AT_SCHOOL)
                    .rule(),
            on(START_HANDOVER)
                    .from(REFERRED, WAITING)
                    .to(HANDOVER)
                    .by(ZORGCOORDINATOR)
                    .taking(SECTIONS)
                    .when(STUDENT_CONSENTED, PARENT_CONSENTED_UNDER_16, PACKAGE_CHOSEN, CONSENT_COVERS_PACKAGE)
                    .rule(),
            on(ACCEPT_HANDOVER)
                    .from(HANDOVER)
                    .to(EXTERNAL_CARE)
                    .by(EXTERNAL_PROFESSIONAL)
                    .taking(FIRST_CONTACT_DATE)
                    .when(FIRST_CONTACT_DATE_SET)
                    .rule(),
            on(DECLINE_HANDOVER)
                    .from(HANDOVER)
                    .to(REFERRED)
                    .by(EXTERNAL_PROFESSIONAL)
                    .when(REASON_GIVEN)
                    .rule(),
            // the school takes back a handover the provider has not accepted yet; the provider is told
            on(WITHDRAW_HANDOVER)
                    .from(HANDOVER)
                    .to(REFERRED)
                    .by(ZORGCOORDINATOR)
                    .when(REASON_GIVEN)
                    .rule(),
            // the receiver reports that care really started: the case stays in external care, the school's bridging
            // check-ins (which go on after the acceptance) stop, the zorgcoördinator is told; once per case
            on(CARE_STARTED)
                    .from(EXTERNAL_CARE)
                    .to(EXTERNAL_CARE)
                    .by(EXTERNAL_PROFESSIONAL)
                    .taking(CARE_STARTED_ON)
                    .when(
                            CARE_NOT_STARTED_YET,
                            CARE_START_DATE_GIVEN,
                            CARE_START_DATE_NOT_IN_FUTURE,
                            CARE_START_DATE_NOT_BEFORE_ACCEPTANCE)
                    .rule(),
            on(END_EXTERNAL_CARE)
                    .from(EXTERNAL_CARE)
                    .to(SECOND_LINE)
                    .by(ZORGCOORDINATOR, EXTERNAL_PROFESSIONAL)
                    .taking(SUMMARY)
                    .when(SUMMARY_GIVEN)
                    .rule(),
            // a case closed as "continues in external care" stays with the receiver (package and all) until they
            // report care ended here; the case stays closed, their access ends
            on(END_EXTERNAL_CARE)
                    .from(CLOSED)
                    .to(CLOSED)
                    .by(EXTERNAL_PROFESSIONAL)
                    .taking(SUMMARY)
                    .when(CARE_CONTINUES_AFTER_CLOSE, SUMMARY_GIVEN)
                    .rule(),
            on(CLOSE)
                    .from(FIRST_LINE, SECOND_LINE, REFERRED, EXTERNAL_CARE)
                    .to(CLOSED)
                    .by(ZORGCOORDINATOR)
                    .taking(OUTCOME)
                    .when(OUTCOME_GIVEN)
                    .rule(),
            // closing while the student still waits needs a reason on record
            on(CLOSE)
                    .from(WAITING)
                    .to(CLOSED)
                    .by(ZORGCOORDINATOR)
                    .taking(OUTCOME)
                    .when(OUTCOME_GIVEN, REASON_GIVEN)
                    .rule(),
            on(REOPEN)
                    .from(CLOSED)
                    .to(TRIAGE)
                    .by(ZORGCOORDINATOR)
                    .when(REASON_GIVEN, CLOSED_WITHIN_REOPEN_WINDOW)
                    .rule());

    /** The rule for this event in this state, if the event applies there at all. */
    static Optional<LifecycleRule> rule(CaseState state, CaseEvent event) {
        return RULES.stream()
                .filter(rule -> rule.event() == event && rule.sources().contains(state))
                .findFirst();
    }

    /** The rules that leave this state. */
    static List<LifecycleRule> rulesFrom(CaseState state) {
        return RULES.stream().filter(rule -> rule.sources().contains(state)).toList();
    }

    /** The events that can move a case onto or off this state: a history's steps into or out of it have one of them. */
    static Set<CaseEvent> eventsOntoOrOff(CaseState state) {
        Set<CaseEvent> events = EnumSet.noneOf(CaseEvent.class);
        RULES.stream()
                .filter(rule -> rule.target() == state || rule.sources().contains(state))
                .forEach(rule -> events.add(rule.event()));
        return events;
    }

    /** The rules for this event, whatever the state. */
    static List<LifecycleRule> rulesFor(CaseEvent event) {
        return RULES.stream().filter(rule -> rule.event() == event).toList();
    }
}
