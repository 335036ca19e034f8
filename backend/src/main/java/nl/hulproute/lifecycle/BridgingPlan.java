package nl.hulproute.lifecycle;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Overbrugging: while a student waits for external care, someone from school keeps contact every so many days, or
 * the zorgcoördinator records why that is not needed. Part of the {@link Case}.
 */
@Entity
@Table(name = "lifecycle_bridging_plan")
class BridgingPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private @Nullable Long contactUserId;
    private @Nullable Integer contactEveryDays;
    private @Nullable String noBridgingReason;
    private Instant startedAt;
    private @Nullable Instant endedAt;

    protected BridgingPlan() {}

    BridgingPlan(CaseEventRequest.@Nullable Bridging bridging, @Nullable String noBridgingReason, Instant at) {
        if (bridging != null) {
            this.contactUserId = bridging.contactUserId();
            this.contactEveryDays = bridging.contactEveryDays();
        } else {
            this.noBridgingReason = noBridgingReason;
        }
        this.startedAt = at;
    }

    boolean isCurrent() {
        return endedAt == null;
    }

    void end(Instant at) {
        endedAt = at;
    }

    @Nullable
    Long contactUserId() {
        return contactUserId;
    }

    @Nullable
    Integer contactEveryDays() {
        return contactEveryDays;
    }

    @Nullable
    String noBridgingReason() {
        return noBridgingReason;
    }

    Instant startedAt() {
        return startedAt;
    }

    @Nullable
    Instant endedAt() {
        return endedAt;
    }
}
