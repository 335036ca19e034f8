package nl.hulproute.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.hulproute.lifecycle.CaseViews.CorrectionView;
import nl.hulproute.lifecycle.SignalStatus;
import nl.hulproute.lifecycle.Urgency;

/** What the signal endpoints take and return. */
public final class SignalViews {

    private SignalViews() {}

    @Schema(name = "RaiseSignalRequest")
    public record RaiseSignalRequest(
            @NotNull @Positive Long studentId,
            @NotEmpty @Size(max = 10) Set<@NotNull LifeDomain> lifeDomains,
            @NotNull Urgency urgency,

            @Schema(description = "What was observed, in the raiser's words") @NotBlank @Size(max = 4000)
            String observation,

            @NotNull Boolean discussedWithStudent) {}

    @Schema(name = "Signal", description = "A signal as its raiser sees it: what they raised and its status")
    public record SignalView(
            long id,
            long caseId,
            long studentId,
            String studentName,
            Instant raisedAt,
            Urgency urgency,
            Set<LifeDomain> lifeDomains,
            boolean discussedWithStudent,
            SignalStatus status) {}

    @Schema(
            name = "RaisedSignal",
            description = "One of the caller's own signals: the student, when, what about, and the status of its case; "
                    + "no case content")
    public record RaisedSignalView(
            long id,
            long studentId,
            String studentName,
            Instant raisedAt,
            Urgency urgency,
            Set<LifeDomain> lifeDomains,
            SignalStatus status) {}

    @Schema(name = "CaseSignal", description = "A signal on a case, for the case team")
    public record CaseSignalView(
            long id,

            @Schema(description = "Send it back with a correction; a newer version on the server gives 409")
            long version,

            Instant raisedAt,
            long raisedById,
            String raisedByName,
            Urgency urgency,
            Set<LifeDomain> lifeDomains,

            @Schema(description = "What was observed, as raised or as last corrected")
            String observation,

            boolean discussedWithStudent,

            @Schema(description = "Every correction of the observation, oldest first; the replaced text is not kept")
            List<CorrectionView> corrections) {}
}
