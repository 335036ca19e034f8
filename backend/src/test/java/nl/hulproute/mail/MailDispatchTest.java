package nl.hulproute.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.hulproute.platform.MovableClock;
import nl.hulproute.shared.Role;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail exactly once, against a real SMTP server inside the test (GreenMail): queued in the caller's transaction,
 * sent once whatever the number of runs, delayed (not lost) while the server is down, failed after a day and sent
 * again by the functioneel beheerder, and after a crash between sending and recording sent with the same Message-ID.
 */
@HulprouteTest
class MailDispatchTest {

    private static final int PORT = freePort();
    private static GreenMail smtp = start();

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> 2000);
    }

    @Autowired
    Mail mail;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void serverUp() throws Exception {
        if (!smtp.isRunning()) {
            smtp = start();
        }
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Test
    void aMailQueuedTwiceUnderOneKeyIsSentOnceHoweverOftenTheDispatcherRuns() throws Exception {
        String key = "test:" + UUID.randomUUID();
        String to = "ontvanger-" + UUID.randomUUID() + "@school.test";
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        Boolean first = transaction.execute(
                status -> mail.queue(to, "Nieuwe overdracht", "Open " + mail.link("/overdrachten"), key));
        Boolean second = transaction.execute(status -> mail.queue(to, "Nieuwe overdracht", "nog eens", key));
        assertThat(first).isTrue();
        assertThat(second).isFalse();

        dispatcher.run();
        dispatcher.run();

        MimeMessage[] received = receivedBy(to);
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Nieuwe overdracht");
        assertThat(received[0].getMessageID()).isEqualTo(messageIdOf(key));
        assertThat(GreenMailUtil.getBody(received[0]))
                .contains("http://localhost:8080/overdrachten")
                .contains("geen inhoud over de student")
                .doesNotContain("nog eens");
        assertThat(statusOf(key)).isEqualTo("SENT");
    }

    @Test
    void aMailOfATransactionThatRollsBackIsNeverSent() throws Exception {
        String key = "test:" + UUID.randomUUID();
        String to = "ontvanger-" + UUID.randomUUID() + "@school.test";
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            mail.queue(to, "Teruggedraaid", "Dit gebeurde niet.", key);
            status.setRollbackOnly();
        });
        dispatcher.run();
        assertThat(receivedBy(to)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE idempotency_key = ?", Long.class, key))
                .isZero();
    }

    @Test
    void anSmtpOutageDelaysAMailWhichArrivesOnceWhenTheServerIsBack() throws Exception {
        String key = "test:" + UUID.randomUUID();
        String to = "ontvanger-" + UUID.randomUUID() + "@school.test";
        smtp.stop();
        queue(to, key);

        dispatcher.run();
        Map<String, Object> row = row(key);
        assertThat(row.get("status")).isEqualTo("RETRYING");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(row.get("last_error").toString()).contains("MailSendException");
        // the first retry comes within a minute
        assertThat(Duration.between(instant(row, "last_attempt_at"), instant(row, "next_attempt_at")))
                .isPositive()
                .isLessThanOrEqualTo(Duration.ofMinutes(1));

        dispatcher.run(); // not due yet: no second attempt
        assertThat(row(key).get("attempts")).isEqualTo(1);

        smtp = start();
        clock.advance(Duration.ofSeconds(31));
        dispatcher.run();
        dispatcher.run();
        assertThat(receivedBy(to)).hasSize(1);
        assertThat(row(key).get("status")).isEqualTo("SENT");
        assertThat(row(key).get("attempts")).isEqualTo(2);
    }

    @Test
    void aMailStillFailingAfterADayIsShownAsFailedAndTheAdministratorSendsItAgain() throws Exception {
        User admin = fixtures.user(Role.ADMIN, Set.of(), null);
        String key = "test:" + UUID.randomUUID();
        String to = "ontvanger-" + UUID.randomUUID() + "@school.test";
        smtp.stop();
        queue(to, key);
        dispatcher.run();
        for (int hour = 0; hour < 26 && !"FAILED".equals(statusOf(key)); hour++) {
            clock.advance(Duration.ofHours(1));
            dispatcher.run();
        }
        assertThat(statusOf(key)).isEqualTo("FAILED");
        int attempts = (int) row(key).get("attempts");
        clock.advance(Duration.ofHours(2));
        dispatcher.run();
        assertThat(row(key).get("attempts"))
                .as("a failed mail waits for the administrator")
                .isEqualTo(attempts);

        JsonNode listed = adminMail(admin, key);
        assertThat(listed.path("status").asText()).isEqualTo("FAILED");
        assertThat(listed.has("body")).isFalse();
        assertThat(api.as(admin)
                        .get("/api/admin/mail?status=FAILED&size=100")
                        .body()
                        .path("counts")
                        .path("FAILED")
                        .asLong())
                .isPositive();

        // only the administrator, only against the version seen, only a failed mail
        User zc = fixtures.school().zorgcoordinator();
        long id = listed.path("id").asLong();
        assertThat(api.as(zc)
                        .post(
                                "/api/admin/mail/" + id + "/resend",
                                Map.of("version", listed.path("version").asLong()))
                        .status())
                .isEqualTo(403);
        assertThat(api.as(admin)
                        .post("/api/admin/mail/" + id + "/resend", Map.of("version", 999))
                        .code())
                .isEqualTo("mail.version-stale");
        var resent = api.as(admin)
                .post(
                        "/api/admin/mail/" + id + "/resend",
                        Map.of("version", listed.path("version").asLong()));
        assertThat(resent.status()).isEqualTo(200);
        assertThat(resent.body().path("status").asText()).isEqualTo("QUEUED");

        smtp = start();
        dispatcher.run();
        MimeMessage[] received = receivedBy(to);
        assertThat(received).hasSize(1);
        assertThat(received[0].getMessageID()).isEqualTo(messageIdOf(key));
        var again = api.as(admin)
                .post(
                        "/api/admin/mail/" + id + "/resend",
                        Map.of("version", adminMail(admin, key).path("version").asLong()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("mail.not-failed");
    }

    @Test
    void aMailSentAgainAfterACrashBeforeItWasRecordedCarriesTheSameMessageId() throws Exception {
        String key = "test:" + UUID.randomUUID();
        String to = "ontvanger-" + UUID.randomUUID() + "@school.test";
        queue(to, key);
        dispatcher.run();
        // the application stopped after the SMTP server took the mail, before it was marked sent: the claim stands
        jdbc.update("UPDATE mail_outbox SET status = 'QUEUED', sent_at = NULL WHERE idempotency_key = ?", key);
        clock.advance(Duration.ofMinutes(1));
        dispatcher.run();

        MimeMessage[] received = receivedBy(to);
        assertThat(received).hasSize(2);
        assertThat(Arrays.stream(received).map(MailDispatchTest::messageId).distinct())
                .containsExactly(messageIdOf(key));
    }

    // --- helpers ---

    private void queue(String to, String key) {
        new TransactionTemplate(transactions)
                .executeWithoutResult(
                        status -> mail.queue(to, "Onderwerp", "Open Hulproute: " + mail.link("/meldingen"), key));
    }

    private JsonNode adminMail(User admin, String key) {
        String recipient = row(key).get("recipient").toString();
        for (JsonNode each : api.as(admin)
                .get("/api/admin/mail?size=100")
                .body()
                .path("mails")
                .path("content")) {
            if (each.path("recipient").asText().equals(recipient)) {
                return each;
            }
        }
        throw new AssertionError("not in the outbox view: " + key);
    }

    private MimeMessage[] receivedBy(String to) throws Exception {
        if (!smtp.isRunning()) {
            return new MimeMessage[0];
        }
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients())
                                .anyMatch(a -> a.toString().equals(to));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toArray(MimeMessage[]::new);
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String messageIdOf(String key) {
        return row(key).get("message_id").toString();
    }

    private String statusOf(String key) {
        return row(key).get("status").toString();
    }

    private Map<String, Object> row(String key) {
        return jdbc.queryForMap("SELECT * FROM mail_outbox WHERE idempotency_key = ?", key);
    }

    private static Instant instant(Map<String, Object> row, String column) {
        Object value = row.get(column);
        java.time.LocalDateTime local = value instanceof java.sql.Timestamp timestamp
                ? timestamp.toLocalDateTime()
                : (java.time.LocalDateTime) value;
        return local.toInstant(java.time.ZoneOffset.UTC);
    }

    private static GreenMail start() {
        GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
