package nl.hulproute.agreements;

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
import nl.hulproute.people.StudentPlacement;
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

    private final YearlyEvaluationRows rows;
    private final Students students;
    private final AccessLog accessLog;
    private final Clock clock;

    ComplianceFigures(YearlyEvaluationRows rows, Students students, AccessLog accessLog, Clock clock) {
        this.rows = rows;
        this.students = students;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** One agreement as compliance sees it at a peildatum. */
    record Standing(
            AgreementDates agreement,
            @Nullable LocalDate lastEvaluatedOn,
            LocalDate dueOn,
            boolean compliant,
            long daysOverdue) {}

    /** A standing with where its student studies: what the figures group by and the overdue list names. */
    record Placed(Standing standing, StudentPlacement student) {

        AgreementDates agreement() {
            return standing.agreement();
        }
    }

    /** The accepted agreements with their evaluations held with the student, up to a day; nobody's scope yet. */
    private record Population(List<AgreementDates> agreements, Map<Long, List<LocalDate>> heldWithStudent) {

        /** The agreements active at a day, in the order read, each with its standing by {@link ComplianceRule}. */
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
        return view(placedInScope(actor, population(day).at(day)), day, groupBy);
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
        // only the overdue need their student: where they study is read for those alone
        List<Standing> overdue = population(day).at(day).stream()
                .filter(standing -> !standing.compliant())
                .toList();
        return overdueOf(actor, placedInScope(actor, overdue), groupBy, group);
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
        List<Placed> placed = placedInScope(actor, population(day).at(day));
        return new Report(view(placed, day, groupBy), overdueOf(actor, placed, groupBy, null));
    }

    /** What the compliance report holds. */
    public record Report(ComplianceView figures, List<OverdueView> overdue) {}

    private List<OverdueView> overdueOf(
            Actor actor, List<Placed> standings, ComplianceGrouping groupBy, @Nullable String group) {
        List<Placed> overdue = standings.stream()
                .filter(placed -> !placed.standing().compliant())
                .filter(placed -> group == null || group.equals(groupBy.keyOf(placed.student())))
                .sorted(Comparator.comparingLong(
                                (Placed placed) -> placed.standing().daysOverdue())
                        .reversed()
                        .thenComparing(placed -> placed.student().studentNumber()))
                .toList();
        accessLog.record(
                actor,
                AccessAction.LIST,
                overdue.stream()
                        .map(placed -> new AccessedRecord(
                                placed.agreement().studentId(),
                                "agreement-evidence",
                                placed.agreement().id()))
                        .toList(),
                "COMPLIANCE");
        return overdue.stream()
                .map(placed -> new OverdueView(
                        placed.agreement().id(),
                        placed.student().studentNumber(),
                        groupBy.keyOf(placed.student()),
                        groupBy.nameOf(placed.student()),
                        placed.agreement().firstAcceptedOn(),
                        placed.standing().lastEvaluatedOn(),
                        placed.standing().dueOn(),
                        placed.standing().daysOverdue()))
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
        Population population = population(today);
        // where the students study is read once, for every agreement of any month
        Map<Long, StudentPlacement> placements = students.placements(
                population.agreements().stream().map(AgreementDates::studentId).toList());
        List<ComplianceView> trend = new ArrayList<>();
        for (int back = months - 1; back >= 0; back--) {
            LocalDate monthEnd = today.minusMonths(back).with(TemporalAdjusters.lastDayOfMonth());
            LocalDate day = monthEnd.isAfter(today) ? today : monthEnd;
            trend.add(view(inScope(actor, population.at(day), placements), day, groupBy));
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

    private Population population(LocalDate upTo) {
        List<AgreementDates> accepted = rows.acceptedOnOrBefore(upTo);
        Map<Long, List<LocalDate>> held = new HashMap<>();
        for (HeldEvaluation evaluation : rows.heldWithStudent(upTo)) {
            held.computeIfAbsent(evaluation.agreementId(), id -> new ArrayList<>())
                    .add(evaluation.heldOn());
        }
        return new Population(accepted, held);
    }

    /** These standings with their students, in order; without those of unknown students and outside the scope. */
    private List<Placed> placedInScope(Actor actor, List<Standing> standings) {
        return inScope(
                actor,
                standings,
                students.placements(standings.stream()
                        .map(standing -> standing.agreement().studentId())
                        .toList()));
    }

    /** An auditor sees the whole institution, a zorgcoördinator the students of their own locations. */
    private static List<Placed> inScope(Actor actor, List<Standing> standings, Map<Long, StudentPlacement> placements) {
        boolean wholeInstitution = actor.has(Role.AUDITOR);
        List<Placed> placed = new ArrayList<>(standings.size());
        for (Standing standing : standings) {
            StudentPlacement student = placements.get(standing.agreement().studentId());
            if (student != null && (wholeInstitution || actor.worksAt(student.locationId()))) {
                placed.add(new Placed(standing, student));
            }
        }
        return placed;
    }

    private static ComplianceView view(List<Placed> standings, LocalDate day, ComplianceGrouping groupBy) {
        Map<String, List<Placed>> byKey = standings.stream()
                .collect(Collectors.groupingBy(
                        placed -> groupBy.keyOf(placed.student()), TreeMap::new, Collectors.toList()));
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

    private static CountsView counts(List<Placed> standings) {
        return CountsView.of(
                standings.size(),
                standings.stream()
                        .filter(placed -> placed.standing().compliant())
                        .count());
    }
}
