package nl.hulproute.waitinglist;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One contact between school and a waiting student. */
@Entity
@Table(name = "waitinglist_bridging_contact")
class BridgingContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long caseId;
    private @Nullable Long studentId;
    private LocalDate contactedOn;
    private @Nullable String note;
    private long recordedByUserId;
    private Instant recordedAt;

    @Version
    private long version;

    protected BridgingContact() {}

    BridgingContact(
            long caseId, long studentId, LocalDate contactedOn, @Nullable String note, long recordedBy, Instant at) {
        this.caseId = caseId;
        this.studentId = studentId;
        this.contactedOn = contactedOn;
        this.note = note;
        this.recordedByUserId = recordedBy;
        this.recordedAt = at;
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public LocalDate contactedOn() {
        return contactedOn;
    }

    @Nullable
    public String note() {
        return note;
    }

    public long recordedByUserId() {
        return recordedByUserId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
