package nl.hulproute.agreements;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.hulproute.agreements.AgreementViews.AcceptanceRequest;
import nl.hulproute.agreements.AgreementViews.AgreementRecord;
import nl.hulproute.agreements.AgreementViews.AgreementView;
import nl.hulproute.agreements.AgreementViews.CarryOverView;
import nl.hulproute.agreements.AgreementViews.ChangeAgreementRequest;
import nl.hulproute.agreements.AgreementViews.DueView;
import nl.hulproute.agreements.AgreementViews.EndAgreementRequest;
import nl.hulproute.agreements.AgreementViews.EvaluationRequest;
import nl.hulproute.agreements.AgreementViews.EvaluationView;
import nl.hulproute.agreements.AgreementViews.MeasureInput;
import nl.hulproute.agreements.AgreementViews.MeasureView;
import nl.hulproute.agreements.AgreementViews.MeasuresCardView;
import nl.hulproute.agreements.AgreementViews.NewAgreementRequest;
import nl.hulproute.agreements.AgreementViews.OutcomeInput;
import nl.hulproute.agreements.AgreementViews.RevisionView;
import nl.hulproute.agreements.AgreementViews.TeamMeasuresView;
import nl.hulproute.people.StudentSummary;
import nl.hulproute.people.Students;
import nl.hulproute.privacy.AccessAction;
import nl.hulproute.privacy.AccessLog;
import nl.hulproute.privacy.AccessedRecord;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.DomainProblem;
import nl.hulproute.shared.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support agreements and their evaluations, for the zorgcoördinator of the student's location: drafts, revisions,
 * acceptance (from 16 the student alone, under 16 a parent too), the end, and the yearly evaluation. Dates may lie in
 * the past (records made after the fact), never in the future. Every read and change lands in the access log; the
 * SLB'er sees only the measures in force.
 */
@Service
@Transactional
public class Agreements {

    /** From this age the student accepts alone; younger, a parent co-accepts. */
    static final int ACCEPTS_ALONE_FROM = 16;

    /** Why an agreement ended when the school recorded that the student left. */
    static final String LEFT_SCHOOL = "De student is van school gegaan.";

    private final AgreementRepository agreements;
    private final EvaluationRepository evaluations;
    private final EvaluationSchedule schedule;
    private final YearlyEvaluationRows rows;
    private final Students students;
    private final AccessLog accessLog;
    private final Clock clock;
    private final AgreementRecordMapper mapper;

    Agreements(
            AgreementRepository agreements,
            EvaluationRepository evaluations,
            EvaluationSchedule schedule,
            YearlyEvaluationRows rows,
            Students students,
            AccessLog accessLog,
            Clock clock,
            AgreementRecordMapper mapper) {
        this.agreements = agreements;
        this.evaluations = evaluations;
        this.schedule = schedule;
        this.rows = rows;
        this.students = students;
        this.accessLog = accessLog;
        this.clock = clock;
        this.mapper = mapper;
    }

    // --- the agreement ------------------------------------------------------------------------------------------

    public AgreementView create(Actor actor, long studentId, NewAgreementRequest request) {
        StudentSummary student = studentOfItsZorgcoordinator(actor, studentId);
        if (agreements.existsByRunningStudentId(student.id())) {
            throw new DomainProblem.Conflict(
                    "agreement.already-running",
                    "This student already has an agreement that has not ended: change that one, or end it first.",
                    Map.of("studentId", student.id()));
        }
        Revision first = new Revision(
                1, request.needInOwnWords().strip(), measures(request.measures()), clock.instant(), actor.id());
        Agreement agreement = agreements.saveAndFlush(new Agreement(student.id(), first, clock.instant(), actor.id()));
        accessLog.record(actor, AccessAction.CREATE, new AccessedRecord(student.id(), "agreement", agreement.id()));
        return view(agreement);
    }

