package nl.hulproute.records;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.hulproute.agreements.Agreements;
import nl.hulproute.casenotes.NoteRecords;
import nl.hulproute.handover.HandoverRecords;
import nl.hulproute.intake.SignalRecords;
import nl.hulproute.lifecycle.CaseRecords;
import nl.hulproute.lifecycle.CaseRecords.Anonymised;
import nl.hulproute.lifecycle.CaseRecords.ClosedCase;
import nl.hulproute.mail.Mail;
import nl.hulproute.notifications.Notifications;
import nl.hulproute.people.StudentRecords;
import nl.hulproute.privacy.AccessLogRecords;
import nl.hulproute.shared.OneInstance;
import nl.hulproute.waitinglist.BridgingContacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention, nightly and on one instance only: anonymises the content of cases closed longer than
 * {@code hulproute.retention.case-content-after} ago whose student has left school, then the personal details of
 * students who left and have nothing left within retention together with the content of their support agreements
 * (their dates stay, so compliance at past peildata is still told), then removes notifications and mails older than the same
 * period (their texts may name a student), then access-log lines older than
 * {@code hulproute.retention.access-log-kept-for}. Each module anonymises its own tables; this job only decides
 * what is due, in batches of one transaction each (a case and its signals together, or not at all). Figures survive:
 * anonymised cases keep their state, location, dates, outcome and history steps. What it did is logged as counts.
 */
@Component
class RetentionJob {

    /** The ShedLock lock name: one run at a time across all instances. */
    static final String LOCK = "retention";

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    /** What one run did. */
    record RetentionReport(
            Instant casesClosedBefore,
            int casesAnonymised,
            int signalsAnonymised,
            int transitionsCleared,
            int bridgingPlansCleared,
            int consentsUnlinked,
            int studentsAnonymised,
            int agreementsCleared,
            int notificationsRemoved,
            int mailsRemoved,
            Instant accessLogBefore,
            long accessLogLinesRemoved,
            Duration took) {}

    private final CaseRecords cases;
    private final NoteRecords notes;
    private final SignalRecords signals;
    private final StudentRecords students;
    private final AccessLogRecords accessLog;
    private final BridgingContacts bridgingContacts;
    private final Agreements agreements;
    private final HandoverRecords handoverRecords;
    private final Notifications notifications;
    private final Mail mail;
    private final OneInstance oneInstance;
    private final RetentionProperties properties;
    private final Clock clock;
    private final TransactionTemplate batch;

    RetentionJob(
            CaseRecords cases,
            NoteRecords notes,
            SignalRecords signals,
            StudentRecords students,
            AccessLogRecords accessLog,
            BridgingContacts bridgingContacts,
            Agreements agreements,
            HandoverRecords handoverRecords,
            Notifications notifications,
            Mail mail,
            OneInstance oneInstance,
            RetentionProperties properties,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.cases = cases;
        this.notes = notes;
        this.signals = signals;
        this.students = students;
        this.accessLog = accessLog;
        this.bridgingContacts = bridgingContacts;
        this.agreements = agreements;
        this.handoverRecords = handoverRecords;
        this.notifications = notifications;
        this.mail = mail;
        this.oneInstance = oneInstance;
        this.properties = properties;
        this.clock = clock;
        this.batch = new TransactionTemplate(transactionManager);
    }

    @Scheduled(
            cron = "${hulproute.retention.cron:" + RetentionProperties.DEFAULT_CRON + "}",
            zone = "${hulproute.time-zone:Europe/Amsterdam}")
    void nightly() {
        run();
    }

    /**
     * One run, if this instance gets the lock: empty when another instance runs, or ran less than
     * {@code lock-at-least-for} ago (the same night's run, fired on a clock a little behind).
     */
    Optional<RetentionReport> run() {
        Optional<RetentionReport> report =
                oneInstance.run(LOCK, properties.lockAtMostFor(), properties.lockAtLeastFor(), this::anonymiseAndPurge);
        if (report.isEmpty()) {
            log.info("Retention: skipped, another instance holds the lock or ran moments ago");
        }
        return report;
    }

