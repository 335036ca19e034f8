package nl.hulproute.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.hulproute.reporting.WaitingTimeViews.WaitingTimesView;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.PlausibleDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reports")
class WaitingTimesController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    private final WaitingTimes waitingTimes;

    WaitingTimesController(WaitingTimes waitingTimes) {
        this.waitingTimes = waitingTimes;
    }

    // no `produces`: the CSV sets its own content type, so a refusal is still a problem+json for any Accept
    @GetMapping("/api/reports/waiting-times")
    @Operation(
            summary =
                    "Waiting times per provider or gemeente: referral to care started, time on the waiting list, bridging",
            description = "Of the referrals whose external care started from `from` to `to` (both included): per "
                    + "group the number of cases, median and 90th percentile days from referral to care started and "
                    + "on the waiting list, the share of waiting students with a bridging plan, and bridging contacts "
                    + "made against planned. A group of fewer than 5 cases shows no figures. ZORGCOORDINATOR for their "
                    + "locations, AUDITOR for the whole institution (counts and durations only); others 403. "
                    + "`Accept: text/csv` (or `format=csv`) gives the same as CSV. Every call is in the access log.")
    @ApiResponse(
            responseCode = "200",
            description = "The report",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = WaitingTimesView.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string"))
            })
    ResponseEntity<?> waitingTimes(
            @Parameter(hidden = true) Actor actor,
            @Parameter(description = "provider or municipality (the student's woongemeente)")
                    @RequestParam(defaultValue = "provider")
                    @Pattern(regexp = "provider|municipality")
                    String groupBy,
            @Parameter(description = "First day of the period, YYYY-MM-DD")
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @PlausibleDate
                    LocalDate from,
            @Parameter(description = "Last day of the period, YYYY-MM-DD; not before `from`, at most five years later")
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @PlausibleDate
                    LocalDate to,
            @Parameter(description = "`csv` for a download (a link cannot send an Accept header), `json` (the default)")
                    @RequestParam(required = false)
                    @Pattern(regexp = "json|csv")
                    @Nullable
                    String format,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable
                    String accept) {
        WaitingTimesView report = waitingTimes.report(actor, WaitingTimes.Grouping.of(groupBy), from, to);
        if (format != null ? format.equals("csv") : prefersCsv(accept)) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename("wachttijden-" + from + "-" + to + "-" + report.groupBy() + ".csv")
                                    .build()
                                    .toString())
                    .body(WaitingTimes.csv(report));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }

    /** CSV when the Accept header prefers it above JSON (wildcards ask for nothing). */
    static boolean prefersCsv(@Nullable String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        return quality(types, CSV) > quality(types, MediaType.APPLICATION_JSON);
    }

    private static double quality(List<MediaType> types, MediaType wanted) {
        return types.stream()
                .filter(type -> type.getType().equals(wanted.getType())
                        && type.getSubtype().equals(wanted.getSubtype()))
                .mapToDouble(MediaType::getQualityValue)
                .max()
                .orElse(0);
    }
}
