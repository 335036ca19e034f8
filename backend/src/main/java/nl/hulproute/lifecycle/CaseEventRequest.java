package nl.hulproute.lifecycle;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import nl.hulproute.shared.PlausibleDate;
import org.jspecify.annotations.Nullable;

/**
 * Firing an event on a case: the case version the caller saw, an optional reason, and the fields of that event
 * ({@link CaseLifecycle} says which event takes which). Whether a field is required is a guard of the event, so a
 * missing one is refused with that guard's code.
 */
@Schema(name = "CaseEventRequest")
public record CaseEventRequest(
        @Schema(description = "The version of the case the caller saw; a newer version on the server gives 409")
        @NotNull
        Long version,

        @Size(max = 2000) @Nullable String reason,

        @Schema(description = "ASSIGN_FIRST_LINE: advice for the SLB'er") @Size(max = 2000) @Nullable
        String advice,

        @Schema(description = "ASSIGN_FIRST_LINE: when the SLB'er checks in with the student") @PlausibleDate @Nullable
        LocalDate checkInDate,

        @Schema(description = "ASSIGN_SECOND_LINE: the second-line professional who owns the case") @Positive @Nullable
        Long ownerId,

        @Schema(description = "REFER: the provider from the catalogue") @Positive @Nullable
        Long providerId,

        @Schema(description = "PLACE_ON_WAITLIST: who from school keeps contact, and how often") @Valid @Nullable
        Bridging bridging,

        @Schema(description = "PLACE_ON_WAITLIST: why no bridging is needed") @Size(max = 2000) @Nullable
        String noBridgingReason,

        @Schema(description = "PLACE_ON_WAITLIST: when the provider expects to start") @PlausibleDate @Nullable
        LocalDate expectedStartDate,

        @Schema(description = "START_HANDOVER: the sections of the package sent to the provider")
        @Size(max = 10)
        @Nullable
        Set<@NotNull PackageSection> sections,

        @Schema(description = "ACCEPT_HANDOVER: the first-contact or intake date") @PlausibleDate @Nullable
        LocalDate firstContactDate,

        @Schema(description = "END_EXTERNAL_CARE: what the school needs to know, without clinical detail")
        @Size(max = 2000)
        @Nullable
        String summary,

        @Schema(description = "CLOSE: how the case ended") @Nullable
        Outcome outcome,

        @Schema(description = "CARE_STARTED: the day care started, not in the future nor before the acceptance")
        @PlausibleDate
        @Nullable
        LocalDate careStartedOn) {

    /** The school's bridging while a student waits: who keeps contact, every how many days, and what it is. */
    @Schema(name = "Bridging")
    public record Bridging(
            @NotNull @Positive Long contactUserId,
            @NotNull @Min(1) @Max(90) Integer contactEveryDays,

            @Schema(description = "what the bridging is, e.g. a weekly talk, an adapted timetable (no clinical detail)")
            @Size(max = 300)
            @Nullable
            String description) {

        public Bridging(Long contactUserId, Integer contactEveryDays) {
            this(contactUserId, contactEveryDays, null);
        }
    }

    /** A request with only a version and a reason; the other fields empty. */
    public static CaseEventRequest withReason(long version, @Nullable String reason) {
        return new CaseEventRequest(
                version, reason, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
