package nl.hulproute.waitinglist;

import static java.util.Objects.requireNonNull;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import nl.hulproute.lifecycle.BridgingPlans;
import nl.hulproute.lifecycle.BridgingPlans.WaitingCase;
import nl.hulproute.people.People;
import nl.hulproute.people.PersonRef;
import nl.hulproute.people.StudentRef;
import nl.hulproute.people.Students;
import nl.hulproute.privacy.AccessAction;
import nl.hulproute.privacy.AccessLog;
import nl.hulproute.privacy.AccessedRecord;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.PageView;
import nl.hulproute.shared.Permission;
import nl.hulproute.socialmap.ProviderRef;
import nl.hulproute.socialmap.Providers;
import nl.hulproute.waitinglist.WaitingListViews.WaitingListOverview;
import nl.hulproute.waitinglist.WaitingListViews.WaitingListRow;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The waiting list: one row per waiting case the actor may see, overdue bridging first, then the longest waiting.
 * Which cases wait is one statement (by location and state, indexed) that reads no names. A location has tens of
 * waiting students (one school: ~40; a large ROC location a few hundred), so they are ordered and filtered here,
 * because "overdue" depends on today; only the rows shown are then logged and given their names.
 */
@Service
@Transactional(readOnly = true)
class WaitingList {

    // the JDK's collators compare under a lock, so one instance serves every request
    private static final Collator DUTCH = Collator.getInstance(Locale.forLanguageTag("nl"));

    private final BridgingPlans plans;
    private final Students students;
    private final People people;
    private final Providers providers;
    private final AccessLog accessLog;
    private final Clock clock;

