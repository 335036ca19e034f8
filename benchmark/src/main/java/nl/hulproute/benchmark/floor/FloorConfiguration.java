package nl.hulproute.benchmark.floor;

import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
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

    /** Who moves the case: the body of the transition floor (the floor reads no account, so it is told). */
    public record FloorActor(long userId) {}

    /** Registered as a member of this configuration, so only when it applies. */
    @RestController
    static class FloorController {

        private final JdbcTemplate jdbc;
        private final TransactionTemplate transaction;

        FloorController(JdbcTemplate jdbc, DataSource dataSource) {
            this.jdbc = jdbc;
            // plain JDBC transactions on the product's pool: no JPA session, as little as a transaction can be
            this.transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
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

        /**
         * The least a transition between first and second line can do on the product's schema, as the product's
         * statements do it: in one transaction, the case read and locked, its history row, its new state (the same
         * columns the product's event sets) and the access-log line of the change; committed. No account check, state
         * machine, guard, JPA or answer built from other reads: what the product adds on top of this is its own.
         */
        @PostMapping("/api/bench/floor/transition/{caseId}")
        Map<String, Object> transition(@PathVariable long caseId, @RequestBody FloorActor actor, Principal principal) {
            return transaction.execute(status -> {
                Map<String, Object> row = jdbc.queryForMap(
                        "SELECT state, version, student_id FROM lifecycle_case WHERE id = ? FOR UPDATE", caseId);
                String from = (String) row.get("state");
                boolean toSecond = from.equals("FIRST_LINE");
                String to = toSecond ? "SECOND_LINE" : "FIRST_LINE";
                String event = toSecond ? "ASSIGN_SECOND_LINE" : "ASSIGN_FIRST_LINE";
                LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
                LocalDate checkIn = now.toLocalDate().plusDays(14);
                jdbc.update(
                        "INSERT INTO lifecycle_case_transition (case_id, occurred_at, actor_user_id, event, from_state, "
                                + "to_state, payload) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        caseId,
                        now,
                        actor.userId(),
                        event,
                        from,
                        to,
                        toSecond
                                ? "{\"ownerId\":" + actor.userId() + "}"
                                : "{\"advice\":\"Wekelijks kort contact (floor).\",\"checkInDate\":\"" + checkIn
                                        + "\"}");
                if (toSecond) {
                    jdbc.update(
                            "UPDATE lifecycle_case SET state = ?, owner_user_id = ?, version = version + 1 WHERE id = ?",
                            to,
                            actor.userId(),
                            caseId);
                } else {
                    jdbc.update(
                            "UPDATE lifecycle_case SET state = ?, advice = ?, check_in_date = ?, version = version + 1 "
                                    + "WHERE id = ?",
                            to,
                            "Wekelijks kort contact (floor).",
                            checkIn,
                            caseId);
                }
                jdbc.update(
                        "INSERT INTO privacy_access_log (occurred_at, user_id, username, roles, action, student_id, "
                                + "record_kind, record_id, purpose) VALUES (?, ?, ?, 'ZORGCOORDINATOR', 'CHANGE', ?, "
                                + "'case', ?, 'CARE')",
                        now,
                        actor.userId(),
                        principal.getName(),
                        row.get("student_id"),
                        caseId);
                return Map.<String, Object>of(
                        "id", caseId, "state", to, "version", ((Number) row.get("version")).longValue() + 1);
            });
        }

        /**
         * The least a logged list page can do: the first 50 open cases at a location in the default caseload's order,
         * read on the index the product's query uses ({@code ix_lifecycle_case_open_urgency}), and one access-log line
         * per row in one insert, committed before the rows are returned (ADR 22). No account check, count, names,
         * reach or JPA, and the line is written after the read, not beside it.
         */
        @GetMapping("/api/bench/floor/page")
        List<Map<String, Object>> page(@RequestParam long locationId, @RequestParam long userId, Principal principal) {
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "SELECT id, student_id, state, urgency, opened_at, owner_user_id, version FROM lifecycle_case "
                            + "WHERE open_case = 1 AND location_id = ? AND anonymised_at IS NULL "
                            + "ORDER BY urgency_rank, opened_at, id LIMIT 50",
                    locationId);
            if (!rows.isEmpty()) {
                LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
                List<Object> values = new ArrayList<>();
                for (Map<String, Object> row : rows) {
                    Collections.addAll(values, now, userId, principal.getName(), row.get("student_id"), row.get("id"));
                }
                jdbc.update(
                        "INSERT INTO privacy_access_log (occurred_at, user_id, username, roles, action, student_id, "
                                + "record_kind, record_id, purpose) VALUES "
                                + String.join(
                                        ", ",
                                        Collections.nCopies(
                                                rows.size(),
                                                "(?, ?, ?, 'ZORGCOORDINATOR', 'LIST', ?, 'case', ?, 'CARE')")),
                        values.toArray());
            }
            return rows;
        }
    }
}
