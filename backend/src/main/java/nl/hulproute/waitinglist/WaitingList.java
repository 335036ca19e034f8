package nl.hulproute.waitinglist;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import nl.hulproute.shared.Permission;
import nl.hulproute.socialmap.ProviderRef;
import nl.hulproute.socialmap.Providers;
import nl.hulproute.waitinglist.WaitingListViews.WaitingListRow;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The waiting list: one row per waiting case the actor may see, overdue bridging first, then the longest waiting.
 * A location has tens of waiting students (one school: ~40), so the rows are ordered here, after the case query
 * (by location and state, indexed) has found them.
 */
@Service
@Transactional(readOnly = true)
class WaitingList {

    static final Comparator<WaitingListRow> ORDER = Comparator.comparing(WaitingListRow::overdue)
            .reversed()
            .thenComparing(WaitingListRow::waitingSince)
            .thenComparing(WaitingListRow::caseId);

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

    /**
     * The rows the actor sees. The cases shown are logged as soon as they are known, before their students, contacts
     * and providers are read: the line's writer commits it meanwhile, and the transaction waits for it (ADR 0022).
     */
    @Transactional(readOnly = true)
    List<WaitingListRow> rows(Actor actor, @Nullable Long providerId, boolean overdueOnly) {
        Permission.SEE_WAITING_LIST.require(actor);
        LocalDate today = LocalDate.now(clock);
        List<WaitingCase> waiting = plans.waitingList(actor).stream()
                .filter(found -> providerId == null || providerId.equals(found.providerId()))
                .filter(found -> !overdueOnly || overdue(found, today))
                .toList();
        accessLog.record(
                actor,
                AccessAction.LIST,
                waiting.stream()
                        .map(found -> new AccessedRecord(found.studentId(), "waiting-list", found.caseId()))
                        .toList());
        // names only: a row shows its student and contact person by name (docs/performance.md)
        Map<Long, StudentRef> studentsById =
                students.refs(waiting.stream().map(WaitingCase::studentId).toList());
        Map<Long, PersonRef> contacts = people.refs(waiting.stream()
                .map(found -> found.plan() == null ? null : found.plan().contactUserId())
                .toList());
        // one query for all of them, not one per provider; their names only (docs/performance.md)
        Map<Long, ProviderRef> providersById = providers.refs(waiting.stream()
                .map(WaitingCase::providerId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return waiting.stream()
                .map(found ->
                        row(found, requireNonNull(studentsById.get(found.studentId())), contacts, providersById, today))
                .sorted(ORDER)
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
