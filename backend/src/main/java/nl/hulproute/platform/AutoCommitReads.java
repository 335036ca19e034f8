package nl.hulproute.platform;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * A read-only transaction reads in auto-commit: MariaDB is not sent the {@code set autocommit=0}, the {@code COMMIT}
 * and the {@code set autocommit=1} around its statements, three round trips of a list page's nine
 * (docs/performance.md, ADR 0026). Each statement then reads what was committed when it started, as under READ
 * COMMITTED, not one snapshot taken at the transaction's first read. A read that needs one snapshot (the inzage
 * export) is not marked read-only.
 *
 * <p>Spring marks a read-only transaction's connection read-only before it begins and unmarks it after it has ended
 * (HibernateJpaDialect). While it is marked, the switches of auto-commit and the commit or rollback that go with them
 * are kept here instead of sent.
 *
 * <p>A transaction that may write begins with {@code START TRANSACTION} instead of leaving auto-commit, and ends with
 * {@code COMMIT} or {@code ROLLBACK}: the session never leaves auto-commit, so there is nothing to switch back, one
 * round trip fewer per transaction (ADR 0028). Between the statements it is one InnoDB transaction, as before.
 */
@Component
class AutoCommitReads implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof ReadsInAutoCommit)
                ? new ReadsInAutoCommit(dataSource)
                : bean;
    }

    /** The pool's data source, its connections wrapped. */
    static final class ReadsInAutoCommit extends DelegatingDataSource {

        ReadsInAutoCommit(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return wrap(obtainTargetDataSource().getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return wrap(obtainTargetDataSource().getConnection(username, password));
        }

        private static Connection wrap(Connection connection) {
            return (Connection) Proxy.newProxyInstance(
                    AutoCommitReads.class.getClassLoader(),
                    new Class<?>[] {Connection.class},
                    new ReadOnlyInAutoCommit(connection));
        }
    }

    /** One connection: what it was told while marked read-only, and what it kept from MariaDB. */
    private static final class ReadOnlyInAutoCommit implements InvocationHandler {

        private final Connection connection;

        /** Marked read-only by a read-only transaction. */
        private boolean readOnly;

        /** Told to leave auto-commit while read-only, and left in it. */
        private boolean autoCommitKept;

        /** Told to leave auto-commit to write: a transaction was started instead, auto-commit left on. */
        private boolean started;

        /** That transaction (or the next, begun by a statement after its commit or rollback) has not ended yet. */
        private boolean open;

        ReadOnlyInAutoCommit(Connection connection) {
            this.connection = connection;
        }

        @Override
        public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] given) throws Throwable {
            Object[] arguments = given == null ? new Object[0] : given;
            switch (method.getName()) {
                case "setReadOnly" -> {
                    readOnly = (Boolean) arguments[0];
                    if (!readOnly) {
                        leaveAutoCommitIfTold();
                    }
                }
                case "setAutoCommit" -> {
                    boolean autoCommit = (Boolean) arguments[0];
                    if (autoCommitKept) {
                        autoCommitKept = !autoCommit;
                        return null;
                    }
                    if (started) {
                        if (autoCommit) {
                            end("COMMIT"); // as the driver would: back to auto-commit commits what is open
                            started = false;
                        }
                        return null;
                    }
                    if (!autoCommit && connection.getAutoCommit()) {
                        if (readOnly) {
                            autoCommitKept = true;
                        } else {
                            begin();
                            started = true;
                        }
                        return null;
                    }
                }
                case "getAutoCommit" -> {
                    if (autoCommitKept || started) {
                        return false;
                    }
                }
                case "commit", "rollback" -> {
                    if (autoCommitKept && arguments.length == 0) {
                        return null; // nothing to end: each statement ended itself
                    }
                    if (started && arguments.length == 0) {
                        end(method.getName().equals("commit") ? "COMMIT" : "ROLLBACK");
                        return null;
                    }
                }
                case "createStatement", "prepareStatement", "prepareCall" -> {
                    if (started && !open) {
                        begin(); // committed or rolled back, still out of auto-commit: the next transaction
                    }
                }
                case "close" -> {
                    autoCommitKept = false;
                    if (started) {
                        started = false;
                        end("ROLLBACK"); // returned to the pool with a transaction open: nothing of it stays
                    }
                }
                case "equals" -> {
                    return proxy == arguments[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                default -> {}
            }
            try {
                return method.invoke(connection, arguments);
            } catch (InvocationTargetException failed) {
                throw failed.getCause();
            }
        }

        private void begin() throws SQLException {
            send("START TRANSACTION");
            open = true;
        }

        /**
         * Ends the started transaction, if it is open. Until auto-commit is switched back on, the next statement
         * starts the next one, as the driver would outside auto-commit.
         */
        private void end(String how) throws SQLException {
            if (open) {
                open = false;
                send(how);
            }
        }

        private void send(String statement) throws SQLException {
            try (Statement sent = connection.createStatement()) {
                sent.execute(statement);
            }
        }

        /** A transaction told to begin while marked read-only, going on unmarked: it begins now. */
        private void leaveAutoCommitIfTold() throws SQLException {
            if (autoCommitKept) {
                autoCommitKept = false;
                connection.setAutoCommit(false);
            }
        }
    }
}
