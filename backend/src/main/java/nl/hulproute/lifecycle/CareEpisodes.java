package nl.hulproute.lifecycle;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.hulproute.shared.InBatches;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The third-line route of the cases whose external care started in a period, in dates only: when the student was
 * referred to the provider that started care, how long they were on its waiting list and which bridging plans were
 * in force meanwhile. Read from the one history ({@code lifecycle_case_transition}), so figures built on it always
 * agree with the cases' timelines. For figures across students, such as the waiting-time report: it takes no actor
 * and logs nothing, the caller decides who may see what it builds and logs that.
 */
@Service
@Transactional(readOnly = true)
public class CareEpisodes {

    /**
     * Cases read per round trip: the memory and the statements stay the same size however many starts a period holds
     * (an auditor's year at national scale: over a hundred thousand).
     */
    static final int CASES_PER_READ = 1_000;

    /** The steps whose payload an episode reads: the referral (its provider) and the care start (its date). */
    private static final Set<CaseEvent> MARKS = EnumSet.of(CaseEvent.REFER, CaseEvent.CARE_STARTED);

    /** Every event a step an episode reads can have: the marks and the moves onto or off the waiting list. */
    private static final List<String> STEP_EVENTS =
            names(union(MARKS, CaseLifecycle.eventsOntoOrOff(CaseState.WAITING)));

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final ObjectMapper json;

    CareEpisodes(NamedParameterJdbcTemplate jdbc, Clock clock, ObjectMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
    }

    /**
     * One referral that ended in care: from the referral to the provider that started care up to the start.
     *
     * @param caseId the case
     * @param studentId its student; null once retention anonymised the case
     * @param locationId the school location of the case
     * @param providerId the provider that started care
     * @param referredOn the day of the referral to that provider (the last REFER before care started)
     * @param careStartedOn the day care started, as the receiver reported it
     * @param daysOnWaitingList days in WAITING between the referral and the start
     * @param waited whether the student was on the waiting list at all
     * @param bridging the bridging plans in force while the student waited, oldest first
     */
    public record CareEpisode(
            long caseId,
            @Nullable Long studentId,
            long locationId,
            long providerId,
            LocalDate referredOn,
            LocalDate careStartedOn,
            long daysOnWaitingList,
            boolean waited,
            List<BridgingStretch> bridging) {

        /** Calendar days from the referral to the start of care. */
        public long daysReferralToCare() {
            return Math.max(0, ChronoUnit.DAYS.between(referredOn, careStartedOn));
        }

        /** Whether someone from school kept contact under a bridging plan while the student waited. */
        public boolean bridgedWithContact() {
            return bridging.stream().anyMatch(BridgingStretch::withContact);
        }
    }

