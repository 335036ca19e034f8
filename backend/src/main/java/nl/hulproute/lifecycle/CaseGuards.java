package nl.hulproute.lifecycle;

import nl.hulproute.shared.Role;
import nl.hulproute.socialmap.ProviderSummary;
import org.jspecify.annotations.Nullable;

/**
 * The guards of the lifecycle, each a named rule with the code a refusal carries. {@link CaseLifecycle} says which
 * event needs which.
 */
final class CaseGuards {

    /** Consent from a parent as well as the student is needed below this age. */
    static final int AGE_OF_SOLE_CONSENT = 16;

    /** A case closed longer ago than this is not reopened; a new case is opened instead. */
    static final int REOPEN_WINDOW_MONTHS = 12;

    private CaseGuards() {}

    static final CaseGuard REASON_GIVEN = new CaseGuard(
                    "lifecycle.guard.reason-required",
                    "a reason is given",
                    facts -> hasText(facts.request().reason()))
            .about("reason");

    static final CaseGuard ADVICE_GIVEN = new CaseGuard(
                    "lifecycle.guard.advice-required",
                    "advice for the SLB'er is given",
                    facts -> hasText(facts.request().advice()))
            .about(EventField.ADVICE.jsonName());

    static final CaseGuard CHECK_IN_DATE_AHEAD = new CaseGuard(
                    "lifecycle.guard.check-in-date-required",
                    "a check-in date, today or later",
                    facts -> facts.request().checkInDate() != null
                            && !facts.request().checkInDate().isBefore(facts.today()))
            .about(EventField.CHECK_IN_DATE.jsonName());

    static final CaseGuard OWNER_CHOSEN = new CaseGuard(
                    "lifecycle.guard.owner-required",
                    "an owner is chosen",
                    facts -> facts.request().ownerId() != null)
            .about(EventField.OWNER_ID.jsonName());

    static final CaseGuard OWNER_WORKS_IN_SECOND_LINE_AT_LOCATION = new CaseGuard(
                    "lifecycle.guard.owner-not-eligible",
                    "the owner is a second-line professional at the case's location",
                    facts -> facts.request().ownerId() == null
                            || facts.user(facts.request().ownerId())
                                    .filter(user -> user.has(Role.ZORGCOORDINATOR))
                                    .filter(user -> user.worksAt(facts.caseLocationId()))
                                    .isPresent())
            .about(EventField.OWNER_ID.jsonName());

    static final CaseGuard PROVIDER_CHOSEN = new CaseGuard(
                    "lifecycle.guard.provider-required",
                    "a provider is chosen from the catalogue",
                    facts -> facts.request().providerId() != null
                            && facts.provider(facts.request().providerId()).isPresent())
            .about(EventField.PROVIDER_ID.jsonName());

    static final CaseGuard PROVIDER_ACTIVE = new CaseGuard(
                    "lifecycle.guard.provider-inactive",
                    "the provider is active on the sociale kaart",
                    facts -> facts.request().providerId() == null
                            || facts.provider(facts.request().providerId())
                                    .map(ProviderSummary::enabled)
                                    .orElse(true))
            .about(EventField.PROVIDER_ID.jsonName());

    static final CaseGuard PROVIDER_SERVES_STUDENT = new CaseGuard(
                    "lifecycle.guard.provider-does-not-serve-student",
                    "the provider serves the student's age and municipality",
                    facts -> facts.request().providerId() == null
                            || facts.provider(facts.request().providerId())
                                    .map(provider -> provider.serves(
                                            facts.student().ageOn(facts.today()),
                                            facts.student().municipalityCode()))
                                    .orElse(true))
            .about(EventField.PROVIDER_ID.jsonName());

    static final CaseGuard STUDENT_CONSENTED = new CaseGuard(
            "lifecycle.guard.consent-required",
            "the student's consent for the provider is in force",
            facts -> !facts.consentedSections(ConsentGiver.STUDENT).isEmpty());

    static final CaseGuard PARENT_CONSENTED_UNDER_16 = new CaseGuard(
            "lifecycle.guard.parent-consent-required",
            "under 16, a parent's consent for the provider is in force too",
            facts -> !needsParent(facts)
                    || !facts.consentedSections(ConsentGiver.PARENT).isEmpty());

    static final CaseGuard PACKAGE_CHOSEN = new CaseGuard(
                    "lifecycle.guard.package-required",
                    "a package with at least the student's details",
                    facts -> facts.request().sections() != null
                            && facts.request().sections().contains(PackageSection.STUDENT))
            .about(EventField.SECTIONS.jsonName());

