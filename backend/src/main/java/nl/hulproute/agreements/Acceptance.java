package nl.hulproute.agreements;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The student's (or a parent's) acceptance of a revision: on which day, and how it was given. */
@Entity
@Table(name = "agreements_acceptance")
class Acceptance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private LocalDate acceptedOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AcceptedBy acceptedBy;

    private String how;
    private Instant recordedAt;
    private long recordedByUserId;

    protected Acceptance() {}

    Acceptance(LocalDate acceptedOn, AcceptedBy acceptedBy, String how, Instant recordedAt, long recordedByUserId) {
        this.acceptedOn = acceptedOn;
        this.acceptedBy = acceptedBy;
        this.how = how;
        this.recordedAt = recordedAt;
        this.recordedByUserId = recordedByUserId;
    }

    public LocalDate acceptedOn() {
        return acceptedOn;
    }

    public AcceptedBy acceptedBy() {
        return acceptedBy;
    }

    public String how() {
        return how;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public long recordedByUserId() {
        return recordedByUserId;
    }
}
