package nl.hulproute.waitinglist;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.hulproute.lifecycle.BridgingContactCount;
import nl.hulproute.lifecycle.BridgingPlans;
import nl.hulproute.lifecycle.BridgingPlans.WaitingCase;
import nl.hulproute.people.People;
import nl.hulproute.people.PersonRef;
import nl.hulproute.people.UserSummary;
import nl.hulproute.privacy.AccessAction;
import nl.hulproute.privacy.AccessLog;
import nl.hulproute.privacy.AccessedRecord;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.DomainProblem;
import nl.hulproute.shared.InBatches;
import nl.hulproute.waitinglist.WaitingListViews.BridgingContactView;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the contacts between school and a waiting student: the plan's contact person or the case's
 * zorgcoördinator, on a day not in the future, with an optional short note. Each contact moves the plan's next due
 * date, in the same transaction.
 */
@Service
@Transactional
public class BridgingContacts implements BridgingContactCount {

    static final int CASES_PER_STATEMENT = 1_000;

    private final BridgingContactRepository contacts;
    private final NamedParameterJdbcTemplate jdbc;
    private final BridgingPlans plans;
    private final People people;
    private final AccessLog accessLog;
    private final Clock clock;
    private final BridgingContactMapper mapper;

    BridgingContacts(
            BridgingContactRepository contacts,
            NamedParameterJdbcTemplate jdbc,
            BridgingPlans plans,
            People people,
            AccessLog accessLog,
            Clock clock,
            BridgingContactMapper mapper) {
        this.contacts = contacts;
        this.jdbc = jdbc;
        this.plans = plans;
        this.people = people;
        this.accessLog = accessLog;
        this.clock = clock;
        this.mapper = mapper;
    }

    /** Records a contact as this actor (for other modules, such as the demo); the id of the new contact. */
    public long recordContact(Actor actor, long caseId, LocalDate contactedOn, @Nullable String note) {
        return record(actor, caseId, contactedOn, note).id();
    }

    /** A bridging contact as the AVG inzage shows it: which case, when, the note, who recorded it. */
    public record ContactRecord(
            long caseId, LocalDate contactedOn, @Nullable String note, String recordedBy, Instant recordedAt) {}

    /**
     * Every bridging contact with the student, oldest first, for the AVG inzage; the caller decided the access and
     * logged the export.
     */
    @Transactional(readOnly = true)
    public List<ContactRecord> recordsOf(long studentId) {
        List<BridgingContact> found = contacts.findByStudentIdOrderByContactedOnAscIdAsc(studentId);
        Map<Long, UserSummary> users = people.users(
                found.stream().map(BridgingContact::recordedByUserId).toList());
        return found.stream().map(contact -> mapper.toRecord(contact, users)).toList();
    }

    /**
     * The days on which school had contact with the students of these cases, per case, oldest first: for figures
     * (contacts made against contacts planned). Dates only; takes no actor, the caller decides who sees the figures.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<LocalDate>> contactDays(Collection<Long> caseIds) {
        Map<Long, List<LocalDate>> days = new java.util.HashMap<>();
        if (caseIds.isEmpty()) {
            return days;
        }
        // plain rows on ix_waitinglist_bridging_contact_case, in batches: an auditor's year at national scale names
        // over a hundred thousand cases, which Hibernate would translate anew as one JPQL list
        for (List<Long> batch : InBatches.of(caseIds, CASES_PER_STATEMENT)) {
            jdbc.query(
                    "SELECT case_id, contacted_on FROM waitinglist_bridging_contact WHERE case_id IN (:ids)",
                    Map.of("ids", batch),
                    (ResultSet row) -> {
                        days.computeIfAbsent(row.getLong(1), id -> new java.util.ArrayList<>())
                                .add(row.getObject(2, LocalDate.class));
                    });
        }
        days.values().forEach(list -> list.sort(java.util.Comparator.naturalOrder()));
        return days;
    }

    @Override
    @Transactional(readOnly = true)
    public long contactsMade(long caseId) {
        return contacts.countByCaseId(caseId);
    }

    /** Retention, for anonymised cases: removes the contacts' notes and their student; the dates stay. */
    public int anonymiseOfCases(Collection<Long> caseIds) {
        return caseIds.isEmpty() ? 0 : contacts.anonymiseOfCases(caseIds);
    }

    BridgingContactView record(Actor actor, long caseId, LocalDate contactedOn, @Nullable String note) {
        WaitingCase waiting = plans.requireBridgingWork(actor, caseId);
        if (contactedOn.isAfter(LocalDate.now(clock))) {
            throw new DomainProblem.Unprocessable(
                    "bridging.contact-in-future",
                    "A contact is recorded once it happened, not before.",
                    Map.of("caseId", caseId));
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        BridgingContact saved = contacts.saveAndFlush(
                new BridgingContact(caseId, waiting.studentId(), contactedOn, text, actor.id(), clock.instant()));
        plans.contactMade(caseId, contactedOn);
        accessLog.record(
                actor, AccessAction.CHANGE, new AccessedRecord(waiting.studentId(), "bridging-contact", saved.id()));
        return view(saved, people.users(List.of(actor.id())));
    }

    @Transactional(readOnly = true)
    List<BridgingContactView> of(Actor actor, long caseId) {
        long studentId = plans.requireBridgingReader(actor, caseId);
        List<BridgingContact> found = contacts.findByCaseIdOrderByContactedOnDescIdDesc(caseId);
        accessLog.record(actor, AccessAction.VIEW, new AccessedRecord(studentId, "bridging-contacts", caseId));
        Map<Long, UserSummary> users = people.users(
                found.stream().map(BridgingContact::recordedByUserId).toList());
        return found.stream().map(contact -> view(contact, users)).toList();
    }

    private static BridgingContactView view(BridgingContact contact, Map<Long, UserSummary> users) {
        return new BridgingContactView(
                contact.id(),
                contact.contactedOn(),
                contact.note(),
                PersonRef.of(contact.recordedByUserId(), users),
                contact.recordedAt());
    }
}
