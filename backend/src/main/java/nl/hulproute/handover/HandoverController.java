package nl.hulproute.handover;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import nl.hulproute.handover.HandoverInbox.ReceivedHandoverView;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.PlausibleDate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The handover as the receiver lives it: the package as sent, the inbox, and joint meetings. */
@RestController
@Tag(name = "Warme overdracht")
class HandoverController {

    private final HandoverPackages packages;
    private final HandoverInbox inbox;
    private final JointMeetings meetings;

    HandoverController(HandoverPackages packages, HandoverInbox inbox, JointMeetings meetings) {
        this.packages = packages;
        this.inbox = inbox;
        this.meetings = meetings;
    }

    @Schema(
            name = "JointMeetingRequest",
            description = "Planning a driegesprek: the day and, optionally, a short non-clinical note")
    record JointMeetingRequest(
            @NotNull @PlausibleDate LocalDate plannedOn,

            @Schema(description = "short and non-clinical, e.g. 'Op school, lokaal 2.14'") @Size(max = 300) @Nullable
            String note) {}

    @Schema(name = "JointMeetingHeldRequest", description = "A planned driegesprek took place")
    record JointMeetingHeldRequest(
            @Schema(description = "The version of the meeting the caller saw") @NotNull @PositiveOrZero
            Long version,

            @NotNull @PlausibleDate LocalDate heldOn,

            @Schema(description = "short and non-clinical; replaces the note made when planning")
            @Size(max = 300)
            @Nullable
            String note) {}

    @GetMapping("/api/cases/{id}/handover-package")
    @Operation(
            summary = "The package of the case's latest handover, as it was sent",
            description = "A snapshot taken when the handover started: later changes to the case do not change it. "
                    + "The receiving professional sees only the sections sent and consented to; the case's "
                    + "zorgcoördinatoren see what was sent. 404 `handover.package-not-found` for a case never handed "
                    + "over. The read is logged.")
    PackageContent.View handoverPackage(@Parameter(hidden = true) Actor actor, @PathVariable @Positive long id) {
        return packages.latest(actor, id);
    }

    @GetMapping("/api/handovers")
    @Operation(
            summary = "Mijn overdrachten: the handovers to the caller's provider",
            description = "For an external professional: the handovers waiting for their answer and the students in "
                    + "their care (consent in force), newest first, with the school's contact person from the package. "
                    + "Empty for other roles that work with cases.")
    List<ReceivedHandoverView> handovers(@Parameter(hidden = true) Actor actor) {
        return inbox.of(actor);
    }

    @PostMapping("/api/cases/{id}/joint-meetings")
    @ApiResponse(responseCode = "201", description = "Planned")
    @Operation(
            summary = "Plan a joint meeting (driegesprek) of the student, school and the receiver",
            description = "By the case's zorgcoördinator or the receiving professional while the case is handed over "
                    + "or in external care (409 `joint-meeting.no-receiver` otherwise); today or later (422 "
                    + "`joint-meeting.planned-in-past`). 403 `joint-meeting.forbidden` for a break-glass reader.")
    ResponseEntity<JointMeetingView> plan(
            @Parameter(hidden = true) Actor actor,
            @PathVariable @Positive long id,
            @RequestBody @Valid JointMeetingRequest request) {
        JointMeetingView planned = meetings.plan(actor, id, request.plannedOn(), request.note());
        return ResponseEntity.created(URI.create("/api/cases/" + id + "/joint-meetings/" + planned.id()))
                .body(planned);
    }

    @PostMapping("/api/cases/{id}/joint-meetings/{meetingId}/held")
    @Operation(
            summary = "Record a planned joint meeting as held",
            description = "Not in the future (422 `joint-meeting.held-in-future`); once (409 "
                    + "`joint-meeting.already-held`); with the version seen (409 `joint-meeting.version-stale`).")
    JointMeetingView held(
            @Parameter(hidden = true) Actor actor,
            @PathVariable @Positive long id,
            @PathVariable @Positive long meetingId,
            @RequestBody @Valid JointMeetingHeldRequest request) {
        return meetings.held(actor, id, meetingId, request.version(), request.heldOn(), request.note());
    }

    @GetMapping("/api/cases/{id}/joint-meetings")
    @Operation(summary = "The joint meetings of a case, the latest planned first")
    List<JointMeetingView> jointMeetings(@Parameter(hidden = true) Actor actor, @PathVariable @Positive long id) {
        return meetings.of(actor, id);
    }
}
