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

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public long userId() {
        return userId;
    }

    public String username() {
        return username;
    }

    public String roles() {
        return roles;
    }

    public AccessAction action() {
        return action;
    }

    public @Nullable Long studentId() {
        return studentId;
    }

    public String recordKind() {
        return recordKind;
    }

    public @Nullable Long recordId() {
        return recordId;
    }

    public String purpose() {
        return purpose;
    }

    public @Nullable String clientAddress() {
        return clientAddress;
    }

    public boolean breakGlass() {
        return breakGlass;
    }
}
