package nl.hulproute.lifecycle;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.DomainProblem;
import nl.hulproute.shared.InList;
import nl.hulproute.shared.JpqlWhere;
import nl.hulproute.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bridging plans of waiting students, for the waiting list: which cases wait (as the actor may see them), their
 * plan and when the next contact is due. The plan is part of the case (set by {@code PLACE_ON_WAITLIST}); the
 * contacts themselves are the waitinglist module's, which tells the plan of each one through {@link #contactMade}.
 */
@Service
@Transactional
public class BridgingPlans {

    /**
     * The states in which the school bridges: on the waiting list, while the handover waits for an answer, and after
     * the acceptance until the receiver reports care started ({@code CARE_STARTED}).
     */
    static final EnumSet<CaseState> BRIDGING =
            EnumSet.of(CaseState.WAITING, CaseState.HANDOVER, CaseState.EXTERNAL_CARE);

    /** The bridging states after the waiting list: the handover sent or accepted. */
    private static final Set<CaseState> HANDED_OVER =
            BRIDGING.stream().filter(state -> state != CaseState.WAITING).collect(Collectors.toUnmodifiableSet());

    private final CaseRepository cases;
    private final CaseAccess access;
    private final EntityManager entityManager;
    private final Clock clock;

    BridgingPlans(CaseRepository cases, CaseAccess access, EntityManager entityManager, Clock clock) {
        this.cases = cases;
        this.access = access;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A waiting case with its bridging plan, as the waiting list needs it. */
    public record WaitingCase(
            long caseId,
            long studentId,
            long locationId,
            @Nullable Long providerId,
            @Nullable Long ownerUserId,
            Instant waitingSince,
            @Nullable LocalDate expectedStartDate,
            @Nullable Plan plan,
            CaseState state) {

        /** The day the next bridging contact is due; null without a contact person. */
        public @Nullable LocalDate nextContactDue() {
            return plan == null ? null : plan.nextContactDue();
        }
    }

    /** A bridging plan: who keeps contact, how often and what it is, or why none is needed. */
    public record Plan(
            @Nullable Long contactUserId,
            @Nullable Integer contactEveryDays,
            @Nullable String description,
            @Nullable String noBridgingReason,
            Instant startedAt,
            @Nullable LocalDate lastContactOn,
            @Nullable LocalDate nextContactDue) {}

    /**
     * The waiting cases this actor may see on the waiting list: a zorgcoördinator those of their locations; an
     * external professional their own provider's, while the student's consent for it is in force; an SLB'er (or anyone)
     * the ones they keep contact with. Unordered. A case waits while it is on the waiting list, and after that for as
     * long as the school still bridges (handover sent or accepted, care not started yet: {@link CaseOutline#bridging}).
     */
    @Transactional(readOnly = true)
    public List<WaitingCase> waitingList(Actor actor) {
        List<CaseOutline> found = new ArrayList<>();
        if (actor.has(Role.ZORGCOORDINATOR) && !actor.locationIds().isEmpty()) {
            found.addAll(mayWaitAt(actor.locationIds()));
        }
        if (actor.has(Role.EXTERNAL_PROFESSIONAL) && actor.providerId() != null) {
            found.addAll(
                    access.withConsentToTheirProvider(cases.findByProviderIdAndStateIn(actor.providerId(), BRIDGING)));
        }
        if (actor.has(Role.SLB)) {
            found.addAll(cases.findBridgedBy(actor.id(), BRIDGING));
        }
        Set<Long> seen = new HashSet<>();
        return found.stream()
                .filter(BridgingPlans::waits)
                .filter(theCase -> seen.add(theCase.id()))
                .map(this::waiting)
                .toList();
    }

    /**
     * The cases at these locations that may wait ({@link #waitingList}), as rows with their current plan, in one
     * statement: on the waiting list, or handed over with care not started and a current plan with a contact person;
     * only a narrowing before the rule itself ({@link CaseOutline#bridging}). The subquery decides on the indexes
     * alone: a range on ix_lifecycle_case_location_waiting (the handed-over ones' states named with the care start, so
     * that the range reads only those not started) and the current plans'; with the conditions on the cases read,
     * MariaDB read every handed-over case and every case in care at the location (1,671 rows for 452 at `roc`). Rows,
     * not entities: the list shows no texts (least data), and Hibernate has 300 fewer cases to track
     * (docs/performance.md). No parameter takes a list ({@link InList}), so Hibernate keeps the SQL.
     */
    private List<CaseRow> mayWaitAt(Collection<Long> locationIds) {
        JpqlWhere atLocations = InList.of("w.locationId", "locations", locationIds);
        JpqlWhere handedOver = InList.of("w.state", "handedOver", HANDED_OVER);
        TypedQuery<CaseRow> query = entityManager.createQuery(
                """
                %s
                where c.id in (
                    select w.id from LifecycleCase w
                    where %s
                      and (w.state = nl.hulproute.lifecycle.CaseState.WAITING
                           or (%s and w.careStartedOn is null and exists (
                               select q from w.bridgingPlans q
                               where q.endedAt is null and q.contactUserId is not null
                                 and q.contactEveryDays is not null))))
                """.formatted(CaseRow.SELECT_FROM, atLocations.jpql(), handedOver.jpql()), CaseRow.class);
        return handedOver.bind(atLocations.bind(query)).getResultList();
    }

    /** Every waiting case whose next bridging contact is due before {@code today}, for the reminders. */
    @Transactional(readOnly = true)
    public List<WaitingCase> overdue(LocalDate today) {
        return cases.findByStateIn(BRIDGING).stream()
                .filter(BridgingPlans::waits)
                .map(this::waiting)
                .filter(waiting -> waiting.nextContactDue() != null
                        && waiting.nextContactDue().isBefore(today))
                .toList();
    }

    /**
     * The case whose bridging contacts this actor may record or read: the plan's contact person, or a
     * zorgcoördinator of the case. 404 when they may not see the case at all (or it has no bridging now), 403 when
     * they see it but are neither.
     */
    @Transactional(readOnly = true)
    public WaitingCase requireBridgingWork(Actor actor, long caseId) {
        Optional<Case> found = cases.findById(caseId);
        boolean contactPerson = found.flatMap(Case::currentBridgingPlan)
                .map(plan -> Long.valueOf(actor.id()).equals(plan.contactUserId()))
                .orElse(false);
        if (!contactPerson) {
            Case theCase = access.readable(actor, caseId);
            if (!access.mayCorrect(actor, theCase)) {
                throw new DomainProblem.Forbidden(
                        "bridging.forbidden",
                        "Only the bridging contact person and the case's zorgcoördinatoren record bridging contacts.",
                        Map.of("caseId", caseId));
            }
            found = Optional.of(theCase);
        }
        Case theCase = found.orElseThrow();
        if (theCase.currentBridgingPlan().filter(BridgingPlan::hasContact).isEmpty()) {
            throw new DomainProblem.Conflict(
                    "bridging.no-plan",
                    "The case has no bridging plan with a contact person now.",
                    Map.of("caseId", caseId, "state", theCase.state()));
        }
        return waiting(theCase);
    }

    /**
     * The student of a case whose bridging contacts this actor may read: a contact person of one of its plans, or
     * whoever may see its bridging section (the case's zorgcoördinatoren, a receiver it was shared with). 404 or
     * 403 as for the case.
     */
    @Transactional(readOnly = true)
    public long requireBridgingReader(Actor actor, long caseId) {
        Optional<Case> found = cases.findById(caseId);
        boolean contactPerson = found.map(theCase -> theCase.bridgingPlans().stream()
                        .anyMatch(plan -> Long.valueOf(actor.id()).equals(plan.contactUserId())))
                .orElse(false);
        return contactPerson
                ? found.get().studentId()
                : access.readableSection(actor, caseId, PackageSection.BRIDGING).studentId();
    }

    /**
     * Sets (or clears) the day the provider expects care to start, for a case that waits ({@link #waitingList}): by
     * a professional of the case's provider while the student's consent for it is in force (the provider knows the
     * date, not the school), or by one of the case's zorgcoördinatoren. 404 for anyone else, as for a case that does
     * not exist; 409 {@code waiting-list.not-waiting} once the case no longer waits; 422 for a day in the past.
     */
    public WaitingCase setExpectedStart(Actor actor, long caseId, @Nullable LocalDate expectedStart) {
        Case theCase = cases.findByIdForUpdate(caseId)
                .filter(found -> setsExpectedStart(actor, found))
                .orElseThrow(() -> new DomainProblem.NotFound("case.not-found", "There is no such case."));
        if (!waits(theCase)) {
            throw new DomainProblem.Conflict(
                    "waiting-list.not-waiting",
                    "The case no longer waits for care to start.",
                    Map.of("caseId", caseId, "state", theCase.state()));
        }
        if (expectedStart != null && expectedStart.isBefore(LocalDate.now(clock))) {
            throw new DomainProblem.Unprocessable(
                    "waiting-list.expected-start-in-past",
                    "The expected start is today or later.",
                    Map.of("caseId", caseId));
        }
        theCase.expectStart(expectedStart);
        return waiting(cases.saveAndFlush(theCase));
    }

    private boolean setsExpectedStart(Actor actor, Case theCase) {
        boolean receiver = actor.has(Role.EXTERNAL_PROFESSIONAL)
                && actor.worksFor(theCase.providerId())
                && !access.consentedToProvider(theCase).isEmpty();
        return receiver || access.mayCorrect(actor, theCase);
    }

    /**
     * A bridging contact was made on this day: the plan's next contact becomes due that many days later. For the
     * waitinglist module, in the transaction that records the contact.
     */
    public void contactMade(long caseId, LocalDate on) {
        Case theCase = cases.findByIdForUpdate(caseId)
                .orElseThrow(() -> new DomainProblem.NotFound("case.not-found", "There is no such case."));
        theCase.currentBridgingPlan().ifPresent(plan -> plan.contactMade(on));
        cases.saveAndFlush(theCase);
    }

    /** On the waiting list, or past it while the school still bridges (care not started yet). */
    private static boolean waits(CaseOutline theCase) {
        return theCase.state() == CaseState.WAITING || theCase.bridging();
    }

    private WaitingCase waiting(CaseOutline theCase) {
        ZoneId zone = clock.getZone();
        return new WaitingCase(
                theCase.id(),
                theCase.studentId(),
                theCase.locationId(),
                theCase.providerId(),
                theCase.ownerUserId(),
                theCase.waitingSince() == null ? theCase.openedAt() : theCase.waitingSince(),
                theCase.expectedStartDate(),
                theCase.currentBridgingPlan()
                        .map(plan -> new Plan(
                                plan.contactUserId(),
                                plan.contactEveryDays(),
                                plan.description(),
                                plan.noBridgingReason(),
                                plan.startedAt(),
                                plan.lastContactOn(),
                                plan.nextContactDue(zone)))
                        .orElse(null),
                theCase.state());
    }
}
