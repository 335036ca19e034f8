package nl.hulproute.privacy;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records every read and change of a student's data. Each record is written in a transaction of its own before the
 * data is returned, so a read is logged even if the request fails later, and a request whose access cannot be
 * logged does not get the data. Rows are only ever inserted: the application has no way to change or remove one.
 */
@Service
public class AccessLog {

    /** Normal work within the user's relationship with the student. */
    public static final String PURPOSE_CARE = "CARE";

    /** Correcting inaccurate recorded data (AVG art. 16, the right to rectification). */
    public static final String PURPOSE_CORRECTION = "CORRECTION";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    AccessLog(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    public void record(Actor actor, AccessAction action, AccessedRecord record) {
        record(actor, action, List.of(record), PURPOSE_CARE);
    }

    public void record(Actor actor, AccessAction action, Collection<AccessedRecord> records) {
        record(actor, action, records, PURPOSE_CARE);
    }

    public void record(Actor actor, AccessAction action, Collection<AccessedRecord> records, String purpose) {
        insert(records.stream()
                .<Object[]>map(record -> row(actor, action, record.studentId(), record.kind(), record.recordId(), purpose))
                .toList());
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
            LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), actor.id(), actor.username(), roles, action.name(), studentId, kind, recordId,
            purpose, clientAddress()
        };
    }

    private void insert(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        ownTransaction.executeWithoutResult(status -> jdbc.batchUpdate(
                """
                INSERT INTO privacy_access_log
                    (occurred_at, user_id, username, roles, action, student_id, record_kind, record_id, purpose, client_address)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                rows));
    }

    private static @Nullable String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
