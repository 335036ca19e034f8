package nl.hulproute.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Batched inserts into several tables over one connection: each table's rows go out as one JDBC batch of
 * {@link #BATCH} rows (the MariaDB driver sends a batch as a bulk insert), and every flush commits.
 */
final class Rows implements AutoCloseable {

    static final int BATCH = 2_000;

    private final Connection connection;
    private final Map<String, Table> tables = new LinkedHashMap<>();

    Rows(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            // the generator writes consistent rows in an order of its own; the checks would only slow it down
            statement.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
        }
    }

    /** Declares a table with the columns the generator fills. */
    void table(String name, String... columns) throws SQLException {
        String sql = "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
                + "?, ".repeat(columns.length - 1) + "?)";
        tables.put(name, new Table(connection.prepareStatement(sql), columns.length));
    }

    void add(String table, Object... values) throws SQLException {
        Table target = tables.get(table);
        if (target == null) {
            throw new IllegalArgumentException("undeclared table " + table);
        }
        if (values.length != target.columns) {
            throw new IllegalArgumentException(
                    table + ": " + values.length + " values for " + target.columns + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            target.statement.setObject(i + 1, values[i]);
        }
        target.statement.addBatch();
        target.rows++;
        target.pending++;
        if (target.pending >= BATCH) {
            target.statement.executeBatch();
            target.pending = 0;
            connection.commit();
        }
    }

    long count(String table) {
        return tables.get(table).rows;
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        tables.forEach((name, table) -> counts.put(name, table.rows));
        return counts;
    }

    void flush() throws SQLException {
        for (Table table : tables.values()) {
            if (table.pending > 0) {
                table.statement.executeBatch();
                table.pending = 0;
            }
        }
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        flush();
        for (Table table : tables.values()) {
            table.statement.close();
        }
        try (var statement = connection.createStatement()) {
            statement.execute("SET SESSION foreign_key_checks = 1, unique_checks = 1");
        }
    }

    private static final class Table {
        final PreparedStatement statement;
        final int columns;
        long rows;
        int pending;

        Table(PreparedStatement statement, int columns) {
            this.statement = statement;
            this.columns = columns;
        }
    }
}
