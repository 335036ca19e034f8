package nl.hulproute.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.flowable.common.engine.api.FlowableException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The peer runs the lifecycle it is given and nothing else: the BPMN made from the published declaration moves a case
 * exactly as the rules say, loops where a rule stays in its state, and refuses an event the state has no rule for.
 * (Its speed is the benchmark's to measure, never asserted.)
 */
class FlowablePeerTest {

    private static final String SERVER = "jdbc:mariadb://" + env("HULPROUTE_TEST_DB_HOST", "127.0.0.1") + ":"
            + env("HULPROUTE_TEST_DB_PORT", "3306");
    private static final String USER = env("HULPROUTE_TEST_DB_USER", "root");
    private static final String PASSWORD = env("HULPROUTE_TEST_DB_PASSWORD", "");

    /** A slice of the lifecycle in the shape {@code GET /api/lifecycle} publishes it. */
    private static final String LIFECYCLE = """
            {"initial": "SIGNALLED", "transitions": [
              {"event": "START_TRIAGE", "from": ["SIGNALLED"], "to": "TRIAGE"},
              {"event": "ASSIGN_FIRST_LINE", "from": ["TRIAGE", "SECOND_LINE"], "to": "FIRST_LINE"},
              {"event": "ASSIGN_SECOND_LINE", "from": ["TRIAGE", "FIRST_LINE"], "to": "SECOND_LINE"},
              {"event": "REFER", "from": ["SECOND_LINE", "REFERRED"], "to": "REFERRED"},
              {"event": "CLOSE", "from": ["FIRST_LINE", "REFERRED"], "to": "CLOSED"}
            ]}""";

    @Test
    void aCaseMovesAsTheDeclarationSays() throws Exception {
        Database database =
                new Database(SERVER + "/bench_peer_" + ProcessHandle.current().pid(), USER, PASSWORD);
        try (Connection server = DriverManager.getConnection(SERVER + "/", USER, PASSWORD)) {
            Assumptions.assumeTrue(server.isValid(5));
        } catch (SQLException noServer) {
            Assumptions.abort("no MariaDB server at " + SERVER + ": " + noServer.getMessage());
        }
        JsonNode lifecycle = new ObjectMapper().readTree(LIFECYCLE);
        List<FlowablePeer.Rule> rules = FlowablePeer.rulesOf(lifecycle);
        assertThat(rules).hasSize(5);

        try (FlowablePeer peer =
                FlowablePeer.start(database, lifecycle.path("initial").asText(), rules, 4)) {
            String first = peer.startCase();
            String second = peer.startCase();
            assertThat(peer.state(first)).isEqualTo("SIGNALLED");

            assertThat(peer.fire(first, "START_TRIAGE")).isEqualTo("TRIAGE");
            assertThat(peer.fire(first, "ASSIGN_FIRST_LINE")).isEqualTo("FIRST_LINE");
            assertThat(peer.fire(first, "ASSIGN_SECOND_LINE")).isEqualTo("SECOND_LINE");
            assertThat(peer.fire(first, "ASSIGN_FIRST_LINE")).isEqualTo("FIRST_LINE");
            assertThat(peer.state(second)).as("the other case did not move").isEqualTo("SIGNALLED");

            assertThatThrownBy(() -> peer.fire(second, "CLOSE"))
                    .as("an event the state has no rule for")
                    .isInstanceOf(FlowableException.class);
            assertThat(peer.state(second)).isEqualTo("SIGNALLED");

            assertThat(peer.fire(first, "ASSIGN_SECOND_LINE")).isEqualTo("SECOND_LINE");
            assertThat(peer.fire(first, "REFER")).isEqualTo("REFERRED");
            assertThat(peer.fire(first, "REFER")).as("on to another provider").isEqualTo("REFERRED");
            assertThat(peer.fire(first, "CLOSE")).isEqualTo("CLOSED");
        } finally {
            try (Connection server = DriverManager.getConnection(SERVER + "/", USER, PASSWORD);
                    var statement = server.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS `" + database.name() + "_flowable`");
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
