package nl.hulproute.platform;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A read-only transaction reads in auto-commit on the real driver (ADR 0026); a transaction that may write is one
 * transaction, started and ended in auto-commit (ADR 0028), and out of auto-commit a commit or rollback is followed
 * by the next transaction, as on the driver itself.
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

    @Autowired
    DataSource dataSource;

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

    @Test
    void outOfAutoCommitTheStatementAfterACommitBeginsTheNextTransaction() throws SQLException {
        String marker = "auto-commit-reads-" + System.nanoTime();

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            insertRow(connection, marker + "-committed");
            connection.commit();
            insertRow(connection, marker + "-rolled-back");
            connection.rollback();
            insertRow(connection, marker + "-auto-commit-on");
            connection.setAutoCommit(true);
        }

        assertThat(jdbc.queryForList(
                        "SELECT name FROM " + TABLE + " WHERE name LIKE ? ORDER BY name", String.class, marker + "%"))
                .containsExactly(marker + "-auto-commit-on", marker + "-committed");
        jdbc.update("DELETE FROM " + TABLE + " WHERE name LIKE ?", marker + "%");
    }

    private static void insertRow(Connection connection, String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                + " (name, lock_until, locked_at, locked_by) VALUES (?, NOW(3), NOW(3), 'test')")) {
            insert.setString(1, name);
            insert.executeUpdate();
        }
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