    WaitingList(
            BridgingPlans plans,
            Students students,
            People people,
            Providers providers,
            AccessLog accessLog,
            Clock clock) {
        this.plans = plans;
        this.students = students;
        this.people = people;
        this.providers = providers;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Every row the actor sees under the filters, in the list's order. */
    @Transactional(readOnly = true)
    List<WaitingListRow> rows(Actor actor, @Nullable Long providerId, boolean overdueOnly) {
        LocalDate today = LocalDate.now(clock);
        List<WaitingCase> shown = filtered(waiting(actor, today), providerId, overdueOnly, today);
        logShown(actor, shown);
        return rows(shown, providerNames(shown), today);
    }

    /**
     * One page of the rows under the filters, with the whole list's summary: how many wait, how many of them are
     * overdue and the providers they wait for. Only the page's rows are logged and read by name.
     */
    @Transactional(readOnly = true)
    WaitingListOverview overview(Actor actor, @Nullable Long providerId, boolean overdueOnly, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        List<WaitingCase> all = waiting(actor, today);
        List<WaitingCase> shown = filtered(all, providerId, overdueOnly, today);
        List<WaitingCase> page = shown.stream()
                .skip(pageable.getOffset())
                .limit(pageable.getPageSize())
                .toList();
        logShown(actor, page);
        Map<Long, ProviderRef> providerNames = providerNames(all);
        List<WaitingListRow> rows = rows(page, providerNames, today);
        return new WaitingListOverview(
                all.size(),
                all.stream().filter(found -> overdue(found, today)).count(),
                providerNames.values().stream()
                        .sorted(Comparator.comparing(ProviderRef::name, DUTCH).thenComparing(ProviderRef::id))
                        .toList(),
                PageView.of(new PageImpl<>(rows, pageable, shown.size()), Function.identity()));
    }

    /** The waiting cases the actor sees, overdue first, then the longest waiting. */
    private List<WaitingCase> waiting(Actor actor, LocalDate today) {
        Permission.SEE_WAITING_LIST.require(actor);
        return plans.waitingList(actor).stream()
                .sorted(Comparator.comparing((WaitingCase found) -> !overdue(found, today))
                        .thenComparing(WaitingCase::waitingSince)
                        .thenComparing(WaitingCase::caseId))
                .toList();
    }

    private static List<WaitingCase> filtered(
            List<WaitingCase> waiting, @Nullable Long providerId, boolean overdueOnly, LocalDate today) {
        return waiting.stream()
                .filter(found -> providerId == null || providerId.equals(found.providerId()))
                .filter(found -> !overdueOnly || overdue(found, today))
                .toList();
    }

    /** The names of the providers these cases wait for: one query for all of them (docs/performance.md). */
    private Map<Long, ProviderRef> providerNames(List<WaitingCase> waiting) {
        return providers.refs(waiting.stream()
                .map(WaitingCase::providerId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    }

    /**
     * Logs the cases shown as soon as they are known, before any names are read: the line's writer commits it
     * meanwhile, and the transaction waits for it (ADR 0022).
     */
    private void logShown(Actor actor, List<WaitingCase> shown) {
        accessLog.record(
                actor,
                AccessAction.LIST,
                shown.stream()
                        .map(found -> new AccessedRecord(found.studentId(), "waiting-list", found.caseId()))
                        .toList());
    }

    /** The rows of these cases, in their order. */
    private List<WaitingListRow> rows(List<WaitingCase> shown, Map<Long, ProviderRef> providerNames, LocalDate today) {
        // names only: a row shows its student and contact person by name (docs/performance.md)
        Map<Long, StudentRef> studentsById =
                students.refs(shown.stream().map(WaitingCase::studentId).toList());
        Map<Long, PersonRef> contacts = people.refs(shown.stream()
                .map(found -> found.plan() == null ? null : found.plan().contactUserId())
                .toList());
        return shown.stream()
                .map(found ->
                        row(found, requireNonNull(studentsById.get(found.studentId())), contacts, providerNames, today))
                .toList();
    }

    /** Its next bridging contact was due before today. */
    private static boolean overdue(WaitingCase found, LocalDate today) {
        LocalDate due = found.nextContactDue();
        return due != null && due.isBefore(today);
    }

    /** Sets the provider's expected start of a waiting case; its row as it is now. */
    @Transactional
    WaitingListRow setExpectedStart(Actor actor, long caseId, @Nullable LocalDate expectedStart) {
        Permission.SEE_WAITING_LIST.require(actor);
        WaitingCase found = plans.setExpectedStart(actor, caseId, expectedStart);
        accessLog.record(actor, AccessAction.CHANGE, new AccessedRecord(found.studentId(), "expected-start", caseId));
        Long contactId = found.plan() == null ? null : found.plan().contactUserId();
        Map<Long, ProviderRef> provider =
                found.providerId() == null ? Map.of() : providers.refs(List.of(found.providerId()));
        return row(
                found,
                requireNonNull(students.refs(List.of(found.studentId())).get(found.studentId())),
                people.refs(java.util.Arrays.asList(contactId)),
                provider,
                LocalDate.now(clock));
    }

    private WaitingListRow row(
            WaitingCase found,
            StudentRef student,
            Map<Long, PersonRef> contacts,
            Map<Long, ProviderRef> providersById,
            LocalDate today) {
        LocalDate since = LocalDate.ofInstant(found.waitingSince(), clock.getZone());
        LocalDate due = found.nextContactDue();
        var plan = found.plan();
        @Nullable Long contactId = plan == null ? null : plan.contactUserId();
        return new WaitingListRow(
                found.caseId(),
                student,
                found.providerId() == null
                        ? null
                        : providersById.getOrDefault(found.providerId(), new ProviderRef(found.providerId(), "")),
                found.waitingSince(),
                ChronoUnit.DAYS.between(since, today),
                found.expectedStartDate(),
                PersonRef.named(contactId, contacts),
                plan == null ? null : plan.contactEveryDays(),
                plan == null ? null : plan.description(),
                plan == null ? null : plan.noBridgingReason(),
                plan == null ? null : plan.lastContactOn(),
                due,
                overdue(found, today),
                found.state());
    }
}
