package nl.hulproute.mail;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One mail in the outbox: what to send, to whom, and how sending it went. Inserted by {@link Mail}. */
@Entity
@Table(name = "mail_outbox")
class OutboxMail {

    @Id
    private Long id;

    private String idempotencyKey;
    private String messageId;
    private String recipient;
    private String subject;
    private String body;

    @Enumerated(EnumType.STRING)
    private MailStatus status;

    private int attempts;
    private Instant createdAt;
    private Instant nextAttemptAt;
    private @Nullable Instant firstAttemptAt;
    private @Nullable Instant lastAttemptAt;
    private @Nullable Instant sentAt;
    private @Nullable String lastError;

    @Version
    private long version;

    protected OutboxMail() {}

    boolean isDue(Instant now) {
        return (status == MailStatus.QUEUED || status == MailStatus.RETRYING) && !nextAttemptAt.isAfter(now);
    }

    /**
     * Claims the mail for one attempt: should the application stop before the outcome is recorded, the next
     * attempt comes after the backoff, with the same Message-ID.
     */
    void attempt(Instant now, Duration backoff) {
        attempts++;
        if (firstAttemptAt == null) {
            firstAttemptAt = now;
        }
        lastAttemptAt = now;
        nextAttemptAt = now.plus(backoff);
    }

    void sent(Instant now) {
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** The attempt failed: tried again after the backoff, or FAILED once the first attempt is long enough ago. */
    void failed(String error, Instant now, Duration giveUpAfter) {
        lastError = error.length() > 200 ? error.substring(0, 200) : error;
        Instant firstAttempt = firstAttemptAt == null ? now : firstAttemptAt;
        status = now.isBefore(firstAttempt.plus(giveUpAfter)) ? MailStatus.RETRYING : MailStatus.FAILED;
    }

    /** The functioneel beheerder sends a failed mail again: a new day of attempts, the same Message-ID. */
    void resend(Instant now) {
        status = MailStatus.QUEUED;
        nextAttemptAt = now;
        firstAttemptAt = null;
    }

    long id() {
        return id;
    }

    String idempotencyKey() {
        return idempotencyKey;
    }

    String messageId() {
        return messageId;
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    MailStatus status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    @Nullable
    Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    @Nullable
    Instant sentAt() {
        return sentAt;
    }

    @Nullable
    String lastError() {
        return lastError;
    }

    long version() {
        return version;
    }
}
