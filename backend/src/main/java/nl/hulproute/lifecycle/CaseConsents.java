package nl.hulproute.lifecycle;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.hulproute.lifecycle.CaseViews.ConsentRequest;
import nl.hulproute.lifecycle.CaseViews.ConsentView;
import nl.hulproute.people.People;
import nl.hulproute.people.StudentSummary;
import nl.hulproute.people.Students;
import nl.hulproute.people.UserSummary;
import nl.hulproute.privacy.AccessAction;
import nl.hulproute.privacy.AccessLog;
import nl.hulproute.privacy.AccessedRecord;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.DomainProblem;
import nl.hulproute.shared.Role;
import nl.hulproute.socialmap.ProviderSummary;
import nl.hulproute.socialmap.Providers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent to share a case with a provider: recorded by the case's zorgcoördinator for the student (and under 16 a
 * parent), per package section, until a date; withdrawn as easily, which ends the provider's access at once.
 */
@Service
@Transactional
public class CaseConsents {

    /** From this age a student decides alone; a parent's consent is no longer recorded. */
    static final int AGE_OF_MAJORITY = 18;

    private final ConsentRepository consents;
    private final CaseAccess access;
    private final Students students;
    private final People people;
    private final Providers providers;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ObjectProvider<CaseManagement> caseManagement;
    private final ApplicationEventPublisher events;

    CaseConsents(
            ConsentRepository consents,
            CaseAccess access,
            Students students,
            People people,
            Providers providers,
            AccessLog accessLog,
            Clock clock,
            ObjectProvider<CaseManagement> caseManagement,
            ApplicationEventPublisher events) {
        this.consents = consents;
        this.access = access;
        this.students = students;
        this.people = people;
        this.providers = providers;
        this.accessLog = accessLog;
        this.clock = clock;
        this.caseManagement = caseManagement;
        this.events = events;
    }

    public ConsentView give(Actor actor, long caseId, ConsentRequest request) {
        Case theCase = caseOfItsZorgcoordinator(actor, caseId);
        ProviderSummary provider = providers
                .provider(request.providerId())
                .orElseThrow(() -> new DomainProblem.Unprocessable(
                        "consent.unknown-provider", "There is no such provider in the catalogue.", Map.of()));
        if (!request.sections().contains(PackageSection.STUDENT)) {
            throw new DomainProblem.Unprocessable(
                    "consent.student-section-required",
                    "Consent covers at least the student's details: without them nothing can be handed over.",
                    Map.of());
        }
        LocalDate today = LocalDate.now(clock);
        if (request.validUntil().isBefore(today)) {
            throw new DomainProblem.Unprocessable(
                    "consent.valid-until-in-past", "Consent must hold until today or later.", Map.of());
        }
        StudentSummary student = students.student(theCase.studentId()).orElseThrow();
        if (request.givenBy() == ConsentGiver.PARENT && student.ageOn(today) >= AGE_OF_MAJORITY) {
            throw new DomainProblem.Unprocessable(
                    "consent.parent-not-involved-from-18",
                    "From 18 the student decides alone; a parent's consent is not recorded.",
                    Map.of());
        }
        Consent consent = consents.save(new Consent(
                caseId,
                theCase.studentId(),
                provider.id(),
                request.givenBy(),
                clock.instant(),
                request.givenHow(),
                request.sections(),
                request.validUntil(),
                actor.id()));
        accessLog.record(actor, AccessAction.CREATE, new AccessedRecord(theCase.studentId(), "consent", consent.id()));
        return view(consent, today);
    }

    public ConsentView withdraw(Actor actor, long caseId, long consentId) {
        Case theCase = caseOfItsZorgcoordinator(actor, caseId);
        Consent consent = consents.findById(consentId)
                .filter(found -> found.caseId() == caseId)
                .orElseThrow(() -> new DomainProblem.NotFound("consent.not-found", "There is no such consent."));
        if (consent.withdrawnAt() != null) {
            throw new DomainProblem.Conflict(
                    "consent.already-withdrawn", "This consent was withdrawn already.", Map.of("consentId", consentId));
        }
        // the provider holds the case past the handover (in its care, or closed as continuing there)
        boolean heldInCare = theCase.providerId() != null
                && theCase.state() != CaseState.HANDOVER
                && CaseAccess.heldByProvider(theCase)
                && !access.consentedToProvider(theCase).isEmpty();
        consent.withdraw(actor.id(), clock.instant());
        consents.save(consent);
        if (heldInCare && access.consentedToProvider(theCase).isEmpty()) {
            events.publishEvent(
                    new ReceiverAccessEnded(theCase.id(), requireNonNull(theCase.providerId()), clock.instant()));
        }
        accessLog.record(actor, AccessAction.CHANGE, new AccessedRecord(theCase.studentId(), "consent", consentId));
        // a handover the consent no longer covers is withdrawn with it: the provider is told and loses the package
        if (theCase.state() == CaseState.HANDOVER
                && !access.consentedToProvider(theCase).containsAll(theCase.handoverSections())) {
            caseManagement
                    .getObject()
                    .fire(
                            actor,
                            caseId,
                            CaseEvent.WITHDRAW_HANDOVER,
                            CaseEventRequest.withReason(theCase.version(), "De toestemming is ingetrokken."));
        }
        return view(consent, LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public List<ConsentView> ofCase(Actor actor, long caseId) {
        Case theCase = access.readable(actor, caseId);
        accessLog.record(
                actor,
                AccessAction.VIEW,
                List.of(new AccessedRecord(theCase.studentId(), "case-consents", caseId)),
                access.purposeOf(actor, theCase));
        LocalDate today = LocalDate.now(clock);
        return consents.findByCaseIdOrderByGivenAtAscIdAsc(caseId).stream()
                .map(consent -> view(consent, today))
                .toList();
    }

    private Case caseOfItsZorgcoordinator(Actor actor, long caseId) {
        Case theCase = access.readable(actor, caseId);
        if (!actor.has(Role.ZORGCOORDINATOR) || !actor.worksAt(theCase.locationId())) {
            throw new DomainProblem.Forbidden(
                    "consent.record-forbidden",
                    "Only the case's zorgcoördinator records or withdraws consent.",
                    Map.of("caseId", caseId));
        }
        return theCase;
    }

    private ConsentView view(Consent consent, LocalDate today) {
        Map<Long, UserSummary> users =
                people.users(Arrays.asList(consent.recordedByUserId(), consent.withdrawnByUserId()));
        return ConsentView.of(consent, providers.providers(List.of(consent.providerId())), users, today);
    }
}
