package nl.hulproute.agreements;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A student's support agreement with all its revisions. It keeps its id across revisions; the newest accepted
 * revision is in force until the next one is accepted, or until the agreement ends. Every change touches
 * {@code updatedAt}, so the version (the API's concurrency token) moves with it.
 */
@Entity
@Table(name = "agreements_agreement")
class Agreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long studentId;
    /** The student while the agreement runs; null once ended (a unique key: one running agreement per student). */
    private @Nullable Long runningStudentId;

    private @Nullable LocalDate firstAcceptedOn;
    private @Nullable LocalDate endedOn;
    private @Nullable String endReason;
    private @Nullable Long endedByUserId;
    private Instant createdAt;
    private long createdByUserId;
    private Instant updatedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    @OrderBy("revision")
    private List<Revision> revisions = new ArrayList<>();

    @Version
    private long version;

    protected Agreement() {}

    Agreement(long studentId, Revision first, Instant at, long userId) {
        this.studentId = studentId;
        this.runningStudentId = studentId;
        this.revisions.add(first);
        this.createdAt = at;
        this.createdByUserId = userId;
        this.updatedAt = at;
    }

    AgreementStatus status() {
        if (endedOn != null) {
            return AgreementStatus.ENDED;
        }
        return latest().status() == RevisionStatus.DRAFT ? AgreementStatus.DRAFT : AgreementStatus.ACCEPTED;
    }

    Revision latest() {
        return revisions.get(revisions.size() - 1);
    }

    /** The newest accepted revision: in force now, unless the agreement ended. */
    Optional<Revision> accepted() {
        return revisions.stream()
                .filter(revision -> revision.status() == RevisionStatus.ACCEPTED)
                .reduce((a, b) -> b);
    }

    Optional<Revision> inForceOn(LocalDate day) {
        if (endedOn != null && !endedOn.isAfter(day)) {
            return Optional.empty();
        }
        return revisions.stream().filter(revision -> revision.inForceOn(day)).findFirst();
    }

    Optional<Revision> revision(int number) {
        return revisions.stream()
                .filter(revision -> revision.revision() == number)
                .findFirst();
    }

    void addRevision(Revision revision) {
        revisions.add(revision);
    }

    /** A revision accepted in full: it supersedes the one in force from that day. */
    void accepted(Revision revision, LocalDate on) {
        accepted().ifPresent(previous -> previous.supersede(on));
        revision.accept(on);
        if (firstAcceptedOn == null) {
            firstAcceptedOn = on;
        }
    }

    /** Ends the agreement; {@code userId} is null when the school's records ended it (the student left). */
    void end(LocalDate on, String reason, @Nullable Long userId) {
        this.endedOn = on;
        this.endReason = reason;
        this.endedByUserId = userId;
        this.runningStudentId = null;
    }

    void touch(Instant at) {
        this.updatedAt = at;
    }

    public Long id() {
        return id;
    }

    public long studentId() {
        return studentId;
    }

    @Nullable
    public LocalDate firstAcceptedOn() {
        return firstAcceptedOn;
    }

    @Nullable
    public LocalDate endedOn() {
        return endedOn;
    }

    @Nullable
    public String endReason() {
        return endReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<Revision> revisions() {
        return List.copyOf(revisions);
    }

    public long version() {
        return version;
    }
}
