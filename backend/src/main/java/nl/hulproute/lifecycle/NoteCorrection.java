package nl.hulproute.lifecycle;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The trace a correction leaves on a note: when, by whom and why. The text it replaced is not kept. */
@Embeddable
class NoteCorrection {

    private Instant correctedAt;
    private long correctedByUserId;
    private String reason;

    protected NoteCorrection() {}

    NoteCorrection(Instant correctedAt, long correctedByUserId, String reason) {
        this.correctedAt = correctedAt;
        this.correctedByUserId = correctedByUserId;
        this.reason = reason;
    }

    Instant correctedAt() {
        return correctedAt;
    }

    long correctedByUserId() {
        return correctedByUserId;
    }

    String reason() {
        return reason;
    }
}
