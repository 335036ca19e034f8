package nl.hulproute.agreements;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.hulproute.mail.Mail;
import nl.hulproute.notifications.Notifications;
import nl.hulproute.people.People;
import nl.hulproute.people.StudentSummary;
import nl.hulproute.people.Students;
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
 * Reminds the zorgcoördinatoren of the student's location of a yearly evaluation 8 weeks and 2 weeks before it is due,
 * and when it is overdue: once per agreement, due date and stage. Runs daily on one instance (ShedLock); the key in
 * {@code agreements_reminder} also keeps two runs from telling anyone twice. Texts name a student number and a link,
 * never anything about the student's need.
 */
@Component
class EvaluationReminders {

    static final String KIND = "AGREEMENT_EVALUATION_DUE";
    private static final String LOCK = "agreements-evaluation-reminders";
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
    private static final Logger log = LoggerFactory.getLogger(EvaluationReminders.class);

    private final EvaluationSchedule schedule;
    private final Students students;
    private final People people;
    private final Notifications notifications;
    private final Mail mail;
    private final JdbcTemplate jdbc;
    private final OneInstance oneInstance;
    private final Clock clock;
    private final TransactionTemplate transaction;

    EvaluationReminders(
            EvaluationSchedule schedule,
            Students students,
            People people,
            Notifications notifications,
            Mail mail,
            JdbcTemplate jdbc,
            OneInstance oneInstance,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.schedule = schedule;
        this.students = students;
        this.people = people;
        this.notifications = notifications;
        this.mail = mail;
        this.jdbc = jdbc;
        this.oneInstance = oneInstance;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Scheduled(
            cron = "${hulproute.agreements.reminder-cron:0 15 7 * * *}",
            zone = "${hulproute.time-zone:Europe/Amsterdam}")
    void daily() {
        run();
    }

    /** Sends every reminder that is due and not sent yet, unless another instance is at it right now. */
    void run() {
        oneInstance.run(LOCK, Duration.ofMinutes(30), this::remindAll);
    }

    private void remindAll() {
        LocalDate today = LocalDate.now(clock);
        List<EvaluationSchedule.Due> due = schedule.running(today).stream()
                .filter(agreement -> ReminderStage.at(agreement.dueOn(), today) != null)
                .toList();
        Map<Long, StudentSummary> placed = students.students(
                due.stream().map(EvaluationSchedule.Due::studentId).distinct().toList());
        int sent = 0;
        for (EvaluationSchedule.Due agreement : due) {
            ReminderStage stage = ReminderStage.at(agreement.dueOn(), today);
            StudentSummary student = placed.get(agreement.studentId());
            if (stage == null || student == null) {
                continue;
            }
            Boolean done = transaction.execute(status -> remindOnce(agreement, stage, student));
            sent += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        if (sent > 0) {
            log.info("Evaluation reminders: {} sent", sent);
        }
    }

    /** Records the reminder and tells the zorgcoördinatoren, in one transaction; false when it was sent before. */
    private boolean remindOnce(EvaluationSchedule.Due agreement, ReminderStage stage, StudentSummary student) {
        int recorded = jdbc.update(
                "INSERT IGNORE INTO agreements_reminder (agreement_id, due_on, stage, sent_at) VALUES (?, ?, ?, ?)",
                agreement.agreementId(),
                agreement.dueOn(),
                stage.name(),
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        if (recorded == 0) {
            return false;
        }
        List<Long> zorgcoordinatoren = people.staff(student.locationId(), Role.ZORGCOORDINATOR).stream()
                .map(UserSummary::id)
                .toList();
        remind(zorgcoordinatoren, agreement, stage, student);
        return true;
    }

    /**
     * The one place a reminder is told: an in-app notification now. An e-mail is one more call here, to each
     * recipient, with the link only (no health detail, no student number), keyed by agreement, due date and stage.
     */
    private void remind(
            List<Long> recipients, EvaluationSchedule.Due agreement, ReminderStage stage, StudentSummary student) {
        String due = agreement.dueOn().format(DAY);
        String title = switch (stage) {
            case WEEKS_8 ->
                "Over 8 weken (op " + due + ") moeten de ondersteuningsafspraken van student " + student.studentNumber()
                        + " met de student geëvalueerd zijn.";
            case WEEKS_2 ->
                "Over 2 weken (op " + due + ") moeten de ondersteuningsafspraken van student " + student.studentNumber()
                        + " met de student geëvalueerd zijn.";
            case OVERDUE ->
                "De jaarlijkse evaluatie van de ondersteuningsafspraken van student " + student.studentNumber()
                        + " is te laat: die moest uiterlijk op " + due + " zijn.";
        };
        notifications.notify(recipients, KIND, title, link(student.id()));
        // by e-mail too, in the same transaction as the reminder's key: when, and a link; never who or what
        String subject = switch (stage) {
            case WEEKS_8 -> "Hulproute: een jaarlijkse evaluatie komt eraan";
            case WEEKS_2 -> "Hulproute: een jaarlijkse evaluatie over 2 weken";
            case OVERDUE -> "Hulproute: een jaarlijkse evaluatie is te laat";
        };
        String body = "De jaarlijkse evaluatie van ondersteuningsafspraken met een student "
                + (stage == ReminderStage.OVERDUE
                        ? "moest uiterlijk op " + due + " plaatsvinden."
                        : "moet uiterlijk op " + due + " plaatsvinden.")
                + "\n\n" + mail.link(link(student.id()));
        for (long recipient : recipients) {
            mail.queueForUser(
                    recipient,
                    subject,
                    body,
                    "agreement-reminder:" + agreement.agreementId() + ":" + agreement.dueOn() + ":" + stage + ":"
                            + recipient);
        }
    }

    static String link(long studentId) {
        return "/afspraken/studenten/" + studentId;
    }
}
