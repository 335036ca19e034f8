package nl.hulproute.agreements;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.hulproute.agreements.ComplianceViews.ComplianceView;
import nl.hulproute.agreements.ComplianceViews.CountsView;
import nl.hulproute.agreements.ComplianceViews.GroupView;
import nl.hulproute.agreements.ComplianceViews.OverdueView;
import nl.hulproute.people.StudentSummary;
import nl.hulproute.people.Students;
import nl.hulproute.privacy.AccessAction;
import nl.hulproute.privacy.AccessLog;
import nl.hulproute.privacy.AccessedRecord;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.DomainProblem;
import nl.hulproute.shared.Permission;
import nl.hulproute.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The auditor's view of the yearly evaluation: at any past peildatum, from the recorded history, how many agreements
 * were active, compliant and overdue ({@link ComplianceRule}), grouped by the student's current location, programme or
 * team. An auditor sees the whole institution, a zorgcoördinator their own locations; nobody sees content. Every call
 * is in the access log; the overdue list also logs each student it names.
 */
@Service
@Transactional(readOnly = true)
public class ComplianceFigures {

    static final int MAX_TREND_MONTHS = 60;

    private final AgreementRepository agreements;
    private final EvaluationRepository evaluations;
    private final Students students;
    private final AccessLog accessLog;
    private final Clock clock;

