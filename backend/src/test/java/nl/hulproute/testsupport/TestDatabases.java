package nl.hulproute.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import nl.hulproute.platform.EmbeddedMariaDb;

/**
 * The MariaDB the tests run on: the server at 127.0.0.1:3306 when one answers (root, no password, or what
 * {@code HULPROUTE_TEST_DB_HOST/PORT/USER/PASSWORD} say), otherwise an embedded MariaDB in a temporary folder.
 * Each test run creates its own databases, named after the run, and drops them when the JVM exits.
 */
final class TestDatabases {

    private static final String HOST = env("HULPROUTE_TEST_DB_HOST", "127.0.0.1");
    private static final int PORT = Integer.parseInt(env("HULPROUTE_TEST_DB_PORT", "3306"));
    private static final String USER = env("HULPROUTE_TEST_DB_USER", "root");
    private static final String PASSWORD = env("HULPROUTE_TEST_DB_PASSWORD", "");

    private static final String RUN = "hulproute_test_"
            + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
            + "_" + ThreadLocalRandom.current().nextInt(1000, 10000);

    private static final Map<String, String> URLS = new ConcurrentHashMap<>();

    private static volatile Server server;

    private TestDatabases() {}

    record Server(String baseUrl, String user, String password) {}

    /**
     * The JDBC URL of this run's database called {@code name}, created on first use with {@code characterSet} as
     * its default (utf8mb4, or latin1 to play a server set up that way).
     */
    static String url(String name, String characterSet) {
        return URLS.computeIfAbsent(name, ignored -> create(name, characterSet));
    }

    static Server server() {
        if (server == null) {
            synchronized (TestDatabases.class) {
                if (server == null) {
                    server = reachable(HOST, PORT)
                            ? new Server("jdbc:mariadb://" + HOST + ":" + PORT, USER, PASSWORD)
                            : embedded();
                }
            }
        }
        return server;
    }

    private static String create(String name, String characterSet) {
        if (!characterSet.matches("[a-z0-9]+")) {
            throw new IllegalArgumentException("Not a character set: " + characterSet);
        }
        String database = RUN + "_" + name;
        execute("CREATE DATABASE `" + database + "` CHARACTER SET " + characterSet
                + ("utf8mb4".equals(characterSet) ? " COLLATE utf8mb4_unicode_ci" : ""));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS `" + database + "`")));
        return server().baseUrl() + "/" + database;
    }

    private static void execute(String sql) {
        Server db = server();
        try (Connection connection = DriverManager.getConnection(db.baseUrl() + "/", db.user(), db.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database statement failed: " + sql, e);
        }
    }

    private static Server embedded() {
        EmbeddedMariaDb db = EmbeddedMariaDb.startThrowAway("hulproute");
        Runtime.getRuntime().addShutdownHook(new Thread(db::close));
        return new Server("jdbc:mariadb://127.0.0.1:" + db.port(), db.username(), db.password());
    }

    private static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
