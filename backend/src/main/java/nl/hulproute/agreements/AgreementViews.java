package nl.hulproute.agreements;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.hulproute.shared.PlausibleDate;
import org.jspecify.annotations.Nullable;

/** What the agreement endpoints take and return. */
public final class AgreementViews {

    private AgreementViews() {}

    static final int MAX_MEASURES = 30;

    @Schema(name = "MeasureInput", description = "One measure as the zorgcoördinator writes it")
    public record MeasureInput(
            @Schema(description = "Ignored: a measure gets a new id in every revision") @Nullable @Positive
            Long id,

            @NotNull MeasureKind kind,
            @NotBlank @Size(max = 2000) String description,

            @Schema(description = "Who sees to it (a role or a name)") @NotBlank @Size(max = 200)
            String responsible,

            @Schema(description = "Whether it also applies during the internship (bpv)") @NotNull
            Boolean appliesDuringInternship) {}

    @Schema(name = "NewAgreementRequest", description = "A new agreement: its first draft revision")
    public record NewAgreementRequest(
            @Schema(description = "The support need in the student's own words") @NotBlank @Size(max = 4000)
            String needInOwnWords,

            @NotNull @Size(min = 1, max = MAX_MEASURES) List<@Valid @NotNull MeasureInput> measures) {}

    @Schema(
            name = "ChangeAgreementRequest",
            description = "New content: changes a draft, or starts a new draft revision of an accepted agreement")
    public record ChangeAgreementRequest(
            @Schema(description = "The version the change is based on") @NotNull @PositiveOrZero
            Long version,

            @NotBlank @Size(max = 4000) String needInOwnWords,
            @NotNull @Size(min = 1, max = MAX_MEASURES) List<@Valid @NotNull MeasureInput> measures) {}

    @Schema(name = "AcceptanceRequest", description = "The student's, or under 16 also a parent's, acceptance")
    public record AcceptanceRequest(
            @Schema(description = "The day it was accepted: today or earlier") @NotNull @PlausibleDate
            LocalDate acceptedOn,

            @NotNull AcceptedBy acceptedBy,

            @Schema(description = "How it was accepted (signed on paper, in the student portal, in a meeting)")
            @NotBlank
            @Size(max = 500)
            String how,

            @Schema(description = "When given: the version the acceptance is based on") @Nullable @PositiveOrZero
            Long version) {}

    @Schema(name = "EndAgreementRequest", description = "The end of an agreement: from which day, and why")
    public record EndAgreementRequest(
            @Schema(description = "The day it ended: today or earlier")
            @JsonAlias({"date", "on"})
            @NotNull
            @PlausibleDate
            LocalDate endedOn,

            @Schema(description = "Why (the student left school, there is no more need)") @NotBlank @Size(max = 500)
            String reason,

            @Schema(description = "When given: the version the end is based on") @Nullable @PositiveOrZero
            Long version) {}

    @Schema(name = "OutcomeInput", description = "The verdict on one measure of the revision in force")
    public record OutcomeInput(
            @NotNull @Positive Long measureId, @NotNull Verdict verdict) {}

    @Schema(name = "EvaluationRequest", description = "An evaluation of the agreement, held on a day")
    public record EvaluationRequest(
            @Schema(description = "The day it was held: today or earlier") @NotNull @PlausibleDate
            LocalDate heldOn,

            @Schema(description = "Whether the student took part: without them it does not count for the law") @NotNull
            Boolean studentPresent,

            @Schema(description = "Who else took part, by role") @Nullable @Size(max = 20)
            List<@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\n\\r]*") String> participants,

            @Schema(description = "A verdict per measure; ADJUST or STOP starts a new draft revision")
            @Nullable
            @Size(max = MAX_MEASURES)
            List<@Valid @NotNull OutcomeInput> outcomes,

            @Schema(description = "The student's view, in their words") @Nullable @Size(max = 4000)
            String studentView,

            @Schema(description = "When the next evaluation is due: at most 12 months after heldOn (the default)")
            @Nullable
            @PlausibleDate
            LocalDate nextDueOn,

