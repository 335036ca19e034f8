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
    private static final Set<CaseEvent> CLOSING = EnumSet.of(CaseEvent.DISMISS, CaseEvent.CLOSE);

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

    /** The last {@code weeks} weeks, Monday to Sunday, the current week last. */
    public List<Week> weekly(Actor actor, Set<Long> locationIds, int weeks) {
        requireLocations(actor, locationIds);
        Instant now = clock.instant();
        LocalDate thisMonday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Week> result = new ArrayList<>();
        long openedBefore = 0;
        long closedBefore = 0;
        for (int i = weeks; i >= 0; i--) {
            LocalDate monday = thisMonday.minusWeeks(i - 1L);
            Instant boundary = i == 0 ? now : monday.atStartOfDay(clock.getZone()).toInstant();
            long opened = cases.countOpenedBefore(locationIds, boundary);
            long closed = transitions.countBefore(locationIds, CLOSING, boundary)
                    - transitions.countBefore(locationIds, Set.of(CaseEvent.REOPEN), boundary);
            if (i < weeks) {
                result.add(new Week(monday.minusWeeks(1), opened - openedBefore, closed - closedBefore, opened - closed));
            }
            openedBefore = opened;
            closedBefore = closed;
        }
        return result;
    }

    private static void requireLocations(Actor actor, Set<Long> locationIds) {
        Permission.SEE_CASELOAD_FIGURES.require(actor);
        if (locationIds.isEmpty() || !actor.locationIds().containsAll(locationIds)) {
            throw new DomainProblem.Forbidden(
                    "caseload.location-forbidden", "These figures are for the zorgcoördinatoren of the location.", Map.of());
        }
    }
}