    static final CaseGuard CONSENT_COVERS_PACKAGE = new CaseGuard(
                    "lifecycle.guard.consent-does-not-cover-package",
                    "consent for every section of the package (under 16 a parent's too)",
                    facts -> facts.request().sections() == null
                            || (facts.consentedSections(ConsentGiver.STUDENT)
                                            .containsAll(facts.request().sections())
                                    && (!needsParent(facts)
                                            || facts.consentedSections(ConsentGiver.PARENT)
                                                    .containsAll(facts.request().sections()))))
            .about(EventField.SECTIONS.jsonName());

    static final CaseGuard BRIDGING_PLANNED = new CaseGuard(
                    "lifecycle.guard.bridging-required",
                    "a bridging plan, or the reason none is needed",
                    facts -> facts.request().bridging() != null
                            || hasText(facts.request().noBridgingReason()))
            .about(EventField.BRIDGING.jsonName());

    static final CaseGuard BRIDGING_CONTACT_AT_SCHOOL = new CaseGuard(
                    "lifecycle.guard.bridging-contact-not-eligible",
                    "the bridging contact works at the student's school location",
                    facts -> facts.request().bridging() == null
                            || facts.user(facts.request().bridging().contactUserId())
                                    .filter(user -> user.has(Role.ZORGCOORDINATOR) || user.has(Role.SLB))
                                    .filter(user -> user.worksAt(facts.caseLocationId()))
                                    .isPresent())
            .about(EventField.BRIDGING.jsonName());

    static final CaseGuard FIRST_CONTACT_DATE_SET = new CaseGuard(
                    "lifecycle.guard.first-contact-date-required",
                    "a first-contact or intake date",
                    facts -> facts.request().firstContactDate() != null)
            .about(EventField.FIRST_CONTACT_DATE.jsonName());

    static final CaseGuard CARE_START_DATE_GIVEN = new CaseGuard(
                    "lifecycle.guard.care-start-date-required",
                    "the day care started",
                    facts -> facts.request().careStartedOn() != null)
            .about(EventField.CARE_STARTED_ON.jsonName());

    static final CaseGuard CARE_START_DATE_NOT_IN_FUTURE = new CaseGuard(
                    "lifecycle.guard.care-start-date-in-future",
                    "a care-start date not in the future (report it once care has started)",
                    facts -> facts.request().careStartedOn() == null
                            || !facts.request().careStartedOn().isAfter(facts.today()))
            .about(EventField.CARE_STARTED_ON.jsonName());

    static final CaseGuard CARE_START_DATE_NOT_BEFORE_ACCEPTANCE = new CaseGuard(
                    "lifecycle.guard.care-start-date-before-acceptance",
                    "a care-start date on or after the day the handover was accepted",
                    facts -> facts.request().careStartedOn() == null
                            || facts.handoverAcceptedOn() == null
                            || !facts.request().careStartedOn().isBefore(facts.handoverAcceptedOn()))
            .about(EventField.CARE_STARTED_ON.jsonName());

    static final CaseGuard CARE_NOT_STARTED_YET = CaseGuard.onTheCase(
            "lifecycle.guard.care-already-started",
            "care not reported as started before (it is reported once)",
            facts -> facts.careStartedOn() == null);

    static final CaseGuard CARE_CONTINUES_AFTER_CLOSE = CaseGuard.onTheCase(
            "lifecycle.guard.care-does-not-continue",
            "the case was closed from external care as continuing there, and care was not reported ended yet",
            GuardFacts::careContinuesAfterClose);

    static final CaseGuard SUMMARY_GIVEN = new CaseGuard(
                    "lifecycle.guard.summary-required",
                    "a summary of what the school needs to know",
                    facts -> hasText(facts.request().summary()))
            .about(EventField.SUMMARY.jsonName());

    static final CaseGuard OUTCOME_GIVEN = new CaseGuard(
                    "lifecycle.guard.outcome-required",
                    "an outcome",
                    facts -> facts.request().outcome() != null)
            .about(EventField.OUTCOME.jsonName());

    static final CaseGuard CLOSED_WITHIN_REOPEN_WINDOW = new CaseGuard(
            "lifecycle.guard.reopen-window-passed",
            "closed less than 12 months ago",
            facts -> facts.closedOn() != null
                    && facts.closedOn().isAfter(facts.today().minusMonths(REOPEN_WINDOW_MONTHS)));

    private static boolean needsParent(GuardFacts facts) {
        return facts.student().ageOn(facts.today()) < AGE_OF_SOLE_CONSENT;
    }

    private static boolean hasText(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}
