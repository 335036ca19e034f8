package nl.hulproute.reporting;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.hulproute.lifecycle.CareEpisodes;
import nl.hulproute.lifecycle.CareEpisodes.BridgingStretch;
import nl.hulproute.lifecycle.CareEpisodes.CareEpisode;
import nl.hulproute.people.Students;
import nl.hulproute.privacy.AccessAction;
import nl.hulproute.privacy.AccessLog;
import nl.hulproute.reporting.WaitingTimeViews.GroupView;
import nl.hulproute.reporting.WaitingTimeViews.WaitingTimesView;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.DomainProblem;
import nl.hulproute.shared.Permission;
import nl.hulproute.shared.Role;
import nl.hulproute.socialmap.ProviderRef;
import nl.hulproute.socialmap.Providers;
import nl.hulproute.waitinglist.BridgingContacts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The waiting-time report: of the referrals whose external care started in a period, per provider or per the
 * student's gemeente, how long it took from referral to care and how long students were on the waiting list, how
 * many of those waiting had a bridging plan with a school contact, and how many contacts were made against the plan.
 * A zorgcoördinator sees their own locations, an auditor the whole institution; a group of fewer than
 * {@link #MINIMUM_CASES} cases shows no figures, so nobody can be recognised in them.
 */
@Service
@Transactional(readOnly = true)
class WaitingTimes {

    /** Below this many cases a group's figures could point to a student: they are not shown. */
    static final int MINIMUM_CASES = 5;

    /** The longest period one report covers. */
    static final int MAXIMUM_DAYS = 5 * 366;

    static final String UNKNOWN_MUNICIPALITY = "Onbekend";

    private final CareEpisodes episodes;
    private final BridgingContacts contacts;
    private final Students students;
    private final Providers providers;
    private final AccessLog accessLog;
    private final Clock clock;

    WaitingTimes(
            CareEpisodes episodes,
            BridgingContacts contacts,
            Students students,
            Providers providers,
            AccessLog accessLog,
            Clock clock) {
        this.episodes = episodes;
        this.contacts = contacts;
        this.students = students;
        this.providers = providers;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** How the report groups the cases. */
    enum Grouping {
        PROVIDER,
        MUNICIPALITY;

        String parameter() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Grouping of(String parameter) {
            return valueOf(parameter.toUpperCase(java.util.Locale.ROOT));
        }
    }

    WaitingTimesView report(Actor actor, Grouping groupBy, LocalDate from, LocalDate to) {
        Permission.SEE_WAITING_TIMES.require(actor);
        if (from.isAfter(to)) {
            throw new DomainProblem.InvalidInput("report.period-reversed", "The period starts after it ends.");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAXIMUM_DAYS) {
            throw new DomainProblem.InvalidInput(
                    "report.period-too-long", "A report covers at most five years; choose a shorter period.");
        }
        boolean wholeInstitution = actor.has(Role.AUDITOR);
        accessLog.recordAcrossStudents(
                actor,
                AccessAction.VIEW,
                "waiting-times",
                "WAITING_TIMES from=" + from + " to=" + to + " groupBy=" + groupBy.parameter());
        List<CareEpisode> started = episodes.startedBetween(wholeInstitution ? null : actor.locationIds(), from, to);
        // contacts count only against a plan with a school contact, for a student who waited
        Map<Long, List<LocalDate>> contactDays = contacts.contactDays(started.stream()
                .filter(CareEpisode::waited)
                .filter(CareEpisode::bridgedWithContact)
                .map(CareEpisode::caseId)
                .distinct()
                .toList());
        Map<String, List<CareEpisode>> byKey = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        switch (groupBy) {
            case PROVIDER -> {
                Map<Long, ProviderRef> found = providers.refs(
                        started.stream().map(CareEpisode::providerId).distinct().toList());
                for (CareEpisode episode : started) {
                    String key = String.valueOf(episode.providerId());
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(episode);
                    ProviderRef provider = found.get(episode.providerId());
                    names.put(key, provider == null ? "Aanbieder " + key : provider.name());
                }
            }
            case MUNICIPALITY -> {
                Map<Long, String> found = students.municipalities(started.stream()
                        .map(CareEpisode::studentId)
                        .filter(Objects::nonNull)
                        .toList());
                for (CareEpisode episode : started) {
                    String municipality = episode.studentId() == null
                            ? UNKNOWN_MUNICIPALITY
                            : found.getOrDefault(episode.studentId(), UNKNOWN_MUNICIPALITY);
                    byKey.computeIfAbsent(municipality, k -> new ArrayList<>()).add(episode);
                    names.put(municipality, municipality);
                }
            }
        }
        List<GroupView> groups = byKey.entrySet().stream()
                .map(entry ->
                        group(entry.getKey(), requireNonNull(names.get(entry.getKey())), entry.getValue(), contactDays))
                .sorted(Comparator.comparing(GroupView::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(GroupView::key))
                .toList();
        return new WaitingTimesView(from, to, groupBy.parameter(), MINIMUM_CASES, groups, LocalDate.now(clock));
    }

    private static GroupView group(
            String key, String name, List<CareEpisode> episodes, Map<Long, List<LocalDate>> contactDays) {
        if (episodes.size() < MINIMUM_CASES) {
            return GroupView.suppressed(key, name);
        }
        List<Long> referralToCare =
                episodes.stream().map(CareEpisode::daysReferralToCare).toList();
        List<CareEpisode> waited = episodes.stream().filter(CareEpisode::waited).toList();
        boolean waitingShown = waited.size() >= MINIMUM_CASES;
        long withPlan = waited.stream().filter(CareEpisode::bridgedWithContact).count();
        long planned = 0;
        long made = 0;
        for (CareEpisode episode : waited) {
            List<LocalDate> days = contactDays.getOrDefault(episode.caseId(), List.of());
            for (BridgingStretch stretch : episode.bridging()) {
                if (!stretch.withContact()) {
                    continue;
                }
                planned += stretch.contactsPlanned();
                made += days.stream()
                        .filter(day -> day.isAfter(stretch.from()) || day.isEqual(stretch.from()))
                        .filter(day -> !day.isAfter(stretch.until()))
                        .count();
            }
        }
        List<Long> waitingDays =
                waited.stream().map(CareEpisode::daysOnWaitingList).toList();
        return new GroupView(
                key,
                name,
                false,
                episodes.size(),
                median(referralToCare),
                percentile90(referralToCare),
                waited.size(),
                waitingShown ? median(waitingDays) : null,
                waitingShown ? percentile90(waitingDays) : null,
                waitingShown ? (int) Math.round(100.0 * withPlan / waited.size()) : null,
                waitingShown ? made : null,
                waitingShown ? planned : null);
    }

    /** The middle value; for an even count the mean of the two middle ones. */
    static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n == 0) {
            throw new IllegalArgumentException("no values");
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** The 90th percentile by nearest rank: the smallest value that at least 90% of the values do not exceed. */
    static long percentile90(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        int rank = (int) Math.ceil(0.9 * sorted.size());
        return sorted.get(Math.max(1, rank) - 1);
    }

    /** The report as CSV (RFC 4180): a header and one line per group; a suppressed group has its name only. */
    static String csv(WaitingTimesView report) {
        StringBuilder csv = new StringBuilder(
                "key,name,suppressed,cases,referralToCareMedianDays,referralToCareP90Days,waitedCases,"
                        + "waitingListMedianDays,waitingListP90Days,bridgingPlanPercent,contactsMade,contactsPlanned\r\n");
        for (GroupView group : report.groups()) {
            csv.append(field(group.key()))
                    .append(',')
                    .append(field(group.name()))
                    .append(',')
                    .append(group.suppressed())
                    .append(',')
                    .append(cell(group.cases()))
                    .append(',')
                    .append(cell(group.referralToCareMedianDays()))
                    .append(',')
                    .append(cell(group.referralToCareP90Days()))
                    .append(',')
                    .append(cell(group.waitedCases()))
                    .append(',')
                    .append(cell(group.waitingListMedianDays()))
                    .append(',')
                    .append(cell(group.waitingListP90Days()))
                    .append(',')
                    .append(cell(group.bridgingPlanPercent()))
                    .append(',')
                    .append(cell(group.contactsMade()))
                    .append(',')
                    .append(cell(group.contactsPlanned()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String cell(@Nullable Number value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            return number % 1 == 0 ? String.valueOf(number.longValue()) : String.valueOf(number);
        }
        return String.valueOf(value);
    }

    private static String field(String value) {
        String safe = value;
        // a cell that starts like a formula is not run by a spreadsheet (CSV injection)
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return safe.matches("(?s).*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
