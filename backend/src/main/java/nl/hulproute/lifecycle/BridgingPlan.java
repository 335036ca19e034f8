package nl.hulproute.lifecycle;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
    private @Nullable String description;
    private @Nullable String noBridgingReason;
    private Instant startedAt;
    private @Nullable LocalDate lastContactOn;
    private @Nullable Instant endedAt;

    protected BridgingPlan() {}

    BridgingPlan(CaseEventRequest.@Nullable Bridging bridging, @Nullable String noBridgingReason, Instant at) {
        if (bridging != null) {
            this.contactUserId = bridging.contactUserId();
            this.contactEveryDays = bridging.contactEveryDays();
            this.description =
                    bridging.description() == null || bridging.description().isBlank()
                            ? null
                            : bridging.description().strip();
        } else {
            this.noBridgingReason = noBridgingReason;
        }
        this.startedAt = at;
    }

    public boolean isCurrent() {
        return endedAt == null;
    }

    void end(Instant at) {
        endedAt = at;
    }

    @Nullable
    public Long contactUserId() {
        return contactUserId;
    }

    @Nullable
    public Integer contactEveryDays() {
        return contactEveryDays;
    }

    @Nullable
    public String description() {
        return description;
    }

    /** Whether someone from school keeps contact (rather than a reason why none is needed). */
    public boolean hasContact() {
        return contactUserId != null && contactEveryDays != null;
    }

    @Nullable
    public LocalDate lastContactOn() {
        return lastContactOn;
    }

    /** A contact was made on this day: the next one is due {@code contactEveryDays} after the latest contact. */
    void contactMade(LocalDate on) {
        if (lastContactOn == null || on.isAfter(lastContactOn)) {
            lastContactOn = on;
        }
    }

    /** The day the next contact is due: that many days after the last contact, or after the plan started. */
    @Nullable
    LocalDate nextContactDue(ZoneId zone) {
        if (!hasContact()) {
            return null;
        }
        LocalDate from = lastContactOn != null ? lastContactOn : LocalDate.ofInstant(startedAt, zone);
        return from.plusDays(requireNonNull(contactEveryDays));
    }

    @Nullable
    public String noBridgingReason() {
        return noBridgingReason;
    }

    public Instant startedAt() {
        return startedAt;
    }

    @Nullable
    public Instant endedAt() {
        return endedAt;
    }
}