    /** Changes the open draft, or starts a new draft revision of an accepted agreement. */
    public AgreementView change(Actor actor, long agreementId, ChangeAgreementRequest request) {
        Agreement agreement = lockedForChange(actor, agreementId, request.version());
        Revision latest = agreement.latest();
        List<Measure> content = measures(request.measures());
        if (latest.status() == RevisionStatus.DRAFT) {
            latest.replaceContent(request.needInOwnWords().strip(), content);
        } else {
            agreement.addRevision(new Revision(
                    latest.revision() + 1, request.needInOwnWords().strip(), content, clock.instant(), actor.id()));
        }
        return saved(actor, agreement);
    }

    public AgreementView accept(Actor actor, long agreementId, AcceptanceRequest request) {
        Agreement agreement = lockedForChange(actor, agreementId, request.version());
        Revision draft = agreement.latest();
        if (draft.status() != RevisionStatus.DRAFT) {
            throw new DomainProblem.Conflict(
                    "agreement.nothing-to-accept",
                    "The newest revision is accepted already; change the agreement to start a new one.",
                    Map.of("agreementId", agreementId, "revision", draft.revision()));
        }
        LocalDate on = notInFuture(request.acceptedOn());
        if (draft.measures().isEmpty()) {
            throw new DomainProblem.Unprocessable(
                    "agreement.no-measures", "A revision without measures cannot be accepted.", Map.of());
        }
        Optional<Revision> previous = agreement.accepted();
        if (previous.isPresent()
                && previous.get().acceptedOn() != null
                && on.isBefore(previous.get().acceptedOn())) {
            throw new DomainProblem.Unprocessable(
                    "agreement.acceptance-before-previous",
                    "A new revision cannot be accepted before the day the previous one was accepted.",
                    Map.of("previousAcceptedOn", previous.get().acceptedOn().toString()));
        }
        if (draft.acceptedBy().contains(request.acceptedBy())) {
            throw new DomainProblem.Conflict(
                    "agreement.already-accepted",
                    "This revision was already accepted by "
                            + request.acceptedBy().name().toLowerCase() + ".",
                    Map.of("agreementId", agreementId, "revision", draft.revision()));
        }
        StudentSummary student = students.student(agreement.studentId()).orElseThrow();
        LocalDate firstOn = draft.firstAcceptanceOn() == null || on.isBefore(draft.firstAcceptanceOn())
                ? on
                : draft.firstAcceptanceOn();
        Set<AcceptedBy> required = student.ageOn(firstOn) < ACCEPTS_ALONE_FROM
                ? EnumSet.of(AcceptedBy.STUDENT, AcceptedBy.PARENT)
                : EnumSet.of(AcceptedBy.STUDENT);
        if (!required.contains(request.acceptedBy())) {
            throw new DomainProblem.Unprocessable(
                    "agreement.parent-acceptance-not-needed",
                    "From 16 the student accepts alone; a parent's acceptance is not recorded.",
                    Map.of());
        }
        draft.addAcceptance(
                new Acceptance(on, request.acceptedBy(), request.how().strip(), clock.instant(), actor.id()));
        if (draft.acceptedBy().containsAll(required)) {
            LocalDate acceptedOn = draft.acceptances().stream()
                    .map(Acceptance::acceptedOn)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            agreement.accepted(draft, acceptedOn);
        }
        return saved(actor, agreement);
    }

    public AgreementView end(Actor actor, long agreementId, EndAgreementRequest request) {
        Agreement agreement = lockedForChange(actor, agreementId, request.version());
        LocalDate on = notInFuture(request.endedOn());
        if (agreement.firstAcceptedOn() != null && on.isBefore(agreement.firstAcceptedOn())) {
            throw new DomainProblem.Unprocessable(
                    "agreement.end-before-acceptance",
                    "An agreement cannot end before the day it was first accepted.",
                    Map.of("firstAcceptedOn", agreement.firstAcceptedOn().toString()));
        }
        agreement.end(on, request.reason().strip(), actor.id());
        return saved(actor, agreement);
    }

