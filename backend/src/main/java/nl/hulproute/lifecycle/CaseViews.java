package nl.hulproute.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.hulproute.people.PersonRef;
import nl.hulproute.people.StudentRef;
import nl.hulproute.people.Track;
import nl.hulproute.people.UserSummary;
import nl.hulproute.shared.Correction;
import nl.hulproute.shared.PlausibleDate;
import nl.hulproute.socialmap.ProviderRef;
import nl.hulproute.socialmap.ProviderSummary;
import org.jspecify.annotations.Nullable;

/** What the case endpoints take and return. */
public final class CaseViews {

    private CaseViews() {}

    @Schema(name = "CaseStudent", description = "The student a case is about: what the case team needs to route care")
    public record CaseStudentView(
            long id,
            String studentNumber,
            String name,
            LocalDate dateOfBirth,
            int age,
            String municipality,
            String locationName,
            String teamName,
            String programme,
            int level,
            Track track,

            @Schema(
                    description = "The 18th birthday while the student is younger: Jeugdwet care then moves to Wmo "
                            + "or adult care, and a parent's say ends")
            @Nullable
            LocalDate turns18On) {}

    @Schema(name = "BridgingView", description = "The school's bridging while the student waits")
    public record BridgingView(
            @Nullable PersonRef contact,
            @Nullable Integer contactEveryDays,

            @Schema(description = "what the bridging is, e.g. a weekly talk") @Nullable
            String description,

            @Nullable String noBridgingReason,
            Instant since,

            @Schema(description = "the day of the latest bridging contact") @Nullable
            LocalDate lastContactOn,

            @Schema(description = "when the next bridging contact is due") @Nullable
            LocalDate nextContactDue) {}

    @Schema(name = "Case", description = "A case with what the caller may do with it now")
    public record CaseView(
            long id,
            CaseState state,
            @Nullable Line line,
            Urgency urgency,
            long version,
            Instant openedAt,
            long ageInDays,
            Instant lastSignalAt,
            CaseStudentView student,
            long locationId,
            @Nullable PersonRef owner,
            @Nullable ProviderRef provider,
            @Nullable String advice,
            @Nullable LocalDate checkInDate,
            @Nullable Instant referredAt,
            @Nullable Instant waitingSince,
            @Nullable LocalDate expectedStartDate,
            @Nullable BridgingView bridging,
            @Nullable Instant handoverStartedAt,
            @Nullable LocalDate firstContactDate,

            @Schema(description = "When the receiver accepted the current handover") @Nullable
            Instant handoverAcceptedAt,

            @Schema(description = "The day the receiver reported care started (CARE_STARTED)") @Nullable
            LocalDate careStartedOn,

            @Schema(
                    description = "Closed as continuing in external care: the receiver keeps the case until they "
                            + "report care ended")
            boolean careContinuesWithProvider,

            @Nullable String externalCareSummary,
            @Nullable Outcome outcome,
            @Nullable Instant closedAt,
            @Nullable LocalDate nextDeadline,

            @Schema(description = "What is due on that date") @Nullable
            DeadlineKind nextDeadlineKind,

            boolean overdue,

            @Schema(description = "The sections of the handover package sent to the provider")
            List<PackageSection> handoverSections,

            @Schema(description = "Whether the student's consent for the case's provider is in force")
            boolean consentInForce,

            @Schema(
                    description = "The package sections the consent in force for the case's provider covers today "
                            + "(the student's and, under 16, a parent's too): what a handover may send, and what its "
                            + "form starts with")
            List<PackageSection> consentedSections,

            @Schema(
                    description = "The sections this caller may see: all for the case team; for a provider's "
                            + "professional only those sent and consented to (the others are left out)")
            List<PackageSection> visibleSections,

            @Schema(description = "The events this caller may fire now, derived from the lifecycle declaration")
            List<CaseEvent> allowedEvents,

            @Schema(description = "Whether this caller writes notes on the case: those who work on it")
            boolean mayWriteNotes,

            @Schema(
                    description = "Whether this caller corrects what is recorded on the case and writes down the "
                            + "student's own statement: the case's own zorgcoördinatoren")
            boolean mayCorrect,

            @Schema(
                    description =
                            "Whether this caller only reads the case (break-glass): no steps, notes or " + "meetings")
            boolean readOnly,

            @Schema(description = "How long each step of the route took, from the history; for the case team only")
            CaseClocks.@Nullable View clocks) {}

