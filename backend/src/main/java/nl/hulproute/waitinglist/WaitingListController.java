package nl.hulproute.waitinglist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.PlausibleDate;
import nl.hulproute.waitinglist.WaitingListViews.BridgingContactView;
import nl.hulproute.waitinglist.WaitingListViews.WaitingListOverview;
import nl.hulproute.waitinglist.WaitingListViews.WaitingListRow;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The waiting list and the bridging contacts of a waiting case. */
@RestController
@Tag(name = "Wachtlijst")
class WaitingListController {

    private final WaitingList waitingList;
    private final BridgingContacts contacts;

    WaitingListController(WaitingList waitingList, BridgingContacts contacts) {
        this.waitingList = waitingList;
        this.contacts = contacts;
    }

    @Schema(
            name = "BridgingContactRequest",
            description = "A contact that happened: the day and, optionally, a short non-clinical note")
    record BridgingContactRequest(
            @NotNull @PlausibleDate LocalDate contactedOn,

            @Schema(description = "short and non-clinical, e.g. 'Gebeld, gaat redelijk; volgende week weer.'")
            @Size(max = 500)
            @Nullable
            String note) {}

    @Schema(name = "ExpectedStartRequest", description = "The day the provider expects care to start; null clears it")
    record ExpectedStartRequest(@PlausibleDate @Nullable LocalDate expectedStartDate) {}

    @PutMapping("/api/cases/{id}/expected-start")
    @Operation(
            summary = "Set the expected start of care for a waiting case",
            description = "By a professional of the case's provider (consent in force) or the case's zorgcoördinator, "
                    + "while the case waits: on the waiting list, handed over, or accepted with care not started yet "
                    + "(409 `waiting-list.not-waiting` otherwise); not in the past (422 "
                    + "`waiting-list.expected-start-in-past`). Answers the case's waiting-list row.")
    WaitingListRow expectedStart(
            @Parameter(hidden = true) Actor actor,
            @PathVariable @Positive long id,
            @RequestBody @Valid ExpectedStartRequest request) {
        return waitingList.setExpectedStart(actor, id, request.expectedStartDate());
    }

    @GetMapping("/api/waiting-list")
    @Operation(
            summary = "The waiting list: overdue bridging first, then the longest waiting",
            description = "A zorgcoördinator sees the waiting students of their locations, an external professional "
                    + "their own provider's (with consent in force), an SLB'er the students they keep contact with. "
                    + "`providerId` and `overdueOnly` narrow the list.")
    List<WaitingListRow> waitingList(
            @Parameter(hidden = true) Actor actor,
            @RequestParam(required = false) @Positive @Nullable Long providerId,
            @RequestParam(defaultValue = "false") boolean overdueOnly) {
        return waitingList.rows(actor, providerId, overdueOnly);
    }

    @GetMapping("/api/waiting-list/overview")
    @Operation(
            summary = "The waiting list a page at a time, with its summary",
            description = "The rows of `/api/waiting-list`, in its order, for the same people and under the same "
                    + "filters, `size` at a time; with how many students wait, how many of them have an overdue "
                    + "contact, and the providers they wait for, all three before the filters. Only the page's rows "
                    + "are logged as read.")
    WaitingListOverview overview(
            @Parameter(hidden = true) Actor actor,
            @RequestParam(required = false) @Positive @Nullable Long providerId,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return waitingList.overview(actor, providerId, overdueOnly, PageRequest.of(page, size));
    }

    @PostMapping("/api/cases/{id}/bridging-contacts")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @Operation(
            summary = "Record a bridging contact",
            description = "By the plan's contact person or the case's zorgcoördinator; not in the future (422 "
                    + "`bridging.contact-in-future`); the case needs a bridging plan with a contact person (409 "
                    + "`bridging.no-plan`). The next contact is then due the plan's number of days after it.")
    ResponseEntity<BridgingContactView> record(
            @Parameter(hidden = true) Actor actor,
            @PathVariable @Positive long id,
            @RequestBody @Valid BridgingContactRequest request) {
        BridgingContactView recorded = contacts.record(actor, id, request.contactedOn(), request.note());
        return ResponseEntity.created(URI.create("/api/cases/" + id + "/bridging-contacts/" + recorded.id()))
                .body(recorded);
    }

    @GetMapping("/api/cases/{id}/bridging-contacts")
    @Operation(summary = "The bridging contacts of a case, newest first")
    List<BridgingContactView> contacts(@Parameter(hidden = true) Actor actor, @PathVariable @Positive long id) {
        return contacts.of(actor, id);
    }
}
