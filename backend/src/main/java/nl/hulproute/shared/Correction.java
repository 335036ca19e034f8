package nl.hulproute.shared;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The trace a correction (AVG art. 16) leaves on a note or a signal: when, by whom and why. The text it replaced is
 * not kept. Each record that can be corrected holds these in a table of its own.
 */
@Embeddable
public class Correction {

    private Instant correctedAt;
    private long correctedByUserId;
    private String reason;

    @SuppressWarnings("NullAway.Init") // for JPA, which fills the fields
    protected Correction() {}

    public Correction(Instant correctedAt, long correctedByUserId, String reason) {
        this.correctedAt = correctedAt;
        this.correctedByUserId = correctedByUserId;
        this.reason = reason;
    }

    public Instant correctedAt() {
        return correctedAt;
    }

    public long correctedByUserId() {
        return correctedByUserId;
    }

    public String reason() {
        return reason;
    }
}