    private RetentionReport anonymiseAndPurge() {
        long started = System.nanoTime();
        ZonedDateTime now = clock.instant().atZone(clock.getZone());
        Instant closedBefore = now.minus(properties.caseContentAfter()).toInstant();
        LocalDate today = now.toLocalDate();

        int casesDone = 0;
        int signalsDone = 0;
        int transitionsDone = 0;
        int bridgingDone = 0;
        int consentsDone = 0;
        long afterCase = 0;
        while (true) {
            List<ClosedCase> closed = cases.closedBefore(closedBefore, afterCase, properties.batchSize());
            if (closed.isEmpty()) {
                break;
            }
            afterCase = closed.get(closed.size() - 1).caseId();
            Set<Long> left = students.whoLeft(
                    closed.stream().map(ClosedCase::studentId).distinct().toList(), today);
            List<Long> due = closed.stream()
                    .filter(theCase -> left.contains(theCase.studentId()))
                    .map(ClosedCase::caseId)
                    .toList();
            if (due.isEmpty()) {
                continue;
            }
            int[] done = Objects.requireNonNull(batch.execute(status -> {
                Anonymised anonymised = cases.anonymise(due, closedBefore);
                notes.forgetOfCases(anonymised.caseIds());
                int signalCount = signals.anonymiseOfCases(anonymised.caseIds());
                bridgingContacts.anonymiseOfCases(anonymised.caseIds());
                handoverRecords.anonymiseOfCases(anonymised.caseIds());
                return new int[] {
                    anonymised.caseIds().size(),
                    signalCount,
                    anonymised.transitions(),
                    anonymised.bridgingPlans(),
                    anonymised.consents()
                };
            }));
            casesDone += done[0];
            signalsDone += done[1];
            transitionsDone += done[2];
            bridgingDone += done[3];
            consentsDone += done[4];
        }

        int studentsDone = 0;
        int agreementsDone = 0;
        long afterStudent = 0;
        while (true) {
            List<Long> leavers = students.leftAndNotAnonymised(today, afterStudent, properties.batchSize());
            if (leavers.isEmpty()) {
                break;
            }
            afterStudent = leavers.get(leavers.size() - 1);
            int[] done = Objects.requireNonNull(batch.execute(status -> {
                Set<Long> withCases = cases.studentsWithCases(leavers);
                List<Long> due = new ArrayList<>(leavers);
                due.removeAll(withCases);
                // the agreements' content goes with the personal details; their dates stay for the figures
                return new int[] {students.anonymise(due, today), agreements.forgetContentOf(due)};
            }));
            studentsDone += done[0];
            agreementsDone += done[1];
        }

        // messages name students; none outlives the case content it was about
        int notificationsRemoved =
                Objects.requireNonNull(batch.execute(status -> notifications.forgetCreatedBefore(closedBefore)));
        int mailsRemoved = Objects.requireNonNull(batch.execute(status -> mail.forgetWrittenBefore(closedBefore)));

        Instant logBefore = now.minus(properties.accessLogKeptFor()).toInstant();
        long linesRemoved = accessLog.purgeBefore(logBefore);

        RetentionReport report = new RetentionReport(
                closedBefore,
                casesDone,
                signalsDone,
                transitionsDone,
                bridgingDone,
                consentsDone,
                studentsDone,
                agreementsDone,
                notificationsRemoved,
                mailsRemoved,
                logBefore,
                linesRemoved,
                Duration.ofNanos(System.nanoTime() - started));
        log.info(
                "Retention: anonymised {} cases closed before {} of students who left ({} signals, {} transitions, "
                        + "{} bridging plans, {} consents), {} students (and the content of {} agreements); removed {} notifications and {} mails written before then "
                        + "and {} access-log lines before {}; took {} ms",
                report.casesAnonymised(),
                report.casesClosedBefore(),
                report.signalsAnonymised(),
                report.transitionsCleared(),
                report.bridgingPlansCleared(),
                report.consentsUnlinked(),
                report.studentsAnonymised(),
                report.agreementsCleared(),
                report.notificationsRemoved(),
                report.mailsRemoved(),
                report.accessLogLinesRemoved(),
                report.accessLogBefore(),
                report.took().toMillis());
        return report;
    }
}
