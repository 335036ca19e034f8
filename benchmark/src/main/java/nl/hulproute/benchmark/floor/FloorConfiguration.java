package nl.hulproute.benchmark.floor;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The floor of the HTTP benchmark: what an authenticated request costs in the product's own stack (Tomcat, the
 * security filter chain with its session and CSRF check, Jackson, the connection pool) when it does almost nothing.
 * Not part of the product: the benchmark runner puts this module on the product jar's class path
 * ({@code -Dloader.path}), and it is active only in the {@code bench} profile with
 * {@code hulproute.benchmark.floor=true}. Its table {@code bench_floor} is made by the generator, not by Flyway.
 */
@AutoConfiguration
@Profile("bench")
@ConditionalOnProperty(name = "hulproute.benchmark.floor", havingValue = "true")
public class FloorConfiguration {

    /** A note to store: the body of the floor POST. */
    public record FloorNote(String note) {}

    /** Registered as a member of this configuration, so only when it applies. */
    @RestController
    static class FloorController {

        private final JdbcTemplate jdbc;

        FloorController(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        /** Reads almost nothing: one round trip to the database. */
        @GetMapping("/api/bench/floor")
        Map<String, Object> read() {
            return Map.of("ok", jdbc.queryForObject("SELECT 1", Integer.class));
        }

        /** One single-row insert, committed (auto-commit): the write floor. */
        @PostMapping("/api/bench/floor")
        @ResponseStatus(HttpStatus.CREATED)
        Map<String, Object> write(@RequestBody FloorNote note) {
            jdbc.update(
                    "INSERT INTO bench_floor (created_at, note) VALUES (?, ?)",
                    LocalDateTime.now(ZoneOffset.UTC),
                    note.note());
            return Map.of("stored", true);
        }
    }
}
