package nl.hulproute.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;

/** The benchmark's database: a MariaDB URL with its credentials; made empty, migrated by the product's Flyway. */
record Database(String url, String user, String password) {

    private static final Pattern URL = Pattern.compile("(jdbc:mariadb://[^/]+)/([A-Za-z0-9_]+)(\\?.*)?");

    /** Bulk inserts for JDBC batches; local times are the UTC the application writes. */
    private static final String OPTIONS = "useBulkStmts=true&useBulkStmtsForInserts=true&connectionTimeZone=UTC";

    Connection connect() throws SQLException {
        return DriverManager.getConnection(withOptions(url), user, password);
    }

    String name() {
        return matcher().group(2);
    }

    private Matcher matcher() {
        Matcher matcher = URL.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("expected jdbc:mariadb://host:port/database, got " + url);
        }
        return matcher;
    }

    private static String withOptions(String url) {
        return url + (url.contains("?") ? "&" : "?") + OPTIONS;
    }

    /** Drops the database if {@code drop}, creates it, and migrates it with the product's migrations. */
    void prepare(boolean drop, Path migrations) throws SQLException {
        Matcher matcher = matcher();
        try (Connection server = DriverManager.getConnection(matcher.group(1) + "/", user, password);
                var statement = server.createStatement()) {
            if (drop) {
                statement.execute("DROP DATABASE IF EXISTS `" + name() + "`");
            }
            statement.execute(
                    "CREATE DATABASE IF NOT EXISTS `" + name() + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        migrate(migrations);
        try (Connection connection = connect();
                var statement = connection.createStatement()) {
            var rs = statement.executeQuery("SELECT COUNT(*) FROM people_student");
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException(
                        "database " + name() + " already holds students; pass --drop to start over");
            }
            statement.execute(FLOOR_TABLE);
        }
    }

    /** Applies the product's migrations (a generated database brought up to a newer product). */
    void migrate(Path migrations) {
        if (!Files.isDirectory(migrations)) {
            throw new IllegalArgumentException("no migrations at " + migrations.toAbsolutePath());
        }
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("filesystem:" + migrations.toAbsolutePath())
                .load()
                .migrate();
    }

    /**
     * The floor's own table: what a single-row insert + commit costs, by JDBC and through the HTTP stack
     * (floor.FloorConfiguration). Not one of the product's tables, so not in its migrations.
     */
    static final String FLOOR_TABLE = """
            CREATE TABLE IF NOT EXISTS bench_floor (
                id         BIGINT AUTO_INCREMENT PRIMARY KEY,
                created_at DATETIME(6)  NOT NULL,
                note       VARCHAR(200) NOT NULL
            ) ENGINE = InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci""";
}
