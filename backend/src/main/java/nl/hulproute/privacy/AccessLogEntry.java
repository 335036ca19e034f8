package nl.hulproute.privacy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One line of the access log, as read back. Written only by {@link AccessLog}; never changed. */
@Entity
@Immutable
@Table(name = "privacy_access_log")
class AccessLogEntry {

    @Id
    private Long id;

    private Instant occurredAt;
    private long userId;
    private String username;
    private String roles;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AccessAction action;

    private @Nullable Long studentId;
    private String recordKind;
    private @Nullable Long recordId;
    private String purpose;
    private @Nullable String clientAddress;

    /** Kept by the database: whether the purpose is a break-glass reason. */
    @jakarta.persistence.Column(insertable = false, updatable = false)
    private boolean breakGlass;

    protected AccessLogEntry() {}

    AccessLogView toView() {
        return new AccessLogView(
                id,
                occurredAt,
                userId,
                username,
                roles,
                action,
                studentId,
                recordKind,
                recordId,
                purpose,
                clientAddress);
    }
}
