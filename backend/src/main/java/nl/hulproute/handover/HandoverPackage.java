package nl.hulproute.handover;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The package of one handover as it was sent: written once, at START_HANDOVER, and never changed. */
@Entity
@Table(name = "handover_package")
class HandoverPackage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long caseId;
    private @Nullable Long studentId;
    private long providerId;
    private Instant sentAt;
    private long sentByUserId;

    /** {@link PackageContent} as JSON. */
    private String content;

    @Version
    private long version;

    protected HandoverPackage() {}

    HandoverPackage(long caseId, long studentId, long providerId, Instant sentAt, long sentByUserId, String content) {
        this.caseId = caseId;
        this.studentId = studentId;
        this.providerId = providerId;
        this.sentAt = sentAt;
        this.sentByUserId = sentByUserId;
        this.content = content;
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public long providerId() {
        return providerId;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public long sentByUserId() {
        return sentByUserId;
    }

    public String content() {
        return content;
    }
}
