package nl.hulproute.casenotes;

import jakarta.persistence.CollectionTable;
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
import java.util.List;
import nl.hulproute.shared.Correction;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A note on a case: what someone on the case wants the others to know, or the student's own statement, at a
 * confidentiality level. A correction replaces the text and leaves only its trace (docs/adr/0010).
 */
@Entity
@Table(name = "lifecycle_case_note")
class CaseNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long caseId;
    private long authorUserId;
    private Instant writtenAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Confidentiality confidentiality;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private NoteKind kind;

    private String text;

    /** Every correction, oldest first; appended, never changed. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lifecycle_case_note_correction", joinColumns = @JoinColumn(name = "note_id"))
    @OrderColumn(name = "seq")
    private List<Correction> corrections = new ArrayList<>();

    @Version
    private long version;

    protected CaseNote() {}

    CaseNote(
            long caseId,
            long authorUserId,
            Instant writtenAt,
            Confidentiality confidentiality,
            NoteKind kind,
            String text) {
        this.caseId = caseId;
        this.authorUserId = authorUserId;
        this.writtenAt = writtenAt;
        this.confidentiality = confidentiality;
        this.kind = kind;
        this.text = text;
    }

    /** Replaces the inaccurate text; only the fact of the correction stays. */
    void correct(String correctedText, Correction correction) {
        this.text = correctedText;
        this.corrections.add(correction);
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public long authorUserId() {
        return authorUserId;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public Confidentiality confidentiality() {
        return confidentiality;
    }

    public NoteKind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public List<Correction> corrections() {
        return List.copyOf(corrections);
    }

    public long version() {
        return version;
    }
}
