package nl.hulproute.lifecycle;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** Consent to share a case with one provider: who gave it, when, and until when it holds. */
@Entity
@Table(name = "lifecycle_consent")
class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long caseId;
    /** Null once the case is anonymised (retention). */
    private @Nullable Long studentId;

    private long providerId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ConsentGiver givenBy;

    private Instant givenAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ConsentMethod givenHow;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lifecycle_consent_section", joinColumns = @JoinColumn(name = "consent_id"))
    @Column(name = "section")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<PackageSection> sections = EnumSet.noneOf(PackageSection.class);

    private LocalDate validUntil;
    private long recordedByUserId;
    private @Nullable Instant withdrawnAt;
    private @Nullable Long withdrawnByUserId;

    @Version
    private long version;

    protected Consent() {}

    Consent(
            long caseId,
            long studentId,
            long providerId,
            ConsentGiver givenBy,
            Instant givenAt,
            ConsentMethod givenHow,
            Set<PackageSection> sections,
            LocalDate validUntil,
            long recordedByUserId) {
        this.caseId = caseId;
        this.studentId = studentId;
        this.providerId = providerId;
        this.givenBy = givenBy;
        this.givenAt = givenAt;
        this.givenHow = givenHow;
        this.sections = EnumSet.noneOf(PackageSection.class);
        this.sections.addAll(sections);
        this.validUntil = validUntil;
        this.recordedByUserId = recordedByUserId;
    }

    /** In force on this day: not withdrawn and not expired. */
    boolean inForceOn(LocalDate day) {
        return inForce(withdrawnAt, validUntil, day);
    }

    /** The rule of {@link #inForceOn}, for a consent read as a row ({@link CoveredSection}). */
    static boolean inForce(@Nullable Instant withdrawnAt, LocalDate validUntil, LocalDate day) {
        return withdrawnAt == null && !validUntil.isBefore(day);
    }

    /** Withdrawal is as easy as giving: from this moment the provider's access ends. */
    void withdraw(long byUserId, Instant at) {
        withdrawnAt = at;
        withdrawnByUserId = byUserId;
    }

    Long id() {
        return id;
    }

    long caseId() {
        return caseId;
    }

    long providerId() {
        return providerId;
    }

    ConsentGiver givenBy() {
        return givenBy;
    }

    Instant givenAt() {
        return givenAt;
    }

    ConsentMethod givenHow() {
        return givenHow;
    }

    Set<PackageSection> sections() {
        return Set.copyOf(sections);
    }

    @Nullable
    Long withdrawnByUserId() {
        return withdrawnByUserId;
    }

    LocalDate validUntil() {
        return validUntil;
    }

    long recordedByUserId() {
        return recordedByUserId;
    }

    @Nullable
    Instant withdrawnAt() {
        return withdrawnAt;
    }
}
