package nl.hulproute.waitinglist;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.hulproute.lifecycle.BridgingPlans;
import nl.hulproute.lifecycle.BridgingPlans.WaitingCase;
import nl.hulproute.mail.Mail;
import nl.hulproute.notifications.Notifications;
import nl.hulproute.people.People;
import nl.hulproute.people.UserSummary;
import nl.hulproute.shared.OneInstance;
import nl.hulproute.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An overdue bridging contact reaches the contact person and the case's zorgcoördinator (the owner, or else the
 * location's zorgcoördinatoren) in the app, and the contact person by e-mail: once per case and due date. A contact
 * recorded later moves the due date, so a new overdue date reminds again. Runs every morning on one instance.
 */
@Component
class BridgingReminders {

    static final String KIND = "BRIDGING_CONTACT_DUE";
    private static final String LOCK = "waitinglist-bridging-reminders";
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-yyyy");
    private static final Logger log = LoggerFactory.getLogger(BridgingReminders.class);

    private final BridgingPlans plans;
    private final People people;
    private final Notifications notifications;
    private final Mail mail;
    private final JdbcTemplate jdbc;
    private final OneInstance oneInstance;
    private final Clock clock;
    private final TransactionTemplate transaction;

    BridgingReminders(
            BridgingPlans plans,
            People people,
            Notifications notifications,
            Mail mail,
            JdbcTemplate jdbc,
            OneInstance oneInstance,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.plans = plans;
        this.people = people;
        this.notifications = notifications;
        this.mail = mail;
        this.jdbc = jdbc;
        this.oneInstance = oneInstance;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Scheduled(
            cron = "${hulproute.waitinglist.reminder-cron:0 0 7 * * *}",
            zone = "${hulproute.time-zone:Europe/Amsterdam}")
    void daily() {
        run();
    }

    /** Reminds of every overdue contact not reminded of yet, unless another instance is at it. */
    void run() {
        oneInstance.run(LOCK, Duration.ofMinutes(30), this::remindOverdue);
    }

    private void remindOverdue() {
        int reminded = 0;
        for (WaitingCase overdue : plans.overdue(LocalDate.now(clock))) {
            Boolean done = transaction.execute(status -> remind(overdue));
            reminded += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        if (reminded > 0) {
            log.info("Bridging reminders: {} overdue contact(s)", reminded);
        }
    }

    private boolean remind(WaitingCase overdue) {
        LocalDate due = overdue.nextContactDue();
        var plan = overdue.plan();
        if (due == null || plan == null || plan.contactUserId() == null) {
            return false;
        }
        int recorded = jdbc.update(
                "INSERT IGNORE INTO waitinglist_bridging_reminder (case_id, due_on, reminded_at) VALUES (?, ?, ?)",
                overdue.caseId(),
                due,
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        if (recorded == 0) {
            return false;
        }
        // the case number, not the student's: notifications and mails outlive the case's retention
        String title = "Het overbruggingscontact met een wachtende student (casus " + overdue.caseId()
                + ") was gepland op " + DUTCH_DATE.format(due) + ": neem contact op en leg het vast in de Wachtlijst.";
        Set<Long> recipients = new LinkedHashSet<>();
        recipients.add(plan.contactUserId());
        if (overdue.ownerUserId() != null
                && people.user(overdue.ownerUserId())
                        .map(user -> user.has(Role.ZORGCOORDINATOR))
                        .orElse(false)) {
            recipients.add(overdue.ownerUserId());
        } else {
            people.staff(overdue.locationId(), Role.ZORGCOORDINATOR).stream()
                    .map(UserSummary::id)
                    .forEach(recipients::add);
        }
        notifications.notify(recipients, KIND, title, "/wachtlijst");
        mail.queueForUser(
                plan.contactUserId(),
                "Overbruggingscontact gepland",
                title + "\n\n" + mail.link("/wachtlijst"),
                KIND + ":" + overdue.caseId() + ":" + due + ":" + plan.contactUserId());
        return true;
    }
}
