package nl.hulproute.mail;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import nl.hulproute.shared.DomainProblem;
import nl.hulproute.shared.PageView;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox as the functioneel beheerder sees it: who gets what subject and how sending went; never the body. */
@Service
@Transactional
class MailOutbox {

    private final OutboxMailRepository outbox;
    private final MailDispatcher dispatcher;
    private final Clock clock;

    MailOutbox(OutboxMailRepository outbox, MailDispatcher dispatcher, Clock clock) {
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Schema(name = "AdminMail", description = "One mail in the outbox (its body is not shown)")
    record AdminMail(
            long id,
            String recipient,
            String subject,
            MailStatus status,
            int attempts,
            Instant createdAt,

            @Schema(description = "when it is tried next; null once sent or failed") @Nullable
            Instant nextAttemptAt,

            @Nullable Instant lastAttemptAt,
            @Nullable Instant sentAt,

            @Schema(description = "what went wrong last, e.g. MailSendException: MailConnectException") @Nullable
            String lastError,

            long version) {

        static AdminMail of(OutboxMail mail) {
            boolean pending = mail.status() == MailStatus.QUEUED || mail.status() == MailStatus.RETRYING;
            return new AdminMail(
                    mail.id(),
                    mail.recipient(),
                    mail.subject(),
                    mail.status(),
                    mail.attempts(),
                    mail.createdAt(),
                    pending ? mail.nextAttemptAt() : null,
                    mail.lastAttemptAt(),
                    mail.sentAt(),
                    mail.lastError(),
                    mail.version());
        }
    }

    @Schema(
            name = "MailOutbox",
            description = "The outbox: whether an SMTP server is configured, counts per status, one page of mails")
    record OutboxView(boolean smtpConfigured, Map<MailStatus, Long> counts, PageView<AdminMail> mails) {}

    @Transactional(readOnly = true)
    OutboxView view(@Nullable MailStatus status, int page, int size) {
        PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
        Page<OutboxMail> found = status == null ? outbox.findAll(request) : outbox.findByStatus(status, request);
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus each : MailStatus.values()) {
            counts.put(each, outbox.countByStatus(each));
        }
        return new OutboxView(dispatcher.smtpConfigured(), counts, PageView.of(found, AdminMail::of));
    }

    /** Sends a FAILED mail again (with its Message-ID), against the version seen. */
    AdminMail resend(long id, long version) {
        OutboxMail mail = outbox.findForUpdate(id)
                .orElseThrow(() -> new DomainProblem.NotFound("mail.not-found", "There is no such mail."));
        if (mail.version() != version) {
            throw DomainProblem.Conflict.staleVersion("mail", Map.of("mailId", id), mail.version());
        }
        if (mail.status() != MailStatus.FAILED) {
            throw new DomainProblem.Conflict(
                    "mail.not-failed",
                    "Only a mail that failed can be sent again.",
                    Map.of("mailId", id, "mailStatus", mail.status()));
        }
        mail.resend(clock.instant());
        return AdminMail.of(outbox.saveAndFlush(mail));
    }
}
