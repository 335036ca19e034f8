package nl.hulproute.agreements;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation of an agreement: held on a day, with or without the student (only with the student does it count for
 * the law), a verdict per measure, the student's view, and when the next one is due.
 */
@Entity
@Table(name = "agreements_evaluation")
class Evaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long agreementId;
    private int revision;
    private LocalDate heldOn;
    private boolean studentPresent;

    @Convert(converter = LinesConverter.class)
    private List<String> participants = new ArrayList<>();

    private @Nullable String studentView;
    private LocalDate nextDueOn;
    private @Nullable Integer startedRevision;
    private Instant recordedAt;
    private long recordedByUserId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreements_evaluation_outcome", joinColumns = @JoinColumn(name = "evaluation_id"))
    private List<Outcome> outcomes = new ArrayList<>();

    /** The verdict on one measure of the revision in force. */
    @Embeddable
    static class Outcome {
        @Column(name = "measure_id")
        private long measureId;

        @Enumerated(EnumType.STRING)
        @JdbcTypeCode(SqlTypes.VARCHAR)
        private Verdict verdict;

        protected Outcome() {}

        Outcome(long measureId, Verdict verdict) {
            this.measureId = measureId;
            this.verdict = verdict;
        }

        public long measureId() {
            return measureId;
        }

        public Verdict verdict() {
            return verdict;
        }
    }

    protected Evaluation() {}

    Evaluation(
            long agreementId,
            int revision,
            LocalDate heldOn,
            boolean studentPresent,
            List<String> participants,
            List<Outcome> outcomes,
            @Nullable String studentView,
            LocalDate nextDueOn,
            Instant recordedAt,
            long recordedByUserId) {
        this.agreementId = agreementId;
        this.revision = revision;
        this.heldOn = heldOn;
        this.studentPresent = studentPresent;
        this.participants = new ArrayList<>(participants);
        this.outcomes = new ArrayList<>(outcomes);
        this.studentView = studentView;
        this.nextDueOn = nextDueOn;
        this.recordedAt = recordedAt;
        this.recordedByUserId = recordedByUserId;
    }

    void started(int draftRevision) {
        this.startedRevision = draftRevision;
    }

    public Long id() {
        return id;
    }

    public long agreementId() {
        return agreementId;
    }

    public int revision() {
        return revision;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public boolean studentPresent() {
        return studentPresent;
    }

    public List<String> participants() {
        return List.copyOf(participants);
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    @Nullable
    public String studentView() {
        return studentView;
    }

    public LocalDate nextDueOn() {
        return nextDueOn;
    }

    @Nullable
    public Integer startedRevision() {
        return startedRevision;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public long recordedByUserId() {
        return recordedByUserId;
    }
}
