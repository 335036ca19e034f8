package nl.hulproute.lifecycle;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Set;
import nl.hulproute.lifecycle.CaseViews.CaseCountsView;
import nl.hulproute.lifecycle.CaseViews.CaseSummaryView;
import nl.hulproute.lifecycle.CaseViews.CaseView;
import nl.hulproute.lifecycle.CaseViews.ConsentRequest;
import nl.hulproute.lifecycle.CaseViews.ConsentView;
import nl.hulproute.lifecycle.CaseViews.TransitionView;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.PageView;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases")
class CaseController {

    private final CaseManagement cases;
    private final CaseConsents consents;

    CaseController(CaseManagement cases, CaseConsents consents) {
        this.cases = cases;
        this.consents = consents;
    }

    @GetMapping
    @Operation(
            summary = "The caseload",
            description = "Cases the caller may see: a zorgcoördinator those of their locations, an external "
                    + "professional those handed over to their provider. Without `state`, the open cases (every state "
                    + "but CLOSED); closed ones with `state=CLOSED`. Sorted by urgency, then age, by default. "
                    + "`owner` is a user id or `me`; `q` is any words of the student's name or number, in any order, "
                    + "each the start of a word. The total is counted up to ten pages beyond this one: past that, "
                    + "`totalIsLowerBound` is true and there are more (the exact numbers per state are at `/counts`).")
    PageView<CaseSummaryView> caseload(
            @Parameter(hidden = true) Actor actor,
            @RequestParam(required = false) @Nullable Set<CaseState> state,
            @RequestParam(required = false) @Nullable Line line,
            @RequestParam(required = false) @Pattern(regexp = "me|[1-9][0-9]{0,17}") @Nullable String owner,
            @RequestParam(required = false) @Positive @Nullable Long location,
            @RequestParam(required = false) @Nullable Set<Urgency> urgency,
            @RequestParam(required = false) @Size(min = 1, max = 100) @Nullable String q,
            @RequestParam(defaultValue = "URGENCY") CaseSort sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return cases.caseload(
                actor, filter(actor, state, line, owner, location, urgency, q, sort), PageRequest.of(page, size));
    }

    @GetMapping("/counts")
    @Operation(summary = "How many cases of the caseload are in each state, under the same filters (except state)")
    CaseCountsView counts(
            @Parameter(hidden = true) Actor actor,
            @RequestParam(required = false) @Nullable Line line,
            @RequestParam(required = false) @Pattern(regexp = "me|[1-9][0-9]{0,17}") @Nullable String owner,
            @RequestParam(required = false) @Positive @Nullable Long location,
            @RequestParam(required = false) @Nullable Set<Urgency> urgency,
            @RequestParam(required = false) @Size(min = 1, max = 100) @Nullable String q) {
        return cases.countsByState(actor, filter(actor, null, line, owner, location, urgency, q, CaseSort.URGENCY));
    }

    private CaseFilter filter(
            Actor actor,
            @Nullable Set<CaseState> state,
            @Nullable Line line,
            @Nullable String owner,
            @Nullable Long location,
            @Nullable Set<Urgency> urgency,
            @Nullable String q,
            CaseSort sort) {
        Long ownerId = owner == null ? null : "me".equals(owner) ? Long.valueOf(actor.id()) : Long.valueOf(owner);
        return new CaseFilter(
                state == null ? Set.of() : state,
                line,
                ownerId,
                location,
                urgency == null ? Set.of() : urgency,
                q,
                sort);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A case, with the events the caller may fire now")
    CaseView get(@Parameter(hidden = true) Actor actor, @PathVariable @Positive long id) {
        return cases.view(actor, id);
    }

    @PostMapping("/{id}/events/{event}")
    @Operation(
            summary = "Fire a lifecycle event",
            description = "409 when the event does not apply in the case's state or the version is stale; 422 when "
                    + "a guard refuses (the `code` names the guard); 403 when the caller's role may not fire it.")
    CaseView fire(
            @Parameter(hidden = true) Actor actor,
            @PathVariable @Positive long id,
            @PathVariable CaseEvent event,
            @RequestBody @Valid CaseEventRequest request) {
        return cases.fire(actor, id, event, request);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every transition of the case: who, when, from, to, by which event, why")
    List<TransitionView> history(@Parameter(hidden = true) Actor actor, @PathVariable @Positive long id) {
        return cases.history(actor, id);
    }

    @PostMapping("/{id}/consents")
    @ApiResponse(responseCode = "201", description = "Created")
    @Operation(summary = "Record consent to share the case with a provider")
    ResponseEntity<ConsentView> giveConsent(
            @Parameter(hidden = true) Actor actor,
            @PathVariable @Positive long id,
            @RequestBody @Valid ConsentRequest request) {
        ConsentView consent = consents.give(actor, id, request);
        return ResponseEntity.created(URI.create("/api/cases/" + id + "/consents/" + consent.id()))
                .body(consent);
    }

    @GetMapping("/{id}/consents")
    @Operation(summary = "The consents recorded on the case")
    List<ConsentView> consents(@Parameter(hidden = true) Actor actor, @PathVariable @Positive long id) {
        return consents.ofCase(actor, id);
    }

    @PostMapping("/{id}/consents/{consentId}/withdrawal")
    @Operation(
            summary = "Withdraw a consent",
            description = "From this moment the provider's professionals no longer see the case through it.")
    ConsentView withdrawConsent(
            @Parameter(hidden = true) Actor actor,
            @PathVariable @Positive long id,
            @PathVariable @Positive long consentId) {
        return consents.withdraw(actor, id, consentId);
    }
}
