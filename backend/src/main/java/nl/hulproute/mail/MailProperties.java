package nl.hulproute.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Hulproute sends e-mail. The SMTP server itself is Spring Boot's {@code spring.mail.*} (host, port, username,
 * password, properties); without {@code spring.mail.host} mail stays in the outbox.
 *
 * @param from the sender, e.g. {@code Hulproute <noreply@school.nl>}
 * @param baseUrl where users open Hulproute: links in mails are made absolute with it
 * @param dispatchCron how often the dispatcher looks for mail to send ({@code -} never, as in tests)
 * @param batchSize at most this many mails per run
 * @param firstRetryAfter the wait after the first failed attempt; it doubles after each further failure
 * @param maxRetryInterval the longest wait between attempts
 * @param giveUpAfter after this long since the first attempt a mail that still fails is FAILED
 */
@ConfigurationProperties("hulproute.mail")
public record MailProperties(
        @DefaultValue("Hulproute <noreply@hulproute.invalid>")
        String from,

        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("*/15 * * * * *") String dispatchCron,
        @DefaultValue("50") int batchSize,
        @DefaultValue("30s") Duration firstRetryAfter,
        @DefaultValue("1h") Duration maxRetryInterval,
        @DefaultValue("1d") Duration giveUpAfter) {

    /** The wait before the next attempt, after this many failed ones: 30 s, 1 min, 2 min, … up to the maximum. */
    Duration backoffAfter(int failedAttempts) {
        Duration wait = firstRetryAfter;
        for (int i = 1; i < failedAttempts && wait.compareTo(maxRetryInterval) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetryInterval) > 0 ? maxRetryInterval : wait;
    }
}
