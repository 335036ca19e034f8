package nl.hulproute.intake;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The trace a correction leaves on a signal: when, by whom and why. The observation it replaced is not kept. */
@Embeddable
class SignalCorrection {

    private Instant correctedAt;
    private long correctedByUserId;
    private String reason;

    protected SignalCorrection() {}

    SignalCorrection(Instant correctedAt, long correctedByUserId, String reason) {
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
