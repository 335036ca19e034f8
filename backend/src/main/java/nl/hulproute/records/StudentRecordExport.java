package nl.hulproute.records;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.hulproute.agreements.Agreements;
import nl.hulproute.casenotes.CaseNotes.NoteView;
import nl.hulproute.casenotes.NoteRecords;
import nl.hulproute.handover.HandoverRecords;
import nl.hulproute.intake.SignalRecords;
import nl.hulproute.lifecycle.CaseRecords;
import nl.hulproute.lifecycle.CaseRecords.CaseRecord;
import nl.hulproute.people.People;
import nl.hulproute.people.StudentRecords;
import nl.hulproute.people.StudentSummary;
import nl.hulproute.people.Students;
import nl.hulproute.people.UserSummary;
import nl.hulproute.privacy.AccessAction;
import nl.hulproute.privacy.AccessLog;
import nl.hulproute.privacy.AccessLogRecords;
import nl.hulproute.privacy.AccessLogView;
import nl.hulproute.privacy.AccessedRecord;
import nl.hulproute.records.StudentRecordView.AccessLine;
import nl.hulproute.records.StudentRecordView.CaseWithNotes;
import nl.hulproute.records.StudentRecordView.Exporter;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.DomainProblem;
import nl.hulproute.shared.Role;
import nl.hulproute.waitinglist.BridgingContacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The AVG inzage: a zorgcoördinator of the student's location exports everything recorded about the student, on
 * the student's request. The export is one EXPORT line in the access log, written before anything is read, so the
 * export contains its own log line and an export that cannot be logged does not happen.
 */
@Service
class StudentRecordExport {

    /** What the log says an export is for: an access request under AVG article 15. */
    static final String PURPOSE = "INZAGE";

    /** The access-log record kind of an export: the student's whole record. */
    static final String RECORD_KIND = "student-record";

    enum Format {
        JSON,
        PDF
    }

    private final Students students;
    private final StudentRecords studentRecords;
    private final People people;
    private final CaseRecords cases;
    private final NoteRecords notes;
    private final SignalRecords signals;
    private final Agreements agreements;
    private final BridgingContacts bridgingContacts;
    private final HandoverRecords handovers;
    private final AccessLogRecords accessLogRecords;
    private final AccessLog accessLog;
    private final Clock clock;
    private final TransactionTemplate snapshot;

    StudentRecordExport(
            Students students,
            StudentRecords studentRecords,
            People people,
            CaseRecords cases,
            NoteRecords notes,
            SignalRecords signals,
            Agreements agreements,
            BridgingContacts bridgingContacts,
            HandoverRecords handovers,
            AccessLogRecords accessLogRecords,
            AccessLog accessLog,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.students = students;
        this.studentRecords = studentRecords;
        this.people = people;
        this.cases = cases;
        this.notes = notes;
        this.signals = signals;
        this.agreements = agreements;
        this.bridgingContacts = bridgingContacts;
        this.handovers = handovers;
        this.accessLogRecords = accessLogRecords;
        this.accessLog = accessLog;
        this.clock = clock;
        this.snapshot = new TransactionTemplate(transactionManager);
        // not marked read-only, so the parts are read in one transaction, not each in auto-commit (ADR 0026)
    }

    /**
     * The student's whole record: 403 for anyone but a zorgcoördinator, 404 for a student who is not at one of
     * their locations (the same answer as for a student who does not exist).
     */
    StudentRecordView export(Actor actor, long studentId, Format format) {
        if (!actor.has(Role.ZORGCOORDINATOR)) {
            throw new DomainProblem.Forbidden(
                    "record.export-forbidden",
                    "Only a zorgcoördinator of the student's location exports a student's record.",
                    Map.of());
        }
        StudentSummary student = students.visibleTo(actor, studentId)
                .filter(found -> actor.worksAt(found.locationId()))
                .orElseThrow(() -> new DomainProblem.NotFound("student.not-found", "There is no such student."));
        accessLog.record(
                actor,
                AccessAction.EXPORT,
                List.of(new AccessedRecord(studentId, RECORD_KIND, studentId)),
                PURPOSE + " " + format.name().toLowerCase());
        // one transaction started after the log line was committed: a consistent snapshot that includes it
        return Objects.requireNonNull(snapshot.execute(status -> collect(actor, student)));
    }

    private StudentRecordView collect(Actor actor, StudentSummary student) {
        List<AccessLogView> log = accessLogRecords.about(student.id());
        Map<Long, UserSummary> users =
                people.users(log.stream().map(AccessLogView::userId).distinct().toList());
        return new StudentRecordView(
                clock.instant(),
                new Exporter(
                        actor.id(),
                        actor.displayName(),
                        actor.roles().stream().sorted().toList()),
                studentRecords.detailsOf(student.id()).orElseThrow(),
                casesWithNotes(student.id()),
                signals.ofStudent(student.id()),
                bridgingContacts.recordsOf(student.id()),
                handovers.packagesOf(student.id()),
                handovers.jointMeetingsOf(student.id()),
                agreements.recordsOf(student.id()),
                log.stream()
                        .map(line -> new AccessLine(
                                line.occurredAt(),
                                line.userId(),
                                users.containsKey(line.userId())
                                        ? users.get(line.userId()).displayName()
                                        : "",
                                line.username(),
                                line.roles(),
                                line.action(),
                                line.recordKind(),
                                line.recordId(),
                                line.purpose()))
                        .toList());
    }

    /** The lifecycle's cases of the student, each with the notes on it. */
    private List<CaseWithNotes> casesWithNotes(long studentId) {
        List<CaseRecord> recorded = cases.ofStudent(studentId);
        Map<Long, List<NoteView>> notesByCase =
                notes.ofCases(recorded.stream().map(CaseRecord::id).toList());
        return recorded.stream()
                .map(theCase -> new CaseWithNotes(theCase, notesByCase.getOrDefault(theCase.id(), List.of())))
                .toList();
    }
}