            @Schema(description = "When given: the version the evaluation is based on") @Nullable @PositiveOrZero
            Long version) {}

    @Schema(
            name = "Measure",
            description = "A measure: what the school does, who sees to it, whether it holds in the bpv")
    public record MeasureView(
            long id, MeasureKind kind, String description, String responsible, boolean appliesDuringInternship) {}

    @Schema(name = "Acceptance", description = "Who accepted a revision, on which day and how")
    public record AcceptanceView(LocalDate acceptedOn, AcceptedBy acceptedBy, String how, Instant recordedAt) {}

    @Schema(name = "AgreementRevision", description = "One revision of an agreement, with its dates")
    public record RevisionView(
            int revision,
            RevisionStatus status,
            String needInOwnWords,
            List<MeasureView> measures,
            List<AcceptanceView> acceptances,
            Instant createdAt,

            @Schema(description = "From this day the revision was in force") @Nullable
            LocalDate acceptedOn,

            @Schema(description = "From this day the next revision was in force") @Nullable
            LocalDate supersededOn) {}

    @Schema(
            name = "Agreement",
            description = "A support agreement; the content is its newest revision (a draft while one is open)")
    public record AgreementView(
            long id,
            long studentId,
            String studentNumber,

            @Schema(description = "The student's name, for the zorgcoördinator's screen")
            String studentName,

            @Schema(description = "The concurrency token: send it with a change")
            long version,

            AgreementStatus status,

            @Schema(description = "The number of the newest revision: 1, 2, …")
            int revision,

            String needInOwnWords,
            List<MeasureView> measures,

            @Schema(description = "Acceptances of the newest revision")
            List<AcceptanceView> acceptances,

            @Schema(
                    description =
                            "Whose acceptance the open draft still needs (a parent too while the student is under 16)")
            List<AcceptedBy> awaitingAcceptanceBy,

            @Schema(description = "The revision in force today, if any") @Nullable
            Integer inForceRevision,

            @Schema(description = "The day the agreement was first accepted") @Nullable
            LocalDate firstAcceptedOn,

            @Schema(description = "The last evaluation held with the student") @Nullable
            LocalDate lastEvaluatedOn,

            @Schema(description = "When the next evaluation with the student is due") @Nullable
            LocalDate nextEvaluationDueOn,

            @Nullable LocalDate endedOn,
            @Nullable String endReason,
            Instant createdAt,
            Instant updatedAt) {}

    @Schema(name = "EvaluationOutcome", description = "The verdict on one measure")
    public record OutcomeView(long measureId, Verdict verdict) {}

    @Schema(name = "Evaluation", description = "An evaluation of an agreement")
    public record EvaluationView(
            long id,
            long agreementId,

            @Schema(description = "The revision in force when it was held")
            int revision,

            LocalDate heldOn,
            boolean studentPresent,

            @Schema(description = "Whether it counts for the yearly evaluation the law asks (only with the student)")
            boolean countsForCompliance,

            List<String> participants,
            List<OutcomeView> outcomes,
            @Nullable String studentView,
            LocalDate nextDueOn,

            @Schema(description = "The draft revision this evaluation started (an ADJUST or STOP)") @Nullable
            Integer startedRevision,

            Instant recordedAt) {}

    @Schema(
            name = "MeasuresCard",
            description =
                    "Waar kan deze student op rekenen: the measures in force, and nothing about the need behind them")
    public record MeasuresCardView(
            long studentId,

            @Schema(description = "Since when these measures apply; null when none are in force") @Nullable
            LocalDate inForceSince,

            List<MeasureView> measures) {}

    @Schema(
            name = "TeamMeasures",
            description = "A student of a team you teach in who has support measures in force: who, and what they may "
                    + "count on; never the need behind it")
    public record TeamMeasuresView(
            long studentId,
            String studentNumber,
            String studentName,
            String teamName,
            LocalDate inForceSince,
            List<MeasureView> measures) {}

    @Schema(
            name = "AgreementRecord",
            description = "For the AVG inzage: an agreement with every revision and every evaluation, as recorded")
    public record AgreementRecord(
            AgreementView agreement, List<RevisionView> revisions, List<EvaluationView> evaluations) {}

    @Schema(
            name = "EvaluationDue",
            description = "An agreement whose evaluation with the student is due soon, or overdue")
    public record DueView(
            long agreementId,
            long studentId,
            String studentNumber,
            String studentName,
            String locationName,
            LocalDate firstAcceptedOn,
            @Nullable LocalDate lastEvaluatedOn,
            LocalDate dueOn,

            @Schema(description = "Days until it is due; negative when overdue")
            long daysUntilDue,

            boolean overdue) {}

    @Schema(
            name = "CarryOverRequest",
            description = "Start next year's revision of every accepted agreement of a location")
    public record CarryOverRequest(@NotNull @Positive Long locationId) {}

    @Schema(
            name = "CarryOver",
            description = "The agreements that got a new draft revision, copied from the accepted one")
    public record CarryOverView(int started, List<Long> agreementIds) {}
}
