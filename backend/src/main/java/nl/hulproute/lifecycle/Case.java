package nl.hulproute.lifecycle;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.hulproute.shared.Actor;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.jspecify.annotations.Nullable;

/**
 * A student's request for help on its way through the lines of support. The state changes only through
 * {@link #enter}, after {@link CaseStateMachine} accepted the event; each change is recorded as a
 * {@link CaseTransition}.
 */
@Entity(name = "LifecycleCase") // "Case" is a JPQL keyword
@Table(name = "lifecycle_case")
class Case implements CaseOutline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null once the case is anonymised (retention): it no longer belongs to anyone. */
    private @Nullable Long studentId;
    /** The student's location when the case opened: whose zorgcoördinatoren own it. */
    private long locationId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CaseState state;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Urgency urgency;

    private Instant openedAt;
    private Instant lastSignalAt;

    /** Kept by the database (not CLOSED): what the caseload's default filter and its index use. */
    @Column(insertable = false, updatable = false)
    private boolean openCase;

    /** Kept by the database: 0 ACUTE, 1 URGENT, 2 NORMAL; the caseload's default order and its index use it. */
    @Column(insertable = false, updatable = false)
    private int urgencyRank;

    /** Kept by the database from the state ({@link CaseState#line()}): what the caseload's line filter and its index use. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(insertable = false, updatable = false)
    private @Nullable Line line;

    private @Nullable Long ownerUserId;
    private @Nullable Long providerId;
    private @Nullable String advice;
    private @Nullable LocalDate checkInDate;
    private @Nullable Instant triageStartedAt;
    private @Nullable Instant referredAt;
    private @Nullable Instant waitingSince;
    private @Nullable LocalDate expectedStartDate;
    private @Nullable Instant handoverStartedAt;
    private @Nullable Instant handoverAcceptedAt;
    private @Nullable LocalDate firstContactDate;
    /** The day the receiver reported care started; until then the school's bridging check-ins go on. */
    private @Nullable LocalDate careStartedOn;
    /**
     * Closed from external care as "continues in external care": the receiver keeps the case until they report care
     * ended ({@code END_EXTERNAL_CARE} on the closed case) or the consent ends.
     */
    private boolean careContinuesAfterClose;

    private @Nullable String externalCareSummary;
    private @Nullable Instant externalCareEndedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private @Nullable Outcome outcome;

    private @Nullable Instant closedAt;

    /** When retention anonymised the case; an anonymised case is counted but never read again. */
    private @Nullable Instant anonymisedAt;

    /**
     * The package sections sent with the current handover. Read when asked for (a caseload page has no use for them),
     * or fetched with the case where a view needs them ({@link CaseRepository#findById}).
     */
    @ElementCollection
    @CollectionTable(name = "lifecycle_case_handover_section", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "section")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<PackageSection> handoverSections = EnumSet.noneOf(PackageSection.class);

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    // no @OrderBy: bridgingPlans() sorts the few plans of a case; in SQL it sorted every row of the waiting list's
    // read, long texts and all (docs/performance.md)
    // a set, not a list: a list is a bag to Hibernate, and a bag read together with the handover sections (one
    // statement for the whole case) would hold each plan once per section
    private Set<BridgingPlan> bridgingPlans = new LinkedHashSet<>();

    /** What the clocks need of the history, kept with each transition; null for a case from before V0091. */
    @Convert(converter = ClockFacts.Stored.class)
    @Mutability(Immutability.class)
    private @Nullable ClockFacts clockFacts;

    @Version
    private long version;

    protected Case() {}

    private Case(long studentId, long locationId, Urgency urgency, Instant at) {
        this.studentId = studentId;
        this.locationId = locationId;
        this.state = CaseLifecycle.INITIAL;
        this.urgency = urgency;
        this.openedAt = at;
        this.lastSignalAt = at;
        this.clockFacts = ClockFacts.NONE;
    }

    static Case open(long studentId, long locationId, Urgency urgency, Instant at) {
        return new Case(studentId, locationId, urgency, at);
    }

    /** Another signal about the same student: the case becomes as urgent as its most urgent signal. */
    void signalled(Urgency signalUrgency, Instant at) {
        this.urgency = urgency.atLeast(signalUrgency);
        this.lastSignalAt = at;
    }

    /** Moves the case to {@code target} by {@code event}, taking over the event's fields. */
    void enter(CaseState target, CaseEvent event, CaseEventRequest request, Actor actor, Instant at) {
        switch (event) {
            case START_TRIAGE -> {
                triageStartedAt = at;
                if (ownerUserId == null) {
                    ownerUserId = actor.id();
                }
            }
            case DISMISS -> close(Outcome.NO_FOLLOW_UP_NEEDED, at);
            case ASSIGN_FIRST_LINE -> {
                advice = request.advice();
                checkInDate = request.checkInDate();
            }
            case ASSIGN_SECOND_LINE -> ownerUserId = request.ownerId();
            case REFER -> {
                providerId = request.providerId();
                referredAt = at;
            }
            case PLACE_ON_WAITLIST -> {
                waitingSince = at;
                expectedStartDate = request.expectedStartDate();
                endBridging(at);
                bridgingPlans.add(new BridgingPlan(request.bridging(), request.noBridgingReason(), at));
            }
            case START_HANDOVER -> {
                handoverStartedAt = at;
                handoverSections.clear();
                handoverSections.addAll(request.sections() == null ? Set.of() : request.sections());
            }
            case ACCEPT_HANDOVER -> {
                // the bridging plan stays: the school keeps contact until care has started
                handoverAcceptedAt = at;
                firstContactDate = request.firstContactDate();
                careStartedOn = null;
            }
            case CARE_STARTED -> {
                careStartedOn = request.careStartedOn();
                endBridging(at);
            }
            case DECLINE_HANDOVER, WITHDRAW_HANDOVER -> {
                handoverStartedAt = null;
                handoverSections.clear();
            }
            case END_EXTERNAL_CARE -> {
                externalCareSummary = request.summary();
                externalCareEndedAt = at;
                careContinuesAfterClose = false;
                endBridging(at);
            }
            case CLOSE -> {
                careContinuesAfterClose =
                        state == CaseState.EXTERNAL_CARE && request.outcome() == Outcome.CONTINUES_IN_EXTERNAL_CARE;
                close(request.outcome(), at);
                endBridging(at);
            }
            case REOPEN -> {
                outcome = null;
                closedAt = null;
                careContinuesAfterClose = false;
            }
        }
        this.state = target;
    }

    /** What the clocks need of the history; null when never kept (a case from before V0091). */
    @Nullable
    ClockFacts clockFacts() {
        return clockFacts;
    }

    /** Keeps the clocks' facts, with the step just taken folded in. */
    void keepClockFacts(ClockFacts facts) {
        this.clockFacts = facts;
    }

    /** The provider's expected start date, set or corrected while the case waits (not a transition). */
    void expectStart(@Nullable LocalDate day) {
        expectedStartDate = day;
    }

    private void close(@Nullable Outcome how, Instant at) {
        outcome = how;
        closedAt = at;
    }

    private void endBridging(Instant at) {
        currentBridgingPlan().ifPresent(plan -> plan.end(at));
    }

    public Optional<BridgingPlan> currentBridgingPlan() {
        return bridgingPlans.stream().filter(BridgingPlan::isCurrent).findFirst();
    }

    public Long id() {
        return id;
    }

    public long studentId() {
        return requireNonNull(studentId, "an anonymised case names no student");
    }

    public long locationId() {
        return locationId;
    }

    public CaseState state() {
        return state;
    }

    public Urgency urgency() {
        return urgency;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant lastSignalAt() {
        return lastSignalAt;
    }

    @Nullable
    public Long ownerUserId() {
        return ownerUserId;
    }

    @Nullable
    public Long providerId() {
        return providerId;
    }

    @Nullable
    public String advice() {
        return advice;
    }

    @Nullable
    public LocalDate checkInDate() {
        return checkInDate;
    }

    @Nullable
    public Instant referredAt() {
        return referredAt;
    }

    @Nullable
    public Instant waitingSince() {
        return waitingSince;
    }

    @Nullable
    public LocalDate expectedStartDate() {
        return expectedStartDate;
    }

    @Nullable
    public Instant handoverStartedAt() {
        return handoverStartedAt;
    }

    public Set<PackageSection> handoverSections() {
        return Set.copyOf(handoverSections);
    }

    @Nullable
    public LocalDate firstContactDate() {
        return firstContactDate;
    }

    public boolean careContinuesAfterClose() {
        return careContinuesAfterClose;
    }

    @Nullable
    public LocalDate careStartedOn() {
        return careStartedOn;
    }

    @Nullable
    public String externalCareSummary() {
        return externalCareSummary;
    }

    @Nullable
    public Outcome outcome() {
        return outcome;
    }

    @Nullable
    public Instant closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }

    @Nullable
    public Instant triageStartedAt() {
        return triageStartedAt;
    }

    @Nullable
    public Instant handoverAcceptedAt() {
        return handoverAcceptedAt;
    }

    @Nullable
    public Instant externalCareEndedAt() {
        return externalCareEndedAt;
    }

    /** Every bridging plan the case had, the current one last. */
    public List<BridgingPlan> bridgingPlans() {
        return bridgingPlans.stream()
                .sorted(Comparator.comparing(BridgingPlan::startedAt))
                .toList();
    }
}
