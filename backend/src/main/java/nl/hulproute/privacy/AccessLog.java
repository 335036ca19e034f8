package nl.hulproute.privacy;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records every read and change of a student's data. A read is committed on its own before the data is returned, so
 * it is logged even if the request fails later, and a request whose access cannot be logged does not get the data.
 * Inside a transaction that line is written by a writer of its own while the transaction goes on, and the transaction
 * does not commit until it is: the reader's remaining work and the line's commit overlap (ADR 0022). A
 * change ({@link AccessAction#CREATE}, {@link AccessAction#CHANGE}) made in a read-write transaction is written in
 * that transaction: the line commits with the change or not at all, and no second connection and commit is taken per
 * change (ADR 0016). Rows are only ever inserted: the application has no way to change or remove one.
 */
@Service
public class AccessLog implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AccessLog.class);

    /**
     * The writers of reads' lines. Each holds one connection and waits for nothing else, and the threads that wait for
     * them (20 request threads, 8 async listeners, the scheduler) hold one each: with these 3 the pool of 32 cannot
     * run dry (application.properties).
     */
    static final int WRITERS = 3;

    /** Normal work within the user's relationship with the student. */
    public static final String PURPOSE_CARE = "CARE";

    /** Correcting inaccurate recorded data (AVG art. 16, the right to rectification). */
    public static final String PURPOSE_CORRECTION = "CORRECTION";

    /** The actions that change or add to a student's data: logged in the change's own transaction. */
    private static final Set<AccessAction> CHANGES = EnumSet.of(AccessAction.CREATE, AccessAction.CHANGE);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final ExecutorService writers;

    AccessLog(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        AtomicInteger number = new AtomicInteger();
        this.writers = Executors.newFixedThreadPool(WRITERS, task -> {
            Thread thread = new Thread(task, "access-log-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void destroy() throws InterruptedException {
        writers.shutdown();
        if (!writers.awaitTermination(10, TimeUnit.SECONDS)) {
            log.warn("access-log writers still busy after 10 s at shutdown");
        }
    }

    public void record(Actor actor, AccessAction action, AccessedRecord record) {
        record(actor, action, List.of(record), PURPOSE_CARE);
    }

    public void record(Actor actor, AccessAction action, Collection<AccessedRecord> records) {
        record(actor, action, records, PURPOSE_CARE);
    }

    public void record(Actor actor, AccessAction action, Collection<AccessedRecord> records, String purpose) {
        List<Object[]> rows = records.stream()
                .<Object[]>map(
                        record -> row(actor, action, record.studentId(), record.kind(), record.recordId(), purpose))
                .toList();
        if (CHANGES.contains(action) && inReadWriteTransaction()) {
            insertNow(rows);
        } else {
            insert(rows);
        }
    }

    /**
     * Whether a change's line can go with the change itself: a transaction that may write is running, so the line
     * commits exactly when the change does (ADR 0016).
     */
    private static boolean inReadWriteTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    /**
     * A read across students that shows no one's record, such as compliance figures: one line without a student,
     * the kind of figures read and, as the purpose, what was asked for (a peildatum, a grouping).
     */
    public void recordAcrossStudents(Actor actor, AccessAction action, String kind, String purpose) {
        insert(List.<Object[]>of(row(actor, action, null, kind, null, purpose)));
    }

    /** Reading the log is itself logged: for one student, or (with no student) as a search across the log. */
    public void recordLogRead(Actor actor, @Nullable Long studentId, String filter) {
        insert(List.<Object[]>of(row(actor, AccessAction.VIEW_ACCESS_LOG, studentId, "access-log", null, filter)));
    }

    private Object[] row(
            Actor actor,
            AccessAction action,
            @Nullable Long studentId,
            String kind,
            @Nullable Long recordId,
            String purpose) {
        String roles = actor.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        return new Object[] {
            // stored as UTC wall time, as Hibernate stores and reads every other instant (jdbc.time_zone=UTC),
            // whatever the JVM's own time zone
            LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
            actor.id(),
            actor.username(),
            roles,
            action.name(),
            studentId,
            kind,
            recordId,
            purpose,
            clientAddress()
        };
    }

    /**
     * Committed on its own. Outside a transaction it is committed before this returns. Inside one, a writer commits
     * it while the caller goes on, and the caller's transaction waits for it before it commits: its data is returned
     * only once the line stands, and a line that cannot be written fails the transaction. A line is written even if
     * the caller's transaction fails later (ADR 0022).
     */
    private void insert(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        // no transaction here, and none on a writer's thread: the statement commits itself (auto-commit), one round
        // trip where a transaction of its own took five
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            insertNow(rows);
            return;
        }
        CompletableFuture<Void> written;
        try {
            written = CompletableFuture.runAsync(() -> insertNow(rows), writers);
        } catch (RejectedExecutionException shuttingDown) {
            ownTransaction.executeWithoutResult(status -> insertNow(rows));
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new Written(written));
    }

    /** Holds the caller's transaction until its line is written: at its commit, and after a rollback as well. */
    private static final class Written implements TransactionSynchronization {

        private final CompletableFuture<Void> line;

        /** The failure went to the caller as its transaction's: not reported again after the rollback. */
        private boolean thrown;

        Written(CompletableFuture<Void> line) {
            this.line = line;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            try {
                line.join();
            } catch (CompletionException failed) {
                thrown = true;
                if (failed.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw failed;
            }
        }

        @Override
        public void afterCompletion(int status) {
            try {
                line.join();
            } catch (CompletionException failed) {
                if (!thrown) {
                    // the caller's transaction failed for its own reason: it returned no data, so nothing went unlogged
                    log.warn("access-log line not written for a transaction that did not commit", failed.getCause());
                }
            }
        }
    }

    /**
     * In the current transaction if there is one, else committed by itself. One statement for up to
     * {@link #ROWS_PER_STATEMENT} lines, so a page's lines stand or fail together.
     */
    private void insertNow(List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> some = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            Object[] values = new Object[some.size() * COLUMN_TYPES.length];
            int[] types = new int[values.length];
            for (int row = 0; row < some.size(); row++) {
                System.arraycopy(some.get(row), 0, values, row * COLUMN_TYPES.length, COLUMN_TYPES.length);
                System.arraycopy(COLUMN_TYPES, 0, types, row * COLUMN_TYPES.length, COLUMN_TYPES.length);
            }
            jdbc.update(INSERT + String.join(", ", Collections.nCopies(some.size(), ROW)), values, types);
        }
    }

    /** Far above a page, a whole waiting list or an inbox; well within a packet. */
    private static final int ROWS_PER_STATEMENT = 1_000;

    private static final String INSERT =
            "INSERT INTO privacy_access_log (occurred_at, user_id, username, roles, action,"
                    + " student_id, record_kind, record_id, purpose, client_address) VALUES ";

    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The types of {@link #row}'s values, given so that a null needs no question to the driver. */
    private static final int[] COLUMN_TYPES = {
        Types.TIMESTAMP,
        Types.BIGINT,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.BIGINT,
        Types.VARCHAR,
        Types.BIGINT,
        Types.VARCHAR,
        Types.VARCHAR
    };

    private static @Nullable String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
