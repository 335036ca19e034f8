package nl.hulproute.handover;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A driegesprek of the student, school and the receiving professional: planned, then recorded as held. */
@Entity
@Table(name = "handover_joint_meeting")
class JointMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long caseId;
    private @Nullable Long studentId;
    private LocalDate plannedOn;
    private long plannedByUserId;
    private Instant plannedAt;
    private @Nullable LocalDate heldOn;
    private @Nullable Long heldByUserId;
    private @Nullable String note;

    @Version
    private long version;

    protected JointMeeting() {}

    JointMeeting(long caseId, long studentId, LocalDate plannedOn, @Nullable String note, long plannedBy, Instant at) {
        this.caseId = caseId;
        this.studentId = studentId;
        this.plannedOn = plannedOn;
        this.note = note;
        this.plannedByUserId = plannedBy;
        this.plannedAt = at;
    }

    /** It took place on this day; a note given now replaces the one made when planning. */
    void held(LocalDate on, @Nullable String heldNote, long byUserId) {
        this.heldOn = on;
        this.heldByUserId = byUserId;
        if (heldNote != null) {
            this.note = heldNote;
        }
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public LocalDate plannedOn() {
        return plannedOn;
    }

    public long plannedByUserId() {
        return plannedByUserId;
    }

    public Instant plannedAt() {
        return plannedAt;
    }

    @Nullable
    public LocalDate heldOn() {
        return heldOn;
    }

    @Nullable
    public Long heldByUserId() {
        return heldByUserId;
    }

    @Nullable
    public String note() {
        return note;
    }

    public long version() {
        return version;
    }
}
