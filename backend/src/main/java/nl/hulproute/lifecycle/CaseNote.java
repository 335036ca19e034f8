package nl.hulproute.lifecycle;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A note on a case: what someone on the case wants the others to know, at a confidentiality level. */
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

    private String text;

    @Version
    private long version;

    protected CaseNote() {}

    CaseNote(long caseId, long authorUserId, Instant writtenAt, Confidentiality confidentiality, String text) {
        this.caseId = caseId;
        this.authorUserId = authorUserId;
        this.writtenAt = writtenAt;
        this.confidentiality = confidentiality;
        this.text = text;
    }

    Long id() {
        return id;
    }

    long caseId() {
        return caseId;
    }

    long authorUserId() {
        return authorUserId;
    }

    Instant writtenAt() {
        return writtenAt;
    }

    Confidentiality confidentiality() {
        return confidentiality;
    }

    String text() {
        return text;
    }
}
