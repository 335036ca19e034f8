package nl.hulproute.lifecycle;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One step in a case's history: who moved it, when, from where to where, by which event, why, with which fields. */
@Entity
@Immutable
@Table(name = "lifecycle_case_transition")
class CaseTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long caseId;
    private Instant occurredAt;
    private long actorUserId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CaseEvent event;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CaseState fromState;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CaseState toState;

    private @Nullable String reason;

    /** The event's fields as JSON. */
    private String payload;

    protected CaseTransition() {}

    CaseTransition(
            long caseId,
            Instant occurredAt,
            long actorUserId,
            CaseEvent event,
            CaseState fromState,
            CaseState toState,
            @Nullable String reason,
            String payload) {
        this.caseId = caseId;
        this.occurredAt = occurredAt;
        this.actorUserId = actorUserId;
        this.event = event;
        this.fromState = fromState;
        this.toState = toState;
        this.reason = reason;
        this.payload = payload;
    }

    Long id() {
        return id;
    }

    long caseId() {
        return caseId;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    long actorUserId() {
        return actorUserId;
    }

    CaseEvent event() {
        return event;
    }

    CaseState fromState() {
        return fromState;
    }

    CaseState toState() {
        return toState;
    }

    @Nullable
    String reason() {
        return reason;
    }

    String payload() {
        return payload;
    }
}
