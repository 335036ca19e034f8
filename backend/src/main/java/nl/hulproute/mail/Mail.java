package nl.hulproute.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import nl.hulproute.people.People;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends e-mail exactly once. {@link #queue} writes the mail in the caller's transaction (it stands or falls with the
 * change that causes it); the dispatcher sends it later. The same idempotency key queues one mail only, however often
 * it is asked, so a listener that runs twice sends nothing twice.
 *
 * <p>The subject and body are the caller's and go out as they are: never a health detail, observation or note; name
 * what happened and give a {@link #link}. Every body ends in a line saying so.
 */
@Service
@Transactional
public class Mail {

    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 3000;
    static final int MAX_KEY = 200;

    static final String FOOTER = "\n\n--\nDit bericht is automatisch verstuurd door Hulproute. Het bevat bewust geen "
            + "inhoud over de student: meld u aan in Hulproute om meer te zien.";

    private final JdbcTemplate jdbc;
    private final People people;
    private final MailProperties properties;
    private final Clock clock;

    Mail(JdbcTemplate jdbc, People people, MailProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Queues a mail to this address, unless one with this idempotency key was queued before.
     *
     * @param idempotencyKey names this one mail, e.g. {@code handover-new:42:2026-03-01T10:00:00Z:user-7}
     * @return true when queued now, false when the key was queued before
     */
    public boolean queue(String recipient, String subject, String body, String idempotencyKey) {
        require(!recipient.isBlank() && recipient.length() <= 320, "recipient");
        require(!subject.isBlank() && subject.length() <= MAX_SUBJECT && !subject.contains("\n"), "subject");
        require(body.length() <= MAX_BODY, "body");
        require(!idempotencyKey.isBlank() && idempotencyKey.length() <= MAX_KEY, "idempotencyKey");
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        // INSERT IGNORE: a second mail with the same key is no error, also when two transactions race for it (the
        // lengths are checked above, so nothing else is ignored)
        int inserted = jdbc.update(
                "INSERT IGNORE INTO mail_outbox (idempotency_key, message_id, recipient, subject, body, status, "
                        + "attempts, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)",
                idempotencyKey,
                "<" + UUID.randomUUID() + "@hulproute>",
                recipient.strip(),
                subject.strip(),
                body + FOOTER,
                MailStatus.QUEUED.name(),
                now,
                now);
        return inserted == 1;
    }

    /**
     * Removes every mail written before the cutoff, whatever became of it: retention keeps no old message text (a
     * text may name a student who has since been anonymised).
     *
     * @return how many were removed
     */
    public int forgetWrittenBefore(Instant cutoff) {
        return jdbc.update(
                "DELETE FROM mail_outbox WHERE created_at < ?", LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC));
    }

    /**
     * Queues a mail to this user's e-mail address, as {@link #queue}; nothing when the user has none or is disabled.
     *
     * @return true when queued now
     */
    public boolean queueForUser(long userId, String subject, String body, String idempotencyKey) {
        Optional<String> address = people.emailOf(userId);
        return address.isPresent() && queue(address.get(), subject, body, idempotencyKey);
    }

    /** A link into Hulproute for a mail's body, e.g. {@code link("/casussen/42")}. */
    public String link(String path) {
        String base = properties.baseUrl().endsWith("/")
                ? properties.baseUrl().substring(0, properties.baseUrl().length() - 1)
                : properties.baseUrl();
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    private static void require(boolean valid, String what) {
        if (!valid) {
            throw new IllegalArgumentException("mail " + what + " is empty or too long");
        }
    }
}
