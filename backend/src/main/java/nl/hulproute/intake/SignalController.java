package nl.hulproute.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.util.List;
import nl.hulproute.intake.SignalViews.CaseSignalView;
import nl.hulproute.intake.SignalViews.RaiseSignalRequest;
import nl.hulproute.intake.SignalViews.RaisedSignalView;
import nl.hulproute.intake.SignalViews.SignalView;
import nl.hulproute.lifecycle.CaseViews.CorrectionRequest;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.PageView;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Signals")
class SignalController {

    private final SignalIntake intake;

    SignalController(SignalIntake intake) {
        this.intake = intake;
    }

    @PostMapping("/api/signals")
    @ApiResponse(responseCode = "201", description = "Created")
    @Operation(
            summary = "Raise a signal about one of my students",
            description = "The signal joins the student's open case, or opens one; the response names the case.")
    ResponseEntity<SignalView> raise(
            @Parameter(hidden = true) Actor actor, @RequestBody @Valid RaiseSignalRequest request) {
        SignalView signal = intake.raise(actor, request);
        return ResponseEntity.created(URI.create("/api/signals/" + signal.id())).body(signal);
    }

    @GetMapping("/api/signals")
    @Operation(
            summary =
                    "My signals with the status of their case (ontvangen, opgepakt, in begeleiding, doorverwezen, afgesloten)")
    PageView<RaisedSignalView> raisedByMe(
            @Parameter(hidden = true) Actor actor,
            @Parameter(description = "Only `me` is supported: everyone sees only the signals they raised")
                    @RequestParam(defaultValue = "me")
                    @Pattern(regexp = "me")
                    String raisedBy,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return intake.raisedBy(
                actor, PageRequest.of(page, size, Sort.by(Sort.Order.desc("raisedAt"), Sort.Order.desc("id"))));
    }

    @GetMapping("/api/cases/{caseId}/signals")
    @Operation(summary = "The signals of a case, for the case team")
    List<CaseSignalView> ofCase(@Parameter(hidden = true) Actor actor, @PathVariable @Positive long caseId) {
        return intake.ofCase(actor, caseId);
    }

    @PostMapping("/api/cases/{caseId}/signals/{signalId}/correction")
    @Operation(
            summary = "Correct a signal's observation (AVG art. 16)",
            description = "For the case's own zorgcoördinatoren. The corrected text replaces the observation, which is "
                    + "not kept; the signal shows when, by whom and why it was corrected. 409 `signal.version-stale` "
                    + "when `version` is given and the signal changed since; 404 for a signal not on this case.")
    CaseSignalView correctSignal(
            @Parameter(hidden = true) Actor actor,
            @PathVariable @Positive long caseId,
            @PathVariable @Positive long signalId,
            @RequestBody @Valid CorrectionRequest request) {
        return intake.correct(actor, caseId, signalId, request);
    }
}
