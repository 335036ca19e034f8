package nl.hulproute.lifecycle;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.hulproute.notifications.Notifications;
import nl.hulproute.people.People;
import nl.hulproute.people.StudentSummary;
import nl.hulproute.people.Students;
import nl.hulproute.people.UserSummary;
import nl.hulproute.shared.OneInstance;
import nl.hulproute.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A handover the provider has not answered within the configured working days escalates to the zorgcoördinatoren of
 * the case's location and its owner: once per handover, with a link to the case and no health details. The deadline
 * is the one the caseload shows ({@link CaseDeadlines}). Runs hourly on one instance (ShedLock); each escalation is
 * also guarded by its own key, so no one is told twice.
 */
@Component
class HandoverEscalation {

    static final String KIND = "HANDOVER_UNANSWERED";
    private static final String LOCK = "lifecycle-handover-escalation";
    private static final Logger log = LoggerFactory.getLogger(HandoverEscalation.class);

    private final CaseRepository cases;
    private final CaseDeadlines deadlines;
    private final Students students;
    private final People people;
    private final Notifications notifications;
    private final JdbcTemplate jdbc;
    private final OneInstance oneInstance;
    private final LifecycleProperties norms;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    HandoverEscalation(
            CaseRepository cases,
            CaseDeadlines deadlines,
            Students students,
            People people,
            Notifications notifications,
            JdbcTemplate jdbc,
            OneInstance oneInstance,
            LifecycleProperties norms,
            Clock clock,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.students = students;
        this.people = people;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.oneInstance = oneInstance;
        this.norms = norms;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.events = events;
    }

    @Scheduled(
            cron = "${hulproute.lifecycle.escalation-cron:0 5 * * * *}",
            zone = "${hulproute.time-zone:Europe/Amsterdam}")
    void hourly() {
        run();
    }

    /**
     * Escalates every overdue handover not escalated yet, unless another instance is at it right now. The lock is
     * held no longer than the run: a run moments later finds nothing new to do, as each escalation has its own key.
     */
    void run() {
        oneInstance.run(LOCK, Duration.ofMinutes(30), this::escalateOverdue);
    }

    private void escalateOverdue() {
        LocalDate today = LocalDate.now(clock);
        // working days are never fewer than calendar days: a cheap bound, then the exact deadline per case
        Instant startedBefore = clock.instant().minus(Duration.ofDays(norms.handoverResponseWorkingDays()));
        List<Case> overdue = cases.findByStateAndHandoverStartedAtBefore(CaseState.HANDOVER, startedBefore).stream()
                .filter(theCase -> {
                    LocalDate deadline = deadlines.next(theCase, clock.getZone());
                    return deadline != null && deadline.isBefore(today);
                })
                .toList();
        int escalated = 0;
        for (Case theCase : overdue) {
            Boolean done = transaction.execute(status -> escalate(theCase));
            escalated += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        if (escalated > 0) {
            log.info("Handover escalation: {} unanswered handover(s) escalated", escalated);
        }
    }

    /** Records the escalation and tells the case team, in one transaction; false when it was escalated before. */
    private boolean escalate(Case theCase) {
        int recorded = jdbc.update(
                "INSERT IGNORE INTO lifecycle_handover_escalation (case_id, handover_started_at, escalated_at) "
                        + "VALUES (?, ?, ?)",
                theCase.id(),
                utc(requireNonNull(theCase.handoverStartedAt())),
                utc(clock.instant()));
        if (recorded == 0) {
            return false;
        }
        Set<Long> recipients = new LinkedHashSet<>();
        people.staff(theCase.locationId(), Role.ZORGCOORDINATOR).stream()
                .map(UserSummary::id)
                .forEach(recipients::add);
        if (theCase.ownerUserId() != null) {
            recipients.add(theCase.ownerUserId());
        }
        String studentNumber = students.student(theCase.studentId())
                .map(StudentSummary::studentNumber)
                .orElseThrow();
        notifications.notify(
                recipients,
                KIND,
                "De warme overdracht van student " + studentNumber + " is na " + norms.handoverResponseWorkingDays()
                        + " werkdagen nog niet beantwoord door de zorgaanbieder.",
                "/casussen/" + theCase.id());
        events.publishEvent(new HandoverUnanswered(
                theCase.id(),
                requireNonNull(theCase.handoverStartedAt()),
                List.copyOf(recipients),
                norms.handoverResponseWorkingDays()));
        return true;
    }

    /** As Hibernate stores every instant (jdbc.time_zone=UTC), so the key matches the case's own column. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