    /**
     * A stretch of time in which one bridging plan was in force.
     *
     * @param from the day the plan started
     * @param until the day it ended (at the latest the day care started)
     * @param contactEveryDays a school contact every so many days; null when the plan says none is needed
     */
    public record BridgingStretch(
            LocalDate from, LocalDate until, @Nullable Integer contactEveryDays) {

        /** Whether someone from school kept contact (rather than a reason why none was needed). */
        public boolean withContact() {
            return contactEveryDays != null;
        }

        /** How many contacts the plan asked for in the stretch: one every {@code contactEveryDays} days. */
        public long contactsPlanned() {
            return contactEveryDays == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(from, until)) / contactEveryDays;
        }
    }

    /**
     * The episodes whose care started from {@code from} up to and including {@code to}, at these locations (every
     * location when {@code locationIds} is null). A start is reported on or after the day it happened, so the steps
     * from the first day of the period ({@code ix_lifecycle_case_transition_event_time}, or per case
     * {@code ix_lifecycle_case_transition_case_event}) hold them all.
     */
    public List<CareEpisode> startedBetween(@Nullable Collection<Long> locationIds, LocalDate from, LocalDate to) {
        if (locationIds != null && locationIds.isEmpty()) {
            return List.of();
        }
        Instant since = from.atStartOfDay(clock.getZone()).toInstant();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("event", CaseEvent.CARE_STARTED.name());
        parameters.put("since", utc(since));
        if (locationIds != null) {
            parameters.put("locations", locationIds);
        }
        // Ids only, on the indexes alone. Every location: the period's starts by event and time. Some locations:
        // their cases first, each probed for a start (STRAIGHT_JOIN): MariaDB otherwise takes the whole
        // installation's starts and looks up each one's case to keep a location's (6 s for one location nationally)
        List<Long> caseIds = jdbc.queryForList(
                locationIds == null
                        ? "SELECT DISTINCT t.case_id FROM lifecycle_case_transition t"
                                + " WHERE t.event = :event AND t.occurred_at >= :since ORDER BY t.case_id"
                        : "SELECT DISTINCT t.case_id FROM lifecycle_case c"
                                + " STRAIGHT_JOIN lifecycle_case_transition t ON t.case_id = c.id"
                                + " WHERE c.location_id IN (:locations) AND t.event = :event"
                                + " AND t.occurred_at >= :since ORDER BY t.case_id",
                parameters,
                Long.class);
        List<CareEpisode> episodes = new ArrayList<>();
        for (List<Long> ids : InBatches.of(caseIds, CASES_PER_READ)) {
            Map<Long, CaseFacts> cases = cases(ids);
            histories(ids).forEach((caseId, steps) -> {
                CaseFacts theCase = requireNonNull(cases.get(caseId));
                for (int i = 0; i < steps.size(); i++) {
                    if (steps.get(i).event() == CaseEvent.CARE_STARTED) {
                        CareEpisode episode = episode(theCase, steps, i);
                        if (episode != null
                                && !episode.careStartedOn().isBefore(from)
                                && !episode.careStartedOn().isAfter(to)) {
                            episodes.add(episode);
                        }
                    }
                }
            });
        }
        episodes.sort(java.util.Comparator.comparing(CareEpisode::careStartedOn).thenComparing(CareEpisode::caseId));
        return episodes;
    }

    /** One step of a history, as far as an episode needs it. */
    private record Step(
            CaseEvent event,
            CaseState fromState,
            CaseState toState,
            Instant occurredAt,
            @Nullable String payload) {}

    /** A bridging plan, as far as an episode needs it. */
    private record Plan(
            Instant startedAt,
            @Nullable Instant endedAt,
            @Nullable Integer contactEveryDays) {}

    /**
     * Of a case, what an episode needs: its student (none once retention anonymised the case), its location, its
     * provider and its bridging plans, oldest first.
     */
    private record CaseFacts(
            long id,
            @Nullable Long studentId,
            long locationId,
            @Nullable Long providerId,
            List<Plan> plans) {}

    /**
     * Of these cases' histories the steps an episode reads, each history in order: the referrals and care starts (with
     * their payloads) and the steps onto or off the waiting list, chosen by event as {@link ClockStepsImpl} chooses a
     * clock's: the other steps of a history (triage, the lines, the handover's answers) and the payloads an episode
     * does not read never leave the database. Values read by SQL, not entities:
     * nothing here changes them, and a list parameter would make Hibernate translate the query again for every read.
     */
    private Map<Long, List<Step>> histories(List<Long> caseIds) {
        Map<Long, List<Step>> histories = new HashMap<>();
        jdbc.query(
                "SELECT case_id, event, from_state, to_state, occurred_at,"
                        + " CASE WHEN event IN (:marks) THEN payload END FROM lifecycle_case_transition"
                        + " WHERE case_id IN (:ids) AND event IN (:events)"
                        + " AND (event IN (:marks) OR from_state = :waiting OR to_state = :waiting)"
                        + " ORDER BY case_id, occurred_at, id",
                Map.of(
                        "ids",
                        caseIds,
                        "events",
                        STEP_EVENTS,
                        "marks",
                        names(MARKS),
                        "waiting",
                        CaseState.WAITING.name()),
                (ResultSet row) -> {
                    histories
                            .computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(new Step(
                                    CaseEvent.valueOf(row.getString(2)),
                                    CaseState.valueOf(row.getString(3)),
                                    CaseState.valueOf(row.getString(4)),
                                    requireNonNull(instant(row, 5)),
                                    row.getString(6)));
                });
        return histories;
    }

    private static Set<CaseEvent> union(Set<CaseEvent> some, Set<CaseEvent> others) {
        Set<CaseEvent> all = EnumSet.copyOf(some);
        all.addAll(others);
        return all;
    }

    private static List<String> names(Collection<CaseEvent> events) {
        return events.stream().map(CaseEvent::name).toList();
    }

    private Map<Long, CaseFacts> cases(List<Long> caseIds) {
        Map<Long, CaseFacts> cases = new HashMap<>();
        jdbc.query(
                "SELECT c.id, c.student_id, c.location_id, c.provider_id, p.started_at, p.ended_at,"
                        + " p.contact_user_id, p.contact_every_days FROM lifecycle_case c"
                        + " LEFT JOIN lifecycle_bridging_plan p ON p.case_id = c.id WHERE c.id IN (:ids)",
                Map.of("ids", caseIds),
                (ResultSet row) -> {
                    Long student = row.getObject(2, Long.class);
                    long location = row.getLong(3);
                    Long provider = row.getObject(4, Long.class);
                    CaseFacts theCase = cases.computeIfAbsent(
                            row.getLong(1), id -> new CaseFacts(id, student, location, provider, new ArrayList<>()));
                    Instant started = instant(row, 5);
                    if (started != null) {
                        // as BridgingPlan#hasContact: a contact person and a rhythm, or a reason why none is needed
                        Integer every = row.getObject(7) == null ? null : row.getObject(8, Integer.class);
                        theCase.plans().add(new Plan(started, instant(row, 6), every));
                    }
                });
        cases.values().forEach(theCase -> theCase.plans().sort(java.util.Comparator.comparing(Plan::startedAt)));
        return cases;
    }

    /** An instant as the columns hold it: UTC (hibernate.jdbc.time_zone). */
    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** A stored instant: the columns hold UTC (hibernate.jdbc.time_zone). */
    private static @Nullable Instant instant(ResultSet row, int column) throws SQLException {
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /** The episode that ends with the care start at {@code started}; null if no referral precedes it. */
    private @Nullable CareEpisode episode(CaseFacts theCase, List<Step> steps, int started) {
        Step start = steps.get(started);
        int referral = -1;
        for (int i = started - 1; i >= 0; i--) {
            if (steps.get(i).event() == CaseEvent.REFER) {
                referral = i;
                break;
            }
        }
        if (referral < 0) {
            return null;
        }
        Step refer = steps.get(referral);
        long daysWaiting = 0;
        boolean waited = false;
        for (int i = referral + 1; i < started; i++) {
            if (steps.get(i).toState() == CaseState.WAITING) {
                waited = true;
                Instant left = start.occurredAt();
                for (int j = i + 1; j <= started; j++) {
                    if (steps.get(j).fromState() == CaseState.WAITING) {
                        left = steps.get(j).occurredAt();
                        break;
                    }
                }
                daysWaiting += ChronoUnit.DAYS.between(day(steps.get(i).occurredAt()), day(left));
            }
        }
        LocalDate careStartedOn = careStartDate(start);
        List<BridgingStretch> bridging = new ArrayList<>();
        for (Plan plan : theCase.plans()) {
            if (plan.startedAt().isBefore(refer.occurredAt())
                    || plan.startedAt().isAfter(start.occurredAt())) {
                continue;
            }
            Instant ended = plan.endedAt() == null || plan.endedAt().isAfter(start.occurredAt())
                    ? start.occurredAt()
                    : plan.endedAt();
            LocalDate until = day(ended).isAfter(careStartedOn) ? careStartedOn : day(ended);
            LocalDate planFrom = day(plan.startedAt());
            bridging.add(new BridgingStretch(
                    planFrom, until.isBefore(planFrom) ? planFrom : until, plan.contactEveryDays()));
        }
        Long providerId = longField(refer, EventField.PROVIDER_ID.jsonName());
        if (providerId == null) {
            providerId = theCase.providerId();
        }
        if (providerId == null) {
            return null;
        }
        return new CareEpisode(
                theCase.id(),
                theCase.studentId(),
                theCase.locationId(),
                providerId,
                day(refer.occurredAt()),
                careStartedOn,
                daysWaiting,
                waited,
                List.copyOf(bridging));
    }

    /** The date the receiver gave; the day they reported it when the history no longer holds it (retention). */
    private LocalDate careStartDate(Step start) {
        JsonNode value = payload(start).path(EventField.CARE_STARTED_ON.jsonName());
        if (value.isTextual()) {
            try {
                return LocalDate.parse(value.asText());
            } catch (DateTimeParseException e) {
                // not a date: the day of the report
            }
        }
        return day(start.occurredAt());
    }

    private @Nullable Long longField(Step step, String field) {
        JsonNode value = payload(step).path(field);
        return value.canConvertToLong() ? value.asLong() : null;
    }

    private JsonNode payload(Step step) {
        try {
            return json.readTree(requireNonNull(step.payload(), "a referral or care start is read with its payload"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored payloads are JSON", e);
        }
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, clock.getZone());
    }
}