    ComplianceFigures(
            AgreementRepository agreements,
            EvaluationRepository evaluations,
            Students students,
            AccessLog accessLog,
            Clock clock) {
        this.agreements = agreements;
        this.evaluations = evaluations;
        this.students = students;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** One agreement as compliance sees it at a peildatum. */
    record Standing(
            AgreementDates agreement,
            StudentSummary student,
            @Nullable LocalDate lastEvaluatedOn,
            LocalDate dueOn,
            boolean compliant,
            long daysOverdue) {}

    /** The agreements in the caller's scope with their evaluations held with the student, up to a day. */
    private record Population(
            List<AgreementDates> agreements,
            Map<Long, StudentSummary> students,
            Map<Long, List<LocalDate>> heldWithStudent) {

        List<Standing> at(LocalDate day) {
            List<Standing> standings = new ArrayList<>();
            for (AgreementDates agreement : agreements) {
                if (!ComplianceRule.active(agreement.firstAcceptedOn(), agreement.endedOn(), day)) {
                    continue;
                }
                LocalDate last = heldWithStudent.getOrDefault(agreement.id(), List.of()).stream()
                        .filter(held -> !held.isAfter(day))
                        .max(Comparator.naturalOrder())
                        .orElse(null);
                LocalDate due = ComplianceRule.dueOn(agreement.firstAcceptedOn(), last);
                standings.add(new Standing(
                        agreement,
                        requireNonNull(students.get(agreement.studentId())),
                        last,
                        due,
                        ComplianceRule.compliant(due, day),
                        ComplianceRule.daysOverdue(due, day)));
            }
            return standings;
        }
    }

    public ComplianceView figures(Actor actor, @Nullable LocalDate asOf, ComplianceGrouping groupBy) {
        Permission.SEE_COMPLIANCE.require(actor);
        LocalDate day = peildatum(asOf);
        accessLog.recordAcrossStudents(
                actor, AccessAction.VIEW, "compliance", "COMPLIANCE asOf=" + day + " groupBy=" + groupBy.parameter());
        return view(population(actor, day).at(day), day, groupBy);
    }

    public List<OverdueView> overdue(
            Actor actor, @Nullable LocalDate asOf, ComplianceGrouping groupBy, @Nullable String group) {
        Permission.SEE_COMPLIANCE.require(actor);
        LocalDate day = peildatum(asOf);
        accessLog.recordAcrossStudents(
                actor,
                AccessAction.VIEW,
                "compliance-overdue",
                "COMPLIANCE asOf=" + day + " groupBy=" + groupBy.parameter()
                        + (group == null ? "" : " group=" + group));
        return overdueOf(actor, population(actor, day).at(day), groupBy, group);
    }

    /** The figures and the whole overdue list at a peildatum, for the report an auditor files (logged as an export). */
    public Report report(Actor actor, @Nullable LocalDate asOf, ComplianceGrouping groupBy) {
        Permission.SEE_COMPLIANCE.require(actor);
        LocalDate day = peildatum(asOf);
        accessLog.recordAcrossStudents(
                actor,
                AccessAction.EXPORT,
                "compliance-report",
                "COMPLIANCE asOf=" + day + " groupBy=" + groupBy.parameter());
        List<Standing> standings = population(actor, day).at(day);
        return new Report(view(standings, day, groupBy), overdueOf(actor, standings, groupBy, null));
    }

    /** What the compliance report holds. */
    public record Report(ComplianceView figures, List<OverdueView> overdue) {}

    private List<OverdueView> overdueOf(
            Actor actor, List<Standing> standings, ComplianceGrouping groupBy, @Nullable String group) {
        List<Standing> overdue = standings.stream()
                .filter(standing -> !standing.compliant())
                .filter(standing -> group == null || group.equals(groupBy.keyOf(standing.student())))
                .sorted(Comparator.comparingLong(Standing::daysOverdue)
                        .reversed()
                        .thenComparing(standing -> standing.student().studentNumber()))
                .toList();
        accessLog.record(
                actor,
                AccessAction.LIST,
                overdue.stream()
                        .map(standing -> new AccessedRecord(
                                standing.agreement().studentId(),
                                "agreement-evidence",
                                standing.agreement().id()))
                        .toList(),
                "COMPLIANCE");
        return overdue.stream()
                .map(standing -> new OverdueView(
                        standing.agreement().id(),
                        standing.student().studentNumber(),
                        groupBy.keyOf(standing.student()),
                        groupBy.nameOf(standing.student()),
                        standing.agreement().firstAcceptedOn(),
                        standing.lastEvaluatedOn(),
                        standing.dueOn(),
                        standing.daysOverdue()))
                .toList();
    }

    /** The figures at each month end of the last {@code months} months (the current month: today), oldest first. */
    public List<ComplianceView> trend(Actor actor, int months, ComplianceGrouping groupBy) {
        Permission.SEE_COMPLIANCE.require(actor);
        if (months < 1 || months > MAX_TREND_MONTHS) {
            throw new DomainProblem.InvalidInput(
                    "compliance.months-out-of-range", "Ask for 1 to " + MAX_TREND_MONTHS + " months.");
        }
        LocalDate today = LocalDate.now(clock);
        accessLog.recordAcrossStudents(
                actor,
                AccessAction.VIEW,
                "compliance-trend",
                "COMPLIANCE months=" + months + " groupBy=" + groupBy.parameter());
        Population population = population(actor, today);
        List<ComplianceView> trend = new ArrayList<>();
        for (int back = months - 1; back >= 0; back--) {
            LocalDate monthEnd = today.minusMonths(back).with(TemporalAdjusters.lastDayOfMonth());
            LocalDate day = monthEnd.isAfter(today) ? today : monthEnd;
            trend.add(view(population.at(day), day, groupBy));
        }
        return trend;
    }

    LocalDate peildatum(@Nullable LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        if (asOf == null) {
            return today;
        }
        if (asOf.isAfter(today)) {
            throw new DomainProblem.InvalidInput(
                    "compliance.as-of-in-future", "The peildatum is today or a day in the past.");
        }
        return asOf;
    }

    private Population population(Actor actor, LocalDate upTo) {
        List<AgreementDates> accepted = agreements.datesAcceptedOnOrBefore(upTo);
        Map<Long, StudentSummary> placed = students.students(
                accepted.stream().map(AgreementDates::studentId).distinct().toList());
        boolean wholeInstitution = actor.has(Role.AUDITOR);
        List<AgreementDates> inScope = accepted.stream()
                .filter(agreement -> placed.containsKey(agreement.studentId()))
                .filter(agreement -> wholeInstitution
                        || actor.worksAt(requireNonNull(placed.get(agreement.studentId()))
                                .locationId()))
                .toList();
        Map<Long, List<LocalDate>> held = new HashMap<>();
        for (HeldEvaluation evaluation : evaluations.heldWithStudentOnOrBefore(upTo)) {
            held.computeIfAbsent(evaluation.agreementId(), id -> new ArrayList<>())
                    .add(evaluation.heldOn());
        }
        return new Population(inScope, placed, held);
    }

    private static ComplianceView view(List<Standing> standings, LocalDate day, ComplianceGrouping groupBy) {
        Map<String, List<Standing>> byKey = standings.stream()
                .collect(Collectors.groupingBy(
                        standing -> groupBy.keyOf(standing.student()), TreeMap::new, Collectors.toList()));
        List<GroupView> groups = byKey.entrySet().stream()
                .map(entry -> {
                    CountsView counts = counts(entry.getValue());
                    return new GroupView(
                            entry.getKey(),
                            groupBy.nameOf(entry.getValue().get(0).student()),
                            counts.active(),
                            counts.compliant(),
                            counts.overdue(),
                            counts.compliantPercent());
                })
                .sorted(Comparator.comparing(GroupView::name).thenComparing(GroupView::key))
                .toList();
        return new ComplianceView(day, groupBy.parameter(), groups, counts(standings));
    }

    private static CountsView counts(List<Standing> standings) {
        return CountsView.of(
                standings.size(), standings.stream().filter(Standing::compliant).count());
    }
}
