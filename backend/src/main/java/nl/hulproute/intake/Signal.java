package nl.hulproute.intake;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.hulproute.lifecycle.Urgency;
import nl.hulproute.shared.Correction;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * What someone noticed about a student, as they wrote it down, or as the case's zorgcoördinator corrected it: a
 * correction replaces the observation and leaves only its trace (docs/adr/0010).
 */
@Entity
@Table(name = "intake_signal")
class Signal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null once the signal is anonymised (retention), together with its observation. */
    private @Nullable Long studentId;
    /** The student's location when the signal was raised. */
    private long locationId;

    private long caseId;
    private long raisedByUserId;
    private Instant raisedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Urgency urgency;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "intake_signal_life_domain", joinColumns = @JoinColumn(name = "signal_id"))
    @Column(name = "life_domain")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<LifeDomain> lifeDomains = EnumSet.noneOf(LifeDomain.class);

    private String observation;
    private boolean discussedWithStudent;

    /** Every correction of the observation, oldest first; appended, never changed. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "intake_signal_correction", joinColumns = @JoinColumn(name = "signal_id"))
    @OrderColumn(name = "seq")
    private List<Correction> corrections = new ArrayList<>();

    /** When retention anonymised the signal; an anonymised signal is counted but never shown again. */
    private @Nullable Instant anonymisedAt;

    @Version
    private long version;

    protected Signal() {}

    Signal(
            long studentId,
            long locationId,
            long caseId,
            long raisedByUserId,
            Instant raisedAt,
            Urgency urgency,
            Set<LifeDomain> lifeDomains,
            String observation,
            boolean discussedWithStudent) {
        this.studentId = studentId;
        this.locationId = locationId;
        this.caseId = caseId;
        this.raisedByUserId = raisedByUserId;
        this.raisedAt = raisedAt;
        this.urgency = urgency;
        this.lifeDomains = EnumSet.noneOf(LifeDomain.class);
        this.lifeDomains.addAll(lifeDomains);
        this.observation = observation;
        this.discussedWithStudent = discussedWithStudent;
    }

    /** Replaces the inaccurate observation; only the fact of the correction stays. */
    void correct(String correctedObservation, Correction correction) {
        this.observation = correctedObservation;
        this.corrections.add(correction);
    }

    public Long id() {
        return id;
    }

    public long studentId() {
        return requireNonNull(studentId, "an anonymised signal names no student");
    }

    public long caseId() {
        return caseId;
    }

    public long raisedByUserId() {
        return raisedByUserId;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Urgency urgency() {
        return urgency;
    }

    public Set<LifeDomain> lifeDomains() {
        return Set.copyOf(lifeDomains);
    }

    public String observation() {
        return observation;
    }

    public boolean discussedWithStudent() {
        return discussedWithStudent;
    }

    public List<Correction> corrections() {
        return List.copyOf(corrections);
    }

    public long version() {
        return version;
    }
}