    @Schema(name = "CaseSummary", description = "A case in the caseload")
    public record CaseSummaryView(
            long id,
            CaseState state,
            @Nullable Line line,
            Urgency urgency,
            long version,
            Instant openedAt,
            long ageInDays,
            StudentRef student,
            long locationId,
            @Nullable PersonRef owner,

            @Schema(description = "The next date by which something must happen on the case") @Nullable
            LocalDate nextDeadline,

            @Schema(description = "What is due on that date") @Nullable
            DeadlineKind nextDeadlineKind,

            @Schema(description = "Whether that date has passed")
            boolean overdue,

            @Schema(description = "Whether this caller only reads the case (break-glass)")
            boolean readOnly) {}

    @Schema(name = "CaseCounts", description = "How many cases are in each state, under the caseload's filters")
    public record CaseCountsView(Map<CaseState, Long> byState, long total) {}

    @Schema(name = "CaseTransition", description = "One step in a case's history")
    public record TransitionView(
            long id,
            Instant occurredAt,
            PersonRef actor,
            CaseEvent event,
            CaseState from,
            CaseState to,
            @Nullable String reason,

            @Schema(description = "The event's fields as they were sent")
            JsonNode payload) {

        /** A stored step as the API shows it, its actor named from a batch lookup and its fields parsed back. */
        static TransitionView of(CaseTransition step, Map<Long, UserSummary> users, ObjectMapper json) {
            try {
                return new TransitionView(
                        step.id(),
                        step.occurredAt(),
                        Objects.requireNonNull(PersonRef.of(step.actorUserId(), users)),
                        step.event(),
                        step.fromState(),
                        step.toState(),
                        step.reason(),
                        json.readTree(step.payload()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored payloads are JSON", e);
            }
        }
    }

    @Schema(
            name = "CorrectionRequest",
            description = "Correcting recorded text on the student's behalf (AVG art. 16): the corrected text replaces "
                    + "the old one, which is not kept; the reason is kept with the correction")
    public record CorrectionRequest(
            @Schema(description = "The version the caller saw; a newer version on the server gives 409")
            @PositiveOrZero
            @Nullable
            Long version,

            @Schema(description = "The corrected text, in full") @NotBlank @Size(max = 4000)
            String text,

            @Schema(description = "Why it was corrected; without repeating what was wrong") @NotBlank @Size(max = 500)
            String reason) {}

    @Schema(name = "Correction", description = "That recorded text was corrected: when, by whom, why")
    public record CorrectionView(Instant correctedAt, PersonRef correctedBy, String reason) {

        /** The corrections of a note or signal, oldest first, their correctors named from a batch lookup. */
        public static List<CorrectionView> of(List<Correction> corrections, Map<Long, UserSummary> users) {
            return corrections.stream()
                    .map(correction -> new CorrectionView(
                            correction.correctedAt(),
                            Objects.requireNonNull(PersonRef.of(correction.correctedByUserId(), users)),
                            correction.reason()))
                    .toList();
        }
    }

    @Schema(name = "ConsentRequest")
    public record ConsentRequest(
            @NotNull ConsentGiver givenBy,
            @NotNull @Positive Long providerId,

            @Schema(description = "The package sections the consent covers; the student's details at least") @NotEmpty
            Set<@NotNull PackageSection> sections,

            @NotNull ConsentMethod givenHow,
            @NotNull @PlausibleDate LocalDate validUntil) {}

    @Schema(name = "Consent", description = "Consent to share a case with a provider")
    public record ConsentView(
            long id,
            ConsentGiver givenBy,
            ProviderRef provider,
            List<PackageSection> sections,
            Instant givenAt,
            ConsentMethod givenHow,
            LocalDate validUntil,
            PersonRef recordedBy,
            @Nullable Instant withdrawnAt,
            @Nullable PersonRef withdrawnBy,
            boolean inForce) {

        /** A stored consent as the API shows it, with names from batch lookups. */
        static ConsentView of(
                Consent consent, Map<Long, ProviderSummary> providers, Map<Long, UserSummary> users, LocalDate today) {
            return new ConsentView(
                    consent.id(),
                    consent.givenBy(),
                    Objects.requireNonNull(ProviderRef.of(consent.providerId(), providers)),
                    consent.sections().stream().sorted().toList(),
                    consent.givenAt(),
                    consent.givenHow(),
                    consent.validUntil(),
                    Objects.requireNonNull(PersonRef.of(consent.recordedByUserId(), users)),
                    consent.withdrawnAt(),
                    PersonRef.of(consent.withdrawnByUserId(), users),
                    consent.inForceOn(today));
        }
    }
}
