package nl.hulproute.lifecycle;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.hulproute.lifecycle.CaseViews.BridgingView;
import nl.hulproute.lifecycle.CaseViews.CaseCountsView;
import nl.hulproute.lifecycle.CaseViews.CaseStudentView;
import nl.hulproute.lifecycle.CaseViews.CaseSummaryView;
import nl.hulproute.lifecycle.CaseViews.CaseView;
import nl.hulproute.lifecycle.CaseViews.TransitionView;
import nl.hulproute.people.People;
import nl.hulproute.people.PersonRef;
import nl.hulproute.people.StudentRef;
import nl.hulproute.people.StudentSummary;
import nl.hulproute.people.Students;
import nl.hulproute.people.UserSummary;
import nl.hulproute.privacy.AccessAction;
import nl.hulproute.privacy.AccessLog;
import nl.hulproute.privacy.AccessedRecord;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.BoundedPage;
import nl.hulproute.shared.DomainProblem;
import nl.hulproute.shared.PageView;
import nl.hulproute.shared.StaffMember;
import nl.hulproute.socialmap.ProviderRef;
import nl.hulproute.socialmap.ProviderSummary;
import nl.hulproute.socialmap.Providers;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/** Opens cases, runs lifecycle events on them and shows them to whoever may see them. */
@Service
@Transactional
public class CaseManagement {

    private final CaseRepository cases;
    private final CaseTransitionRepository transitions;
    private final CaseAccess access;
    private final CaseQueries queries;
    private final CaseStateMachine stateMachine;
    private final CaseDeadlines deadlines;
    private final Students students;
    private final People people;
    private final Providers providers;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    /** The waitinglist module's count, looked up once: looked up per view, it cost twice what the clocks' sums do. */
    private final SingletonSupplier<BridgingContactCount> bridgingContacts;

    CaseManagement(
            CaseRepository cases,
            CaseTransitionRepository transitions,
            CaseAccess access,
            CaseQueries queries,
            CaseStateMachine stateMachine,
            CaseDeadlines deadlines,
            Students students,
            People people,
            Providers providers,
            AccessLog accessLog,
            Clock clock,
            ObjectMapper json,
            ApplicationEventPublisher events,
            ObjectProvider<BridgingContactCount> bridgingContacts) {
        this.cases = cases;
        this.transitions = transitions;
        this.access = access;
        this.queries = queries;
        this.stateMachine = stateMachine;
        this.deadlines = deadlines;
        this.students = students;
        this.people = people;
        this.providers = providers;
        this.accessLog = accessLog;
        this.clock = clock;
        this.json = json;
        this.events = events;
        this.bridgingContacts = SingletonSupplier.of(bridgingContacts::getIfAvailable);
    }

    // --- for other modules ---------------------------------------------------------------------------------------

    /**
     * A signal about this student joins their open case, or opens one. At most one case per student is open (the
     * database enforces it), so two signals at once cannot open two cases: the loser's transaction fails and is
     * retried by the caller. {@code raisedAt} is the signal's own moment, so the case opens exactly when it did.
     * The answer carries the case's state, so the signal's status is shown without reading the case again.
     */
    public SignalledCase openOrJoin(long studentId, Urgency urgency, Instant raisedAt) {
        Optional<Case> open = cases.findOpenByStudentId(studentId);
        Case signalled;
        if (open.isPresent()) {
            signalled = open.get();
            signalled.signalled(urgency, raisedAt);
        } else {
            StudentSummary student = students.student(studentId)
                    .orElseThrow(() -> new IllegalArgumentException("no student " + studentId));
            signalled = Case.open(studentId, student.locationId(), urgency, raisedAt);
        }
        Case saved = cases.saveAndFlush(signalled);
        return new SignalledCase(saved.id(), saved.state());
    }

    /** The case a signal joined or opened, and its state once the signal is in it. */
    public record SignalledCase(long id, CaseState state) {}

