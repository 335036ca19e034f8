package nl.hulproute.platform;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A read-only transaction reads in auto-commit on the real driver; a transaction that may write is one transaction, as
 * before (ADR 0026).
 */
@HulprouteTest
class AutoCommitReadsTest {

    private static final String AUTO_COMMIT = "SELECT @@autocommit";

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
    void aTransactionThatMayWriteIsOneTransaction() {
        TransactionTemplate write = new TransactionTemplate(transactions);

        assertThat(autoCommitWithin(write)).isEqualTo(0);
    }

    @Test
    void aReadRolledBackLeavesTheNextTransactionsAsUsual() {
        TransactionTemplate read = new TransactionTemplate(transactions);
        read.setReadOnly(true);
        TransactionTemplate write = new TransactionTemplate(transactions);

        read.executeWithoutResult(status -> status.setRollbackOnly());

        assertThat(autoCommitWithin(write)).isEqualTo(0);
        assertThat(jdbc.queryForObject(AUTO_COMMIT, Integer.class)).isOne();
    }

    private int autoCommitWithin(TransactionTemplate transaction) {
        return requireNonNull(transaction.execute(status -> jdbc.queryForObject(AUTO_COMMIT, Integer.class)));
    }
}