    @Transactional(readOnly = true)
    public AgreementView get(Actor actor, long agreementId) {
        Agreement agreement = readable(actor, agreementId);
        accessLog.record(actor, AccessAction.VIEW, new AccessedRecord(agreement.studentId(), "agreement", agreementId));
        return view(agreement);
    }

    @Transactional(readOnly = true)
    public List<AgreementView> ofStudent(Actor actor, long studentId) {
        StudentSummary student = studentOfItsZorgcoordinator(actor, studentId);
        accessLog.record(actor, AccessAction.LIST, new AccessedRecord(student.id(), "agreement", null));
        return agreements.findByStudentIdOrderByIdDesc(student.id()).stream()
                .map(this::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<RevisionView> revisions(Actor actor, long agreementId) {
        Agreement agreement = readable(actor, agreementId);
        accessLog.record(
                actor,
                AccessAction.VIEW,
                new AccessedRecord(agreement.studentId(), "agreement-revisions", agreementId));
        return agreement.revisions().stream().map(mapper::toView).toList();
    }

    /**
     * Waar kan deze student op rekenen: the measures in force today, for the student's SLB'er, the SLB'ers of the
     * student's team and the zorgcoördinator. Never the need, the evaluations or anything else about the agreement.
     */
    @Transactional(readOnly = true)
    public MeasuresCardView measuresInForce(Actor actor, long studentId) {
        Permission.SEE_MEASURES.require(actor);
        StudentSummary student = students.visibleToTeamOf(actor, studentId).orElseThrow(Agreements::noSuchStudent);
        accessLog.record(actor, AccessAction.VIEW, new AccessedRecord(student.id(), "agreement-measures", null));
        LocalDate today = LocalDate.now(clock);
        return agreements
                .findByRunningStudentId(student.id())
                .flatMap(agreement -> agreement.inForceOn(today))
                .map(revision -> new MeasuresCardView(
                        student.id(),
                        revision.acceptedOn(),
                        revision.measures().stream().map(mapper::toView).toList()))
                .orElseGet(() -> new MeasuresCardView(student.id(), null, List.of()));
    }

    /**
     * Mijn team: the students of the teams the SLB'er teaches in who have measures in force today, by name; a teacher
     * needs to know that a student has extra time for tests, not why.
     */
    @Transactional(readOnly = true)
    public List<TeamMeasuresView> measuresInMyTeams(Actor actor) {
        Permission.SEE_MEASURES.require(actor);
        LocalDate today = LocalDate.now(clock);
        Map<Long, Revision> inForce = new HashMap<>();
        for (Agreement agreement : agreements.findByRunningStudentIdIn(students.inTeamsOf(actor))) {
            agreement.inForceOn(today).ifPresent(revision -> inForce.put(agreement.studentId(), revision));
        }
        List<TeamMeasuresView> found = students.students(inForce.keySet()).values().stream()
                .sorted(Comparator.comparing(StudentSummary::lastName)
                        .thenComparing(StudentSummary::firstName)
                        .thenComparing(StudentSummary::studentNumber))
                .map(student -> {
                    Revision revision = requireNonNull(inForce.get(student.id()));
                    return new TeamMeasuresView(
                            student.id(),
                            student.studentNumber(),
                            student.displayName(),
                            student.teamName(),
                            // a revision in force was accepted
                            requireNonNull(revision.acceptedOn()),
                            revision.measures().stream().map(mapper::toView).toList());
                })
                .toList();
        accessLog.record(
                actor,
                AccessAction.LIST,
                found.stream()
                        .map(view -> new AccessedRecord(view.studentId(), "agreement-measures", null))
                        .toList());
        return found;
    }

    /**
     * Everything recorded in the student's agreements, oldest first, for the AVG inzage; the caller decided the
     * access and logged the export.
     */
    @Transactional(readOnly = true)
    public List<AgreementRecord> recordsOf(long studentId) {
        List<Agreement> found = agreements.findByStudentIdOrderByIdDesc(studentId).stream()
                .sorted(Comparator.comparingLong(Agreement::id))
                .toList();
        Map<Long, AgreementView> views = new HashMap<>();
        Map<Long, List<Evaluation>> evaluationsOf = new HashMap<>();
        for (Agreement agreement : found) {
            views.put(agreement.id(), view(agreement));
            evaluationsOf.put(agreement.id(), evaluations.findByAgreementIdOrderByHeldOnAscIdAsc(agreement.id()));
        }
        AgreementRecordMapper.Parts parts = new AgreementRecordMapper.Parts(views, evaluationsOf);
        return found.stream()
                .map(agreement -> mapper.toRecord(agreement, parts))
                .toList();
    }

    /**
     * Retention: the content of these students' agreements (the need, the measures' descriptions, how they were
     * accepted, the evaluations' participants and the student's view) goes with their personal details; the dates,
     * kinds and verdicts stay, so compliance at past peildata is still told. Returns how many agreements.
     */
    @Transactional
    public int forgetContentOf(Collection<Long> studentIds) {
        if (studentIds.isEmpty()) {
            return 0;
        }
        agreements.forgetNeeds(studentIds);
        agreements.forgetMeasures(studentIds);
        agreements.forgetAcceptanceNotes(studentIds);
        agreements.forgetEvaluationContent(studentIds);
        agreements.forgetEndReasons(studentIds);
        return agreements.countOfStudents(studentIds);
    }

    /**
     * The school recorded that the student left: their running agreement ends that day (not before its first
     * acceptance), so the compliance figures stop counting it.
     */
    void endOnLeaving(long studentId, LocalDate leftOn) {
        agreements.findByRunningStudentId(studentId).ifPresent(agreement -> {
            LocalDate on = agreement.firstAcceptedOn() != null && leftOn.isBefore(agreement.firstAcceptedOn())
                    ? agreement.firstAcceptedOn()
                    : leftOn;
            agreement.end(on, LEFT_SCHOOL, null);
            agreement.touch(clock.instant());
            agreements.save(agreement);
        });
    }

    /**
     * The measures in force today for this student, for a module that already decided the reader may have them (the
     * handover package, whose consent and logging are its own): the measures only, never the need or the evaluations.
     */
    @Transactional(readOnly = true)
    public List<MeasureView> measuresInForceOf(long studentId) {
        LocalDate today = LocalDate.now(clock);
        return agreements
                .findByRunningStudentId(studentId)
                .flatMap(agreement -> agreement.inForceOn(today))
                .map(revision ->
                        revision.measures().stream().map(mapper::toView).toList())
                .orElse(List.of());
    }

    // --- evaluations --------------------------------------------------------------------------------------------

    /**
     * Records an evaluation. Any ADJUST or STOP starts a new draft revision (the measures to stop left out) unless
     * a draft is open already. Without the student it is recorded, but does not count for the law.
     */
    public EvaluationView evaluate(Actor actor, long agreementId, EvaluationRequest request) {
        Agreement agreement = lockedForChange(actor, agreementId, request.version());
        LocalDate heldOn = notInFuture(request.heldOn());
        if (agreement.firstAcceptedOn() == null) {
            throw new DomainProblem.Conflict(
                    "agreement.not-accepted",
                    "Only an accepted agreement is evaluated: record the acceptance first.",
                    Map.of("agreementId", agreementId));
        }
        Revision evaluated = agreement
                .inForceOn(heldOn)
                .orElseThrow(() -> new DomainProblem.Unprocessable(
                        "evaluation.not-in-force",
                        "On that day no revision of the agreement was in force (before its acceptance, or after its end).",
                        Map.of("firstAcceptedOn", String.valueOf(agreement.firstAcceptedOn()))));
        LocalDate nextDueOn =
                request.nextDueOn() == null ? heldOn.plusMonths(ComplianceRule.MONTHS) : request.nextDueOn();
        if (!nextDueOn.isAfter(heldOn) || nextDueOn.isAfter(heldOn.plusMonths(ComplianceRule.MONTHS))) {
            throw new DomainProblem.InvalidInput(
                    "evaluation.next-due-out-of-range",
                    "The next evaluation is due after this one, and at most 12 months later.");
        }
        List<OutcomeInput> outcomes = request.outcomes() == null ? List.of() : request.outcomes();
        Set<Long> measureIds = evaluated.measures().stream().map(Measure::id).collect(Collectors.toSet());
        Set<Long> seen = new HashSet<>();
        for (OutcomeInput outcome : outcomes) {
            if (!measureIds.contains(outcome.measureId())) {
                throw new DomainProblem.Unprocessable(
                        "evaluation.unknown-measure",
                        "An outcome names a measure that is not in the revision evaluated.",
                        Map.of("measureId", outcome.measureId(), "revision", evaluated.revision()));
            }
            if (!seen.add(outcome.measureId())) {
                throw new DomainProblem.InvalidInput("evaluation.duplicate-measure", "Give each measure one verdict.");
            }
        }
        Evaluation evaluation = new Evaluation(
                agreement.id(),
                evaluated.revision(),
                heldOn,
                request.studentPresent(),
                request.participants() == null
                        ? List.of()
                        : request.participants().stream().map(String::strip).toList(),
                outcomes.stream()
                        .map(o -> new Evaluation.Outcome(o.measureId(), o.verdict()))
                        .toList(),
                blankToNull(request.studentView()),
                nextDueOn,
                clock.instant(),
                actor.id());
        Set<Long> toStop = outcomes.stream()
                .filter(outcome -> outcome.verdict() == Verdict.STOP)
                .map(OutcomeInput::measureId)
                .collect(Collectors.toSet());
        boolean change = outcomes.stream().anyMatch(outcome -> outcome.verdict() != Verdict.EFFECTIVE);
        if (change && agreement.endedOn() == null && agreement.latest().status() != RevisionStatus.DRAFT) {
            Revision draft = agreement.accepted().orElseThrow().nextDraft(toStop, clock.instant(), actor.id());
            agreement.addRevision(draft);
            evaluation.started(draft.revision());
        }
        agreement.touch(clock.instant());
        agreements.save(agreement);
        Evaluation saved = evaluations.save(evaluation);
        accessLog.record(
                actor, AccessAction.CREATE, new AccessedRecord(agreement.studentId(), "evaluation", saved.id()));
        return mapper.toView(saved);
    }

    @Transactional(readOnly = true)
    public List<EvaluationView> evaluations(Actor actor, long agreementId) {
        Agreement agreement = readable(actor, agreementId);
        accessLog.record(
                actor,
                AccessAction.VIEW,
                new AccessedRecord(agreement.studentId(), "agreement-evaluations", agreementId));
        return evaluations.findByAgreementIdOrderByHeldOnAscIdAsc(agreementId).stream()
                .map(mapper::toView)
                .toList();
    }

    // --- the worklist and carry-over ----------------------------------------------------------------------------

    /** The zorgcoördinator's Evaluaties: agreements of their locations due within {@code weeks}, or overdue. */
    @Transactional(readOnly = true)
    public List<DueView> due(Actor actor, int weeks) {
        Permission.WORK_WITH_AGREEMENTS.require(actor);
        LocalDate today = LocalDate.now(clock);
        List<EvaluationSchedule.Due> running = schedule.runningOf(students.idsAt(actor.locationIds()), today).stream()
                .filter(agreement -> !agreement.dueOn().isAfter(today.plusWeeks(weeks)))
                .toList();
        Map<Long, StudentSummary> placed = students.students(running.stream()
                .map(EvaluationSchedule.Due::studentId)
                .distinct()
                .toList());
        List<DueView> due = running.stream()
                .filter(agreement -> placed.containsKey(agreement.studentId())
                        && actor.worksAt(placed.get(agreement.studentId()).locationId()))
                .map(agreement -> {
                    StudentSummary student = requireNonNull(placed.get(agreement.studentId()));
                    long days = java.time.temporal.ChronoUnit.DAYS.between(today, agreement.dueOn());
                    return new DueView(
                            agreement.agreementId(),
                            student.id(),
                            student.studentNumber(),
                            student.displayName(),
                            student.locationName(),
                            agreement.firstAcceptedOn(),
                            agreement.lastEvaluatedOn(),
                            agreement.dueOn(),
                            days,
                            days < 0);
                })
                .sorted(Comparator.comparing(DueView::dueOn).thenComparing(DueView::studentNumber))
                .toList();
        accessLog.record(
                actor,
                AccessAction.LIST,
                due.stream()
                        .map(line -> new AccessedRecord(line.studentId(), "agreement", line.agreementId()))
                        .toList());
        return due;
    }

    /**
     * Carry-over at the start of a school year: every accepted agreement of the location without an open draft gets
     * a new draft revision with the content of the one in force, to be evaluated and accepted, so nobody types it
     * again.
     */
    public CarryOverView carryOver(Actor actor, long locationId) {
        Permission.WORK_WITH_AGREEMENTS.require(actor);
        if (!actor.worksAt(locationId)) {
            throw new DomainProblem.NotFound("location.not-found", "There is no such location of yours.");
        }
        List<AgreementDates> running = rows.runningAccepted(students.idsAt(List.of(locationId)));
        Map<Long, StudentSummary> placed = students.students(
                running.stream().map(AgreementDates::studentId).distinct().toList());
        List<Long> started = new ArrayList<>();
        List<AccessedRecord> changed = new ArrayList<>();
        for (AgreementDates dates : running) {
            StudentSummary student = placed.get(dates.studentId());
            if (student == null || student.locationId() != locationId) {
                continue;
            }
            Agreement agreement = agreements.lockById(dates.id()).orElseThrow();
            if (agreement.endedOn() != null || agreement.latest().status() == RevisionStatus.DRAFT) {
                continue;
            }
            agreement.addRevision(agreement.accepted().orElseThrow().nextDraft(Set.of(), clock.instant(), actor.id()));
            agreement.touch(clock.instant());
            agreements.save(agreement);
            started.add(agreement.id());
            changed.add(new AccessedRecord(student.id(), "agreement", agreement.id()));
        }
        accessLog.record(actor, AccessAction.CHANGE, changed);
        return new CarryOverView(started.size(), started);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private AgreementView saved(Actor actor, Agreement agreement) {
        agreement.touch(clock.instant());
        Agreement saved = agreements.saveAndFlush(agreement);
        accessLog.record(actor, AccessAction.CHANGE, new AccessedRecord(saved.studentId(), "agreement", saved.id()));
        return view(saved);
    }

    /** The agreement, locked, for a change by its zorgcoördinator based on the current version; never an ended one. */
    private Agreement lockedForChange(Actor actor, long agreementId, @Nullable Long version) {
        Permission.WORK_WITH_AGREEMENTS.require(actor);
        Agreement agreement = agreements
                .lockById(agreementId)
                .filter(found -> isItsZorgcoordinator(actor, found))
                .orElseThrow(Agreements::noSuchAgreement);
        if (version != null && version != agreement.version()) {
            throw DomainProblem.Conflict.staleVersion(
                    "agreement", Map.of("agreementId", agreementId), agreement.version());
        }
        if (agreement.endedOn() != null) {
            throw new DomainProblem.Conflict(
                    "agreement.ended",
                    "This agreement has ended; start a new one if support is needed again.",
                    Map.of("agreementId", agreementId));
        }
        return agreement;
    }

    private Agreement readable(Actor actor, long agreementId) {
        Permission.WORK_WITH_AGREEMENTS.require(actor);
        return agreements
                .findById(agreementId)
                .filter(found -> isItsZorgcoordinator(actor, found))
                .orElseThrow(Agreements::noSuchAgreement);
    }

    private boolean isItsZorgcoordinator(Actor actor, Agreement agreement) {
        return students.visibleTo(actor, agreement.studentId())
                .filter(student -> actor.worksAt(student.locationId()))
                .isPresent();
    }

    private StudentSummary studentOfItsZorgcoordinator(Actor actor, long studentId) {
        Permission.WORK_WITH_AGREEMENTS.require(actor);
        return students.visibleTo(actor, studentId)
                .filter(student -> actor.worksAt(student.locationId()))
                .orElseThrow(Agreements::noSuchStudent);
    }

    private LocalDate notInFuture(LocalDate day) {
        if (day.isAfter(LocalDate.now(clock))) {
            throw new DomainProblem.InvalidInput(
                    "agreement.date-in-future",
                    "Record what happened: the date may lie in the past, never in the future.");
        }
        return day;
    }

    private static List<Measure> measures(List<MeasureInput> inputs) {
        List<Measure> measures = new ArrayList<>();
        for (MeasureInput input : inputs) {
            measures.add(new Measure(
                    measures.size(),
                    input.kind(),
                    input.description().strip(),
                    input.responsible().strip(),
                    input.appliesDuringInternship()));
        }
        return measures;
    }

    AgreementView view(Agreement agreement) {
        Revision latest = agreement.latest();
        LocalDate today = LocalDate.now(clock);
        Evaluation last = evaluations.findByAgreementIdOrderByHeldOnAscIdAsc(agreement.id()).stream()
                .filter(Evaluation::studentPresent)
                .reduce((a, b) -> b)
                .orElse(null);
        LocalDate lastEvaluated = last == null ? null : last.heldOn();
        LocalDate due = agreement.firstAcceptedOn() == null || agreement.endedOn() != null
                ? null
                : last == null ? ComplianceRule.dueOn(agreement.firstAcceptedOn(), null) : last.nextDueOn();
        StudentSummary student = students.student(agreement.studentId()).orElseThrow();
        List<AcceptedBy> awaiting = new ArrayList<>();
        if (agreement.status() == AgreementStatus.DRAFT) {
            LocalDate basis = latest.firstAcceptanceOn() == null ? today : latest.firstAcceptanceOn();
            boolean minor = student.ageOn(basis) < ACCEPTS_ALONE_FROM;
            for (AcceptedBy party :
                    minor ? List.of(AcceptedBy.STUDENT, AcceptedBy.PARENT) : List.of(AcceptedBy.STUDENT)) {
                if (!latest.acceptedBy().contains(party)) {
                    awaiting.add(party);
                }
            }
        }
        return new AgreementView(
                agreement.id(),
                agreement.studentId(),
                student.studentNumber(),
                student.displayName(),
                agreement.version(),
                agreement.status(),
                latest.revision(),
                latest.needInOwnWords(),
                latest.measures().stream().map(mapper::toView).toList(),
                latest.acceptances().stream().map(mapper::toView).toList(),
                awaiting,
                agreement.inForceOn(today).map(Revision::revision).orElse(null),
                agreement.firstAcceptedOn(),
                lastEvaluated,
                due,
                agreement.endedOn(),
                agreement.endReason(),
                agreement.createdAt(),
                agreement.updatedAt());
    }

    private static DomainProblem noSuchAgreement() {
        return new DomainProblem.NotFound("agreement.not-found", "There is no such agreement.");
    }

    private static DomainProblem noSuchStudent() {
        return new DomainProblem.NotFound("student.not-found", "There is no such student.");
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
