package nl.hulproute.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Positive;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.hulproute.intake.SignalIntake;
import nl.hulproute.lifecycle.CaseFilter;
import nl.hulproute.lifecycle.CaseManagement;
import nl.hulproute.lifecycle.CaseState;
import nl.hulproute.lifecycle.CaseStatistics;
import nl.hulproute.lifecycle.Line;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.DomainProblem;
import nl.hulproute.shared.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Cases")
class CaseloadDashboardController {

    /** The caseload chart covers this many weeks. */
    static final int WEEKS = 12;

    private final CaseManagement cases;
    private final CaseStatistics statistics;
    private final SignalIntake signals;
    private final Clock clock;

    CaseloadDashboardController(CaseManagement cases, CaseStatistics statistics, SignalIntake signals, Clock clock) {
        this.cases = cases;
        this.statistics = statistics;
        this.signals = signals;
        this.clock = clock;
    }

    @Schema(name = "CaseloadDashboard", description = "The figures above a zorgcoördinator's caseload")
    record DashboardView(
            @Schema(description = "Open cases per line of support (a case in triage is in no line yet)")
            Map<Line, Long> casesPerLine,

            @Schema(description = "Open cases in no line yet: waiting for triage or in triage")
            long casesBeforeALine,

            @Schema(description = "Signals raised since Monday")
            long newSignalsThisWeek,

            CaseStatistics.@Nullable Untriaged oldestUntriaged,

            @Schema(description = "The last 12 weeks, oldest first")
            List<CaseStatistics.Week> weeks) {}

    @GetMapping("/api/caseload/dashboard")
    @Operation(summary = "Caseload figures for one of my locations, or all of them")
    DashboardView dashboard(
            @Parameter(hidden = true) Actor actor, @RequestParam(required = false) @Positive @Nullable Long location) {
        Set<Long> locations = locationsOf(actor, location);
        Map<Line, Long> perLine = new EnumMap<>(Line.class);
        for (Line line : Line.values()) {
            perLine.put(line, 0L);
        }
        Map<CaseState, Long> byState =
                cases.countsByState(actor, CaseFilter.atLocation(location)).byState();
        byState.forEach((state, count) -> {
            if (state.line() != null) {
                perLine.merge(state.line(), count, Long::sum);
            }
        });
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long beforeALine = byState.getOrDefault(CaseState.SIGNALLED, 0L) + byState.getOrDefault(CaseState.TRIAGE, 0L);
        return new DashboardView(
                perLine,
                beforeALine,
                signals.countRaisedSince(
                        locations, monday.atStartOfDay(clock.getZone()).toInstant()),
                statistics.oldestUntriaged(actor, locations).orElse(null),
                statistics.weekly(actor, locations, WEEKS));
    }

    private static Set<Long> locationsOf(Actor actor, @Nullable Long location) {
        Permission.SEE_CASELOAD_FIGURES.require(actor);
        if (actor.locationIds().isEmpty()) {
            throw new DomainProblem.NotFound("location.not-found", "You work at no location.");
        }
        if (location == null) {
            return actor.locationIds();
        }
        if (!actor.worksAt(location)) {
            throw new DomainProblem.NotFound("location.not-found", "There is no such location of yours.");
        }
        return Set.of(location);
    }
}
