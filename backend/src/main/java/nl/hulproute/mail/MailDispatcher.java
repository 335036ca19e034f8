package nl.hulproute.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import nl.hulproute.shared.OneInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due in the outbox, on one application instance at a time (ShedLock). Each mail is claimed in its own
 * transaction first (attempt counted, next attempt set after the backoff), then sent, then marked SENT: an SMTP
 * outage makes it RETRYING (30 s, 1 min, 2 min … up to an hour), a day of failures FAILED. An application killed
 * between sending and marking sends the mail once more after the backoff with the same Message-ID, so the receiving
 * side sees one message. Without an SMTP server ({@code spring.mail.host} unset) mail waits in the outbox.
 */
@Component
class MailDispatcher {

    private static final String LOCK = "mail-dispatch";
    private static final List<MailStatus> PENDING = List.of(MailStatus.QUEUED, MailStatus.RETRYING);
    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final OutboxMailRepository outbox;
    private final ObjectProvider<JavaMailSender> senders;
    private final OneInstance oneInstance;
    private final MailProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    MailDispatcher(
            OutboxMailRepository outbox,
            ObjectProvider<JavaMailSender> senders,
            OneInstance oneInstance,
            MailProperties properties,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.outbox = outbox;
        this.senders = senders;
        this.oneInstance = oneInstance;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Whether an SMTP server is configured; without one mail stays in the outbox. */
    boolean smtpConfigured() {
        return senders.getIfAvailable() != null;
    }

    @Scheduled(cron = "${hulproute.mail.dispatch-cron:*/15 * * * * *}")
    void scheduled() {
        run();
    }

    /** Sends what is due now, unless another instance is at it. */
    void run() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return;
        }
        oneInstance.run(LOCK, Duration.ofMinutes(10), () -> dispatch(sender));
    }

    private static final int MAX_BATCHES_PER_RUN = 50;

    private void dispatch(JavaMailSender sender) {
        int sent = 0;
        int failed = 0;
        // batch after batch until nothing is due: a burst larger than one batch goes out in this run, not over the
        // next minutes; a mail that fails is due again only after its backoff, so the loop ends (and at most
        // MAX_BATCHES_PER_RUN batches, so one run never holds the lock for long)
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            List<Long> due = outbox.findDue(PENDING, clock.instant(), PageRequest.of(0, properties.batchSize()));
            int claimedInBatch = 0;
            for (long id : due) {
                Optional<OutboxMail> claimed = transaction.execute(status -> claim(id));
                if (claimed == null || claimed.isEmpty()) {
                    continue;
                }
                claimedInBatch++;
                OutboxMail mail = claimed.get();
                try {
                    sender.send(message(sender, mail));
                    transaction.executeWithoutResult(
                            status -> outbox.findById(id).ifPresent(m -> m.sent(clock.instant())));
                    sent++;
                } catch (MailException | MessagingException e) {
                    // the class names what went wrong (connection refused, address rejected) without any content
                    String error = e.getClass().getSimpleName()
                            + (e.getCause() == null
                                    ? ""
                                    : ": " + e.getCause().getClass().getSimpleName());
                    transaction.executeWithoutResult(status -> outbox.findById(id)
                            .ifPresent(m -> m.failed(error, clock.instant(), properties.giveUpAfter())));
                    failed++;
                }
            }
            if (due.size() < properties.batchSize() || claimedInBatch == 0) {
                break;
            }
        }
        if (sent + failed > 0) {
            log.info("Mail dispatch: {} sent, {} failed (will retry or shown as failed)", sent, failed);
        }
    }

    private Optional<OutboxMail> claim(long id) {
        Instant now = clock.instant();
        return outbox.findForUpdate(id).filter(mail -> mail.isDue(now)).map(mail -> {
            mail.attempt(now, properties.backoffAfter(mail.attempts() + 1));
            return mail;
        });
    }

    private MimeMessage message(JavaMailSender sender, OutboxMail mail) throws MessagingException {
        Session session =
                sender instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new Properties());
        MimeMessage message = new FixedMessageId(session, mail.messageId());
        MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        helper.setSentDate(java.util.Date.from(mail.createdAt()));
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    /** Keeps the Message-ID fixed when the mail was queued; Jakarta Mail would make a new one on every send. */
    private static final class FixedMessageId extends MimeMessage {

        private final String messageId;

        FixedMessageId(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
