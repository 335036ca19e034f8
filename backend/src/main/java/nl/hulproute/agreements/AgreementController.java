package nl.hulproute.agreements;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.util.List;
import nl.hulproute.agreements.AgreementViews.AcceptanceRequest;
import nl.hulproute.agreements.AgreementViews.AgreementView;
import nl.hulproute.agreements.AgreementViews.CarryOverRequest;
import nl.hulproute.agreements.AgreementViews.CarryOverView;
import nl.hulproute.agreements.AgreementViews.ChangeAgreementRequest;
import nl.hulproute.agreements.AgreementViews.DueView;
import nl.hulproute.agreements.AgreementViews.EndAgreementRequest;
import nl.hulproute.agreements.AgreementViews.EvaluationRequest;
import nl.hulproute.agreements.AgreementViews.EvaluationView;
import nl.hulproute.agreements.AgreementViews.MeasuresCardView;
import nl.hulproute.agreements.AgreementViews.NewAgreementRequest;
import nl.hulproute.agreements.AgreementViews.RevisionView;
import nl.hulproute.agreements.AgreementViews.TeamMeasuresView;
import nl.hulproute.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Agreements")
class AgreementController {

    private final Agreements agreements;

    AgreementController(Agreements agreements) {
        this.agreements = agreements;
    }

    @PostMapping("/api/students/{studentId}/agreements")
    @ApiResponse(responseCode = "201", description = "Created")
    @Operation(
            summary = "Start a support agreement for a student: its first draft revision",
            description = "For the zorgcoördinator of the student's location. 409 `agreement.already-running` when "
                    + "the student has an agreement that has not ended.")
    ResponseEntity<AgreementView> create(
            @Parameter(hidden = true) Actor actor,
            @PathVariable @Positive long studentId,
            @RequestBody @Valid NewAgreementRequest request) {
        AgreementView agreement = agreements.create(actor, studentId, request);
        return ResponseEntity.created(URI.create("/api/agreements/" + agreement.id()))
                .body(agreement);
    }

    @GetMapping("/api/students/{studentId}/agreements")
    @Operation(summary = "A student's support agreements, newest first (the zorgcoördinator of their location)")
    List<AgreementView> ofStudent(@Parameter(hidden = true) Actor actor, @PathVariable @Positive long studentId) {
        return agreements.ofStudent(actor, studentId);
    }

    @GetMapping("/api/students/{studentId}/measures")
    @Operation(
            summary = "Waar kan deze student op rekenen: the measures in force",
            description =
                    "For the student's SLB'er, the SLB'ers of the student's team and the zorgcoördinator: the measures of the accepted revision in "
                            + "force today, never the need, the evaluations or anything about a condition. Empty when none.")
    MeasuresCardView measures(@Parameter(hidden = true) Actor actor, @PathVariable @Positive long studentId) {
        return agreements.measuresInForce(actor, studentId);
    }

    @GetMapping("/api/students/team-measures")
    @Operation(
            summary = "Mijn team: what the students of my teams may count on",
            description = "For an SLB'er: the students at school in the teams they teach in (the teams of the students "
                    + "they coach) who have support measures in force today, by name, with those measures; never the "
                    + "need, the evaluations or anything about a condition.")
    List<TeamMeasuresView> teamMeasures(@Parameter(hidden = true) Actor actor) {
        return agreements.measuresInMyTeams(actor);
    }

    @GetMapping("/api/agreements/evaluations-due")
    @Operation(
            summary =
                    "Evaluaties: the agreements of my locations whose evaluation is due within some weeks, or overdue",
            description = "Running, accepted agreements by due date (planned at the last evaluation with the student, "
                    + "or 12 months after the first acceptance); `weeks` is 8 by default.")
    List<DueView> due(
            @Parameter(hidden = true) Actor actor, @RequestParam(defaultValue = "8") @Min(0) @Max(104) int weeks) {
        return agreements.due(actor, weeks);
    }

    @PostMapping("/api/agreements/carry-over")
    @Operation(
            summary = "Carry-over: start next year's revision of every accepted agreement of a location at once",
            description = "Each running agreement whose newest revision is accepted gets a new draft revision with the "
                    + "same content, to be evaluated and accepted; the accepted one stays in force meanwhile. "
                    + "Agreements with an open draft are passed over.")
    CarryOverView carryOver(@Parameter(hidden = true) Actor actor, @RequestBody @Valid CarryOverRequest request) {
        return agreements.carryOver(actor, request.locationId());
    }

    @GetMapping("/api/agreements/{id}")
    @Operation(summary = "A support agreement: its newest revision, status and evaluation dates")
    AgreementView get(@Parameter(hidden = true) Actor actor, @PathVariable @Positive long id) {
        return agreements.get(actor, id);
    }

    @PutMapping("/api/agreements/{id}")
    @Operation(
            summary = "Change a draft, or start a new draft revision of an accepted agreement",
            description = "With the current `version`; 409 `agreement.version-stale` otherwise. The accepted "
                    + "revision stays in force until the new one is accepted. 409 `agreement.ended` once ended.")
    AgreementView change(
            @Parameter(hidden = true) Actor actor,
            @PathVariable @Positive long id,
            @RequestBody @Valid ChangeAgreementRequest request) {
        return agreements.change(actor, id, request);
    }

    @GetMapping("/api/agreements/{id}/revisions")
    @Operation(summary = "Every revision of the agreement with its dates, oldest first")
    List<RevisionView> revisions(@Parameter(hidden = true) Actor actor, @PathVariable @Positive long id) {
        return agreements.revisions(actor, id);
    }

    @PostMapping("/api/agreements/{id}/acceptance")
    @Operation(
            summary = "Record the acceptance of the open draft revision",
            description = "From 16 the student accepts alone; under 16 (on the day of acceptance) a parent "
                    + "co-accepts: the revision is ACCEPTED once both did, from the later day, and supersedes the "
                    + "previous revision from then. The date may lie in the past, never in the future.")
    AgreementView accept(
            @Parameter(hidden = true) Actor actor,
            @PathVariable @Positive long id,
            @RequestBody @Valid AcceptanceRequest request) {
        return agreements.accept(actor, id, request);
    }

    @PostMapping("/api/agreements/{id}/end")
    @Operation(summary = "End the agreement from a day (the student left, there is no more need)")
    AgreementView end(
            @Parameter(hidden = true) Actor actor,
            @PathVariable @Positive long id,
            @RequestBody @Valid EndAgreementRequest request) {
        return agreements.end(actor, id, request);
    }

    @PostMapping("/api/agreements/{id}/evaluations")
    @ApiResponse(responseCode = "201", description = "Created")
    @Operation(
            summary = "Record an evaluation of the agreement",
            description = "`nextDueOn` is at most 12 months after `heldOn` (the default). Any ADJUST or STOP starts "
                    + "a new draft revision to accept. Without the student it is recorded but does not count for "
                    + "the law.")
    ResponseEntity<EvaluationView> evaluate(
            @Parameter(hidden = true) Actor actor,
            @PathVariable @Positive long id,
            @RequestBody @Valid EvaluationRequest request) {
        EvaluationView evaluation = agreements.evaluate(actor, id, request);
        return ResponseEntity.created(URI.create("/api/agreements/" + id + "/evaluations/" + evaluation.id()))
                .body(evaluation);
    }

    @GetMapping("/api/agreements/{id}/evaluations")
    @Operation(summary = "The agreement's evaluations, in the order they were held")
    List<EvaluationView> evaluations(@Parameter(hidden = true) Actor actor, @PathVariable @Positive long id) {
        return agreements.evaluations(actor, id);
    }
}