    /** The current state of each of these cases, for showing a signal's status to the person who raised it. */
    @Transactional(readOnly = true)
    public Map<Long, CaseState> statesOf(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return cases.findByIdIn(caseIds).stream().collect(Collectors.toMap(Case::id, Case::state));
    }

    /**
     * Passes when this actor may see this section of the case, and says why they read it (for the access log): 404
     * when they may not see the case at all, 403 when the student did not consent to sharing the section with them.
     */
    @Transactional(readOnly = true)
    public String requireSection(Actor actor, long caseId, PackageSection section) {
        return access.purposeOf(actor, access.readableSection(actor, caseId, section));
    }

    /**
     * Passes when this actor may correct what is recorded on the case, such as its signals (AVG art. 16): one of the
     * case's own zorgcoördinatoren. 404 when they may not see the case at all (as for one that does not exist or
     * was anonymised), 403 when they see it but may not correct it (a provider, a break-glass reader).
     */
    public void requireCorrector(Actor actor, long caseId) {
        access.requireCorrector(actor, access.readable(actor, caseId));
    }

    // --- for the case endpoints and other modules acting as a user
    // ----------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public PageView<CaseSummaryView> caseload(Actor actor, CaseFilter filter, Pageable pageable) {
        CaseAccess.requireCaseWork(actor);
        CaseAccess.Reach reach = access.reachOf(actor);
        // logged as soon as the page is read: the line's commit overlaps the count and the names (ADR 22)
        BoundedPage<CaseRow> found = queries.caseload(
                actor,
                reach,
                filter,
                pageable,
                read -> read.stream()
                        .collect(Collectors.groupingBy(theCase -> access.purposeOf(actor, theCase, reach)))
                        .forEach((purpose, listed) -> accessLog.record(
                                actor,
                                AccessAction.LIST,
                                listed.stream().map(CaseManagement::record).toList(),
                                purpose)));
        List<CaseRow> page = found.page().getContent();
        // names only: a row shows its student and owner by name (docs/performance.md)
        Map<Long, StudentRef> studentsById =
                students.refs(page.stream().map(CaseRow::studentId).toList());
        Map<Long, PersonRef> owners =
                people.refs(page.stream().map(CaseRow::ownerUserId).toList());
        Set<Long> workedOn = access.mayFireAnything(actor, page, reach);
        LocalDate today = today();
        return PageView.of(found, theCase -> {
            StudentRef student = requireNonNull(studentsById.get(theCase.studentId()));
            CaseDeadlines.Deadline due = deadlines.nextDue(theCase, clock.getZone());
            LocalDate deadline = due == null ? null : due.date();
            return new CaseSummaryView(
                    theCase.id(),
                    theCase.state(),
                    theCase.state().line(),
                    theCase.urgency(),
                    theCase.version(),
                    theCase.openedAt(),
                    ageInDays(theCase, today),
                    student,
                    theCase.locationId(),
                    PersonRef.named(theCase.ownerUserId(), owners),
                    deadline,
                    due == null ? null : due.kind(),
                    deadline != null && deadline.isBefore(today),
                    !workedOn.contains(theCase.id()));
        });
    }

    @Transactional(readOnly = true)
    public CaseCountsView countsByState(Actor actor, CaseFilter filter) {
        CaseAccess.requireCaseWork(actor);
        Map<CaseState, Long> counts = queries.countByState(actor, filter);
        return new CaseCountsView(
                counts, counts.values().stream().mapToLong(Long::longValue).sum());
    }

    @Transactional(readOnly = true)
    public CaseView view(Actor actor, long caseId) {
        Case theCase = access.readable(actor, caseId);
        accessLog.record(actor, AccessAction.VIEW, List.of(record(theCase)), access.purposeOf(actor, theCase));
        return viewOf(actor, theCase);
    }

    /**
     * Fires an event: the caller must see the case, hold a role the lifecycle allows for the event, and have seen
     * the current version; the state machine then decides whether the event applies in this state and whether its
     * guards hold. The state change and its history entry are saved together or not at all.
     */
    public CaseView fire(Actor actor, long caseId, CaseEvent event, CaseEventRequest request) {
        Case theCase = access.readableForUpdate(actor, caseId);
        if (!access.mayFire(actor, event, theCase)) {
            throw new DomainProblem.Forbidden(
                    "case.event-forbidden",
                    "Your role may not do this on a case.",
                    Map.of("caseId", caseId, "event", event));
        }
        if (theCase.version() != request.version()) {
            throw staleVersion(theCase);
        }
        CaseState from = theCase.state();
        // an event may apply in this state for another role only (END_EXTERNAL_CARE on a closed case: the receiver)
        Optional<LifecycleRule> here = CaseLifecycle.rule(from, event);
        if (here.isPresent() && !access.mayFire(actor, here.get(), theCase)) {
            throw new DomainProblem.Forbidden(
                    "case.event-forbidden",
                    "Your role may not do this on a case in this state.",
                    Map.of("caseId", caseId, "event", event, "state", from));
        }
        LocalDate today = today();
        CaseGuardFacts facts = new CaseGuardFacts(actor, theCase, request, today);
        CaseStateMachine.Result result = stateMachine.send(from, event, facts);
        if (result instanceof CaseStateMachine.Result.Refused refused) {
            throw new DomainProblem.Unprocessable(
                    refused.guard().code(),
                    "Refused: needs " + refused.guard().description() + ".",
                    Map.of("caseId", caseId, "event", event));
        }
        if (!(result instanceof CaseStateMachine.Result.Moved moved)) {
            throw new DomainProblem.Conflict(
                    "case.event-not-allowed",
                    "This event does not apply to the case in its current state.",
                    Map.of(
                            "caseId",
                            caseId,
                            "event",
                            event,
                            "state",
                            from,
                            "allowedEvents",
                            allowedEvents(actor, theCase)));
        }
        LifecycleRule rule = CaseLifecycle.rule(from, event).orElseThrow();
        Instant now = clock.instant();
        theCase.enter(moved.target(), event, request, actor, now);
        CaseTransition step = transitions.save(new CaseTransition(
                theCase.id(),
                now,
                actor.id(),
                event,
                from,
                moved.target(),
                blankToNull(request.reason()),
                payloadOf(rule, request)));
        ClockFacts kept = theCase.clockFacts();
        // a case from before the facts were kept has its history folded once, the step just saved included
        theCase.keepClockFacts(kept == null ? clockFactsFromHistory(theCase) : kept.after(step, clock.getZone()));
        Case saved = cases.saveAndFlush(theCase);
        accessLog.record(actor, AccessAction.CHANGE, record(saved));
        events.publishEvent(new CaseTransitioned(
                saved.id(),
                saved.studentId(),
                saved.locationId(),
                saved.providerId(),
                saved.ownerUserId(),
                from,
                moved.target(),
                event,
                actor.id(),
                now,
                saved.outcome()));
        return viewOf(actor, saved);
    }

    @Transactional(readOnly = true)
    public List<TransitionView> history(Actor actor, long caseId) {
        Case theCase = access.readableSection(actor, caseId, PackageSection.SCHOOL_SUPPORT);
        accessLog.record(
                actor,
                AccessAction.VIEW,
                List.of(new AccessedRecord(theCase.studentId(), "case-history", caseId)),
                access.purposeOf(actor, theCase));
        List<CaseTransition> steps = transitions.findByCaseIdOrderByOccurredAtAscIdAsc(caseId);
        Map<Long, UserSummary> actors = people.users(
                steps.stream().map(CaseTransition::actorUserId).distinct().toList());
        return steps.stream().map(step -> TransitionView.of(step, actors, json)).toList();
    }

    // --- internals -----------------------------------------------------------------------------------------------

    private static AccessedRecord record(CaseOutline theCase) {
        return new AccessedRecord(theCase.studentId(), "case", theCase.id());
    }

    private static DomainProblem staleVersion(Case theCase) {
        return DomainProblem.Conflict.staleVersion("case", Map.of("caseId", theCase.id()), theCase.version());
    }

    private List<CaseEvent> allowedEvents(Actor actor, Case theCase) {
        GuardFacts facts =
                new CaseGuardFacts(actor, theCase, CaseEventRequest.withReason(theCase.version(), null), today());
        return CaseLifecycle.rulesFrom(theCase.state()).stream()
                .filter(rule -> access.mayFire(actor, rule, theCase))
                .filter(rule ->
                        rule.guards().stream().filter(CaseGuard::aboutTheCase).allMatch(guard -> guard.holds(facts)))
                .map(LifecycleRule::event)
                .distinct()
                .toList();
    }

    private CaseView viewOf(Actor actor, Case theCase) {
        LocalDate today = today();
        Set<PackageSection> visible = access.visibleSections(actor, theCase);
        Set<PackageSection> consented = access.consentedToProvider(theCase);
        boolean support = visible.contains(PackageSection.SCHOOL_SUPPORT);
        boolean works = access.mayFireAnything(actor, theCase);
        StudentSummary student = students.student(theCase.studentId()).orElseThrow();
        Optional<BridgingPlan> bridging = theCase.currentBridgingPlan();
        // the acting user is named from their session, so an owner looking at their own case reads no account
        Map<Long, UserSummary> users = people.users(Stream.of(
                        theCase.ownerUserId(),
                        bridging.map(BridgingPlan::contactUserId).orElse(null))
                .filter(id -> id != null && id != actor.id())
                .toList());
        CaseDeadlines.Deadline due = deadlines.nextDue(theCase, clock.getZone());
        LocalDate deadline = due == null ? null : due.date();
        ProviderRef provider = theCase.providerId() == null
                ? null
                : providers.refs(List.of(theCase.providerId())).get(theCase.providerId());
        return new CaseView(
                theCase.id(),
                theCase.state(),
                theCase.state().line(),
                theCase.urgency(),
                theCase.version(),
                theCase.openedAt(),
                ageInDays(theCase, today),
                theCase.lastSignalAt(),
                new CaseStudentView(
                        student.id(),
                        student.studentNumber(),
                        student.displayName(),
                        student.dateOfBirth(),
                        student.ageOn(today),
                        student.municipality(),
                        student.locationName(),
                        student.teamName(),
                        student.programme(),
                        student.level(),
                        student.track(),
                        student.ageOn(today) < CaseConsents.AGE_OF_MAJORITY
                                ? student.dateOfBirth().plusYears(CaseConsents.AGE_OF_MAJORITY)
                                : null),
                theCase.locationId(),
                support ? PersonRef.of(theCase.ownerUserId(), actor, users) : null,
                provider,
                support ? theCase.advice() : null,
                support ? theCase.checkInDate() : null,
                theCase.referredAt(),
                theCase.waitingSince(),
                theCase.expectedStartDate(),
                bridging.filter(plan -> visible.contains(PackageSection.BRIDGING))
                        .map(plan -> new BridgingView(
                                PersonRef.of(plan.contactUserId(), actor, users),
                                plan.contactEveryDays(),
                                plan.description(),
                                plan.noBridgingReason(),
                                plan.startedAt(),
                                plan.lastContactOn(),
                                plan.nextContactDue(clock.getZone())))
                        .orElse(null),
                theCase.handoverStartedAt(),
                theCase.firstContactDate(),
                theCase.handoverAcceptedAt(),
                theCase.careStartedOn(),
                theCase.careContinuesAfterClose(),
                theCase.externalCareSummary(),
                theCase.outcome(),
                theCase.closedAt(),
                deadline,
                due == null ? null : due.kind(),
                deadline != null && deadline.isBefore(today),
                theCase.handoverSections().stream().sorted().toList(),
                !consented.isEmpty(),
                consented.stream().sorted().toList(),
                visible.stream().sorted().toList(),
                allowedEvents(actor, theCase),
                works,
                access.mayCorrect(actor, theCase),
                !works,
                support ? clocks(theCase, today) : null);
    }

    /** The case's clocks, from the facts it keeps of its history (see {@link CaseClocks}). */
    private CaseClocks.View clocks(Case theCase, LocalDate today) {
        BridgingContactCount counter = bridgingContacts.get();
        // contacts are recorded under a plan with a contact person: without one there are none to count
        boolean mayHaveContacts = theCase.bridgingPlans().stream().anyMatch(BridgingPlan::hasContact);
        ClockFacts facts = theCase.clockFacts();
        return CaseClocks.of(
                theCase,
                facts == null ? clockFactsFromHistory(theCase) : facts,
                counter == null || !mayHaveContacts ? 0 : counter.contactsMade(theCase.id()),
                today,
                clock.getZone());
    }

    private ClockFacts clockFactsFromHistory(Case theCase) {
        return ClockFacts.of(transitions.clockStepsOf(theCase.id()), clock.getZone());
    }

    private long ageInDays(CaseOutline theCase, LocalDate today) {
        LocalDate opened = LocalDate.ofInstant(theCase.openedAt(), clock.getZone());
        LocalDate until = theCase.closedAt() == null ? today : LocalDate.ofInstant(theCase.closedAt(), clock.getZone());
        return ChronoUnit.DAYS.between(opened, until);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The fields this event takes, as sent: the history keeps them next to the reason. */
    private String payloadOf(LifecycleRule rule, CaseEventRequest request) {
        Map<String, Object> payload = new LinkedHashMap<>();
        for (EventField field : rule.fields()) {
            Object value = field.valueIn(request);
            if (value != null) {
                payload.put(field.jsonName(), value);
            }
        }
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event fields are plain values", e);
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The facts guards see, looked up only when a guard asks. */
    private final class CaseGuardFacts implements GuardFacts {

        private final Actor actor;
        private final Case theCase;
        private final CaseEventRequest request;
        private final LocalDate today;
        private @Nullable StudentSummary student;

        CaseGuardFacts(Actor actor, Case theCase, CaseEventRequest request, LocalDate today) {
            this.actor = actor;
            this.theCase = theCase;
            this.request = request;
            this.today = today;
        }

        @Override
        public CaseEventRequest request() {
            return request;
        }

        @Override
        public LocalDate today() {
            return today;
        }

        @Override
        public StudentSummary student() {
            if (student == null) {
                student = students.student(theCase.studentId()).orElseThrow();
            }
            return student;
        }

        @Override
        public long caseLocationId() {
            return theCase.locationId();
        }

        @Override
        public @Nullable Long caseProviderId() {
            return theCase.providerId();
        }

        @Override
        public @Nullable LocalDate closedOn() {
            return theCase.closedAt() == null ? null : LocalDate.ofInstant(theCase.closedAt(), clock.getZone());
        }

        @Override
        public @Nullable LocalDate handoverAcceptedOn() {
            return theCase.handoverAcceptedAt() == null
                    ? null
                    : LocalDate.ofInstant(theCase.handoverAcceptedAt(), clock.getZone());
        }

        @Override
        public @Nullable LocalDate careStartedOn() {
            return theCase.careStartedOn();
        }

        @Override
        public boolean careContinuesAfterClose() {
            return theCase.careContinuesAfterClose();
        }

        @Override
        public Optional<ProviderSummary> provider(long providerId) {
            return providers.provider(providerId);
        }

        @Override
        public Optional<StaffMember> user(long userId) {
            // a zorgcoördinator taking a case on names themselves: their session already says what they may take on
            return userId == actor.id()
                    ? Optional.of(actor)
                    : people.enabledUser(userId).map(StaffMember.class::cast);
        }

        @Override
        public Set<PackageSection> consentedSections(ConsentGiver giver) {
            return access.consentedSections(theCase, giver);
        }
    }
}
