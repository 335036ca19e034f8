package nl.hulproute.privacy;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One use of break-glass: who, for which student, why, and until when. Never changed afterwards. */
@Entity
@Immutable
@Table(name = "privacy_break_glass")
class BreakGlassGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long userId;
    private long studentId;
    private String reason;
    private Instant grantedAt;
    private Instant expiresAt;

    protected BreakGlassGrant() {}

    BreakGlassGrant(long userId, long studentId, String reason, Instant grantedAt, Instant expiresAt) {
        this.userId = userId;
        this.studentId = studentId;
        this.reason = reason;
        this.grantedAt = grantedAt;
        this.expiresAt = expiresAt;
    }

    long studentId() {
        return studentId;
    }

    String reason() {
        return reason;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
