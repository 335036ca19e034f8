package nl.hulproute.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import nl.hulproute.platform.MovableClock;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.Role;
import nl.hulproute.testsupport.OwnDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessException;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access log on its own (it needs only the shared kernel and a clock): a read is logged even when what read it
 * fails afterwards, a change's line stands or falls with the change (ADR 0016), and the student's record lists every
 * line about them, oldest first.
 */
@ApplicationModuleTest
@OwnDatabase("privacy_module")
class PrivacyModuleTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        MovableClock clock() {
            return new MovableClock(ZoneId.of("Europe/Amsterdam"));
        }
    }

    @Autowired
    AccessLog accessLog;

    @Autowired
    AccessLogRecords records;

    @Autowired
    TransactionTemplate transaction;

    private static long next = System.nanoTime() % 1_000_000_000L;

    private static Actor zorgcoordinator() {
        long id = ++next;
        return new Actor(id, "zc" + id, "Zorgcoördinator", Set.of(Role.ZORGCOORDINATOR), Set.of(1L), null, null);
    }

    @Test
    void aReadIsLoggedEvenWhenTheRequestFailsAfterwardsAndAChangeOnlyWithItsChange() {
        Actor actor = zorgcoordinator();
        long student = ++next;

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    accessLog.record(actor, AccessAction.VIEW, new AccessedRecord(student, "case", 1L));
                    accessLog.record(actor, AccessAction.CHANGE, new AccessedRecord(student, "case", 2L));
                    throw new IllegalStateException("the request fails after reading and changing");
                }))
                .hasMessageContaining("fails");
        transaction.executeWithoutResult(
                status -> accessLog.record(actor, AccessAction.CREATE, new AccessedRecord(student, "note", 3L)));

        assertThat(records.about(student))
                .extracting(line -> line.action() + " " + line.recordKind() + " " + line.recordId())
                .containsExactly("VIEW case 1", "CREATE note 3");
    }

    @Test
    void aReadInATransactionIsWrittenBeforeTheTransactionCommitsAndOneThatCannotBeWrittenFailsIt() {
        Actor actor = zorgcoordinator();
        long student = ++next;

        // the line is written by a writer of its own (ADR 0022): the commit waits for it, so it stands once this
        // returns
        String data = transaction.execute(status -> {
            accessLog.record(actor, AccessAction.VIEW, new AccessedRecord(student, "case", 1L));
            return "the data";
        });
        assertThat(data).isEqualTo("the data");
        assertThat(records.about(student)).extracting(AccessLogView::recordId).containsExactly(1L);

        // a purpose longer than its column cannot be written: the transaction fails and its data is not returned
        assertThatThrownBy(() -> transaction.execute(status -> {
                    accessLog.record(
                            actor,
                            AccessAction.VIEW,
                            List.of(new AccessedRecord(student, "case", 2L)),
                            "CARE ".repeat(200));
                    return "data that must not be returned";
                }))
                .isInstanceOf(DataAccessException.class);
        assertThat(records.about(student)).extracting(AccessLogView::recordId).containsExactly(1L);
    }

    @Test
    void theStudentsRecordHoldsEveryLineAboutThemOldestFirstWithWhoAndWhy() {
        Actor actor = zorgcoordinator();
        long student = ++next;
        long other = ++next;

        accessLog.record(
                actor,
                AccessAction.VIEW,
                List.of(new AccessedRecord(student, "case", 10L), new AccessedRecord(other, "case", 11L)),
                "CARE");
        accessLog.record(
                actor,
                AccessAction.VIEW,
                List.of(new AccessedRecord(student, "signal", 12L)),
                AccessLog.PURPOSE_CORRECTION);

        List<AccessLogView> about = records.about(student);
        assertThat(about).extracting(AccessLogView::recordId).containsExactly(10L, 12L);
        assertThat(about).allSatisfy(line -> {
            assertThat(line.userId()).isEqualTo(actor.id());
            assertThat(line.username()).isEqualTo(actor.username());
            assertThat(line.roles()).isEqualTo("ZORGCOORDINATOR");
            assertThat(line.occurredAt()).isBefore(Instant.now().plusSeconds(1));
        });
        assertThat(about).extracting(AccessLogView::purpose).containsExactly("CARE", "CORRECTION");
        assertThat(records.about(other)).extracting(AccessLogView::recordId).containsExactly(11L);
    }
}
