package nl.hulproute.lifecycle;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.DomainProblem;
import nl.hulproute.shared.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Figures about the caseload of a zorgcoördinator's locations: what waits for triage and how the load develops. */
@Service
@Transactional(readOnly = true)
public class CaseStatistics {

    /** Events that close a case; REOPEN opens it again. */
    private static final Set<CaseEvent> REOPENING_OR_CLOSING =
            EnumSet.of(CaseEvent.DISMISS, CaseEvent.CLOSE, CaseEvent.REOPEN);

    private final CaseRepository cases;
    private final CaseTransitionRepository transitions;
    private final Clock clock;

    CaseStatistics(CaseRepository cases, CaseTransitionRepository transitions, Clock clock) {
        this.cases = cases;
        this.transitions = transitions;
        this.clock = clock;
    }

    /** The case that has waited longest for triage. */
    public record Untriaged(long caseId, Instant signalledAt, long daysWaiting) {}

    /** One week of the caseload: cases opened and closed in it, and cases open at its end (or now). */
    public record Week(LocalDate weekStart, long opened, long closed, long open) {}

    public Optional<Untriaged> oldestUntriaged(Actor actor, Set<Long> locationIds) {
        requireLocations(actor, locationIds);
        LocalDate today = LocalDate.now(clock);
        return cases.findFirstByLocationIdInAndStateOrderByOpenedAtAscIdAsc(locationIds, CaseState.SIGNALLED)
                .map(theCase -> new Untriaged(
                        theCase.id(),
                        theCase.openedAt(),
                        ChronoUnit.DAYS.between(LocalDate.ofInstant(theCase.openedAt(), clock.getZone()), today)));
    }

    /**
     * The last {@code weeks} weeks, Monday to Sunday, the current week last. Reads only what happened in those weeks:
     * the cases open at their start follow from the cases open now and the openings, closings and reopenings since
     * (every change of state is a transition), so no query counts the whole history (docs/performance.md).
     */
    public List<Week> weekly(Actor actor, Set<Long> locationIds, int weeks) {
        requireLocations(actor, locationIds);
        Instant now = clock.instant();
        LocalDate thisMonday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstMonday = thisMonday.minusWeeks(weeks - 1L);
        Instant from = firstMonday.atStartOfDay(clock.getZone()).toInstant();
        long[] opened = new long[weeks];
        long[] closed = new long[weeks];
        long openAtStart = cases.countOpen(locationIds);
        for (Instant at : cases.openedSince(locationIds, from)) {
            openAtStart--;
            count(opened, weekOf(at, firstMonday, now, weeks), 1);
        }
        for (Object[] step : transitions.since(locationIds, REOPENING_OR_CLOSING, from)) {
            boolean reopens = step[0] == CaseEvent.REOPEN;
            openAtStart += reopens ? -1 : 1;
            count(closed, weekOf((Instant) step[1], firstMonday, now, weeks), reopens ? -1 : 1);
        }
        List<Week> result = new ArrayList<>();
        long open = openAtStart;
        for (int week = 0; week < weeks; week++) {
            open += opened[week] - closed[week];
            result.add(new Week(firstMonday.plusWeeks(week), opened[week], closed[week], open));
        }
        return result;
    }

    /** The week (0 the first) an instant falls in, or -1 after now (a moved clock in the demo and the tests). */
    private int weekOf(Instant at, LocalDate firstMonday, Instant now, int weeks) {
        if (at.isAfter(now)) {
            return -1;
        }
        long week = ChronoUnit.WEEKS.between(firstMonday, LocalDate.ofInstant(at, clock.getZone()));
        return (int) Math.min(week, weeks - 1L);
    }

    private static void count(long[] perWeek, int week, long by) {
        if (week >= 0) {
            perWeek[week] += by;
        }
    }

    private static void requireLocations(Actor actor, Set<Long> locationIds) {
        Permission.SEE_CASELOAD_FIGURES.require(actor);
        if (locationIds.isEmpty() || !actor.locationIds().containsAll(locationIds)) {
            throw new DomainProblem.Forbidden(
                    "caseload.location-forbidden",
                    "These figures are for the zorgcoördinatoren of the location.",
                    Map.of());
        }
    }
}
