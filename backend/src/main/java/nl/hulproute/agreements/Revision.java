package nl.hulproute.agreements;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One version of an agreement's content. A change to an accepted agreement is a new revision; old ones stay. */
@Entity
@Table(name = "agreements_revision")
class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int revision;
    private String needInOwnWords;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private RevisionStatus status;

    private @Nullable LocalDate acceptedOn;
    private @Nullable LocalDate supersededOn;
    private Instant createdAt;
    private long createdByUserId;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "revision_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<Measure> measures = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "revision_id", nullable = false, updatable = false)
    @OrderBy("acceptedOn, id")
    private List<Acceptance> acceptances = new ArrayList<>();

    protected Revision() {}

    Revision(int revision, String needInOwnWords, List<Measure> measures, Instant createdAt, long createdByUserId) {
        this.revision = revision;
        this.needInOwnWords = needInOwnWords;
        this.status = RevisionStatus.DRAFT;
        this.measures.addAll(measures);
        this.createdAt = createdAt;
        this.createdByUserId = createdByUserId;
    }

    /** A new draft with this revision's content, leaving out the given measures. */
    Revision nextDraft(Set<Long> leaveOut, Instant at, long userId) {
        List<Measure> kept = new ArrayList<>();
        for (Measure measure : measures) {
            if (!leaveOut.contains(measure.id())) {
                kept.add(measure.copyAt(kept.size()));
            }
        }
        return new Revision(revision + 1, needInOwnWords, kept, at, userId);
    }

    /** Replaces a draft's content; acceptances given to the old content no longer hold. */
    void replaceContent(String need, List<Measure> newMeasures) {
        this.needInOwnWords = need;
        this.measures.clear();
        this.measures.addAll(newMeasures);
        this.acceptances.clear();
    }

    void addAcceptance(Acceptance acceptance) {
        acceptances.add(acceptance);
    }

    Set<AcceptedBy> acceptedBy() {
        return acceptances.stream()
                .map(Acceptance::acceptedBy)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AcceptedBy.class)));
    }

    /** The earliest acceptance of this revision, if any: it decides whether a parent must co-accept. */
    @Nullable
    LocalDate firstAcceptanceOn() {
        return acceptances.stream()
                .map(Acceptance::acceptedOn)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    void accept(LocalDate on) {
        this.status = RevisionStatus.ACCEPTED;
        this.acceptedOn = on;
    }

    void supersede(LocalDate on) {
        this.status = RevisionStatus.SUPERSEDED;
        this.supersededOn = on;
    }

    /** Whether this revision was the one in force on {@code day}. */
    boolean inForceOn(LocalDate day) {
        return acceptedOn != null && !acceptedOn.isAfter(day) && (supersededOn == null || supersededOn.isAfter(day));
    }

    public Long id() {
        return id;
    }

    public int revision() {
        return revision;
    }

    public String needInOwnWords() {
        return needInOwnWords;
    }

    public RevisionStatus status() {
        return status;
    }

    @Nullable
    public LocalDate acceptedOn() {
        return acceptedOn;
    }

    @Nullable
    public LocalDate supersededOn() {
        return supersededOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long createdByUserId() {
        return createdByUserId;
    }

    public List<Measure> measures() {
        return List.copyOf(measures);
    }

    public List<Acceptance> acceptances() {
        return List.copyOf(acceptances);
    }
}
