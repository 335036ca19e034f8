package nl.hulproute.platform;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A read-only transaction reads in auto-commit on the real driver (ADR 0026); a transaction that may write is one
 * transaction, started and ended in auto-commit (ADR 0028).
 */
@HulprouteTest
class AutoCommitReadsTest {

    private static final String AUTO_COMMIT = "SELECT @@autocommit";
    private static final String IN_TRANSACTION = "SELECT @@in_transaction";
    private static final String TABLE = "platform_shedlock";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aReadOnlyTransactionReadsInAutoCommit() {
        TransactionTemplate read = new TransactionTemplate(transactions);
        read.setReadOnly(true);

        assertThat(autoCommitWithin(read)).isEqualTo(1);
    }

    @Test
    void aTransactionThatMayWriteIsOneTransactionStartedInAutoCommit() {
        TransactionTemplate write = new TransactionTemplate(transactions);

        assertThat(within(write, IN_TRANSACTION)).isOne();
        assertThat(autoCommitWithin(write)).isOne();
        assertThat(jdbc.queryForObject(IN_TRANSACTION, Integer.class)).isZero();
    }

    @Test
    void whatATransactionWroteIsGoneAfterItsRollbackAndKeptAfterItsCommit() {
        TransactionTemplate write = new TransactionTemplate(transactions);
        String marker = "auto-commit-reads-" + System.nanoTime();

        write.executeWithoutResult(status -> {
            insertRow(marker, "rolled back");
            assertThat(valueOf(marker)).containsExactly("rolled back");
            status.setRollbackOnly();
        });
        assertThat(valueOf(marker)).isEmpty();

        write.executeWithoutResult(status -> insertRow(marker, "committed"));
        assertThat(valueOf(marker)).containsExactly("committed");
        jdbc.update("DELETE FROM " + TABLE + " WHERE name = ?", marker);
    }

    @Test
    void aReadRolledBackLeavesTheNextTransactionsAsUsual() {
        TransactionTemplate read = new TransactionTemplate(transactions);
        read.setReadOnly(true);
        TransactionTemplate write = new TransactionTemplate(transactions);

        read.executeWithoutResult(status -> status.setRollbackOnly());

        assertThat(within(write, IN_TRANSACTION)).isOne();
        assertThat(jdbc.queryForObject(AUTO_COMMIT, Integer.class)).isOne();
        assertThat(jdbc.queryForObject(IN_TRANSACTION, Integer.class)).isZero();
    }

    /** A table of the platform's own with a plain text column: a lock of that name is never taken. */
    private void insertRow(String name, String value) {
        jdbc.update(
                "INSERT INTO " + TABLE + " (name, lock_until, locked_at, locked_by) VALUES (?, NOW(3), NOW(3), ?)",
                name,
                value);
    }

    private List<String> valueOf(String name) {
        return jdbc.queryForList("SELECT locked_by FROM " + TABLE + " WHERE name = ?", String.class, name);
    }

    private int autoCommitWithin(TransactionTemplate transaction) {
        return within(transaction, AUTO_COMMIT);
    }

    private int within(TransactionTemplate transaction, String query) {
        return requireNonNull(transaction.execute(status -> jdbc.queryForObject(query, Integer.class)));
    }
}
