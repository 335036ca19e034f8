package nl.hulproute.agreements;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.hulproute.agreements.ComplianceViews.ComplianceView;
import nl.hulproute.agreements.ComplianceViews.GroupView;
import nl.hulproute.agreements.ComplianceViews.OverdueView;
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
@Tag(name = "Compliance")
class ComplianceController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final String GROUPINGS = "location|programme|team";

    private final ComplianceFigures compliance;
    private final CompliancePdf pdf;

    ComplianceController(ComplianceFigures compliance, CompliancePdf pdf) {
        this.compliance = compliance;
        this.pdf = pdf;
    }

    @GetMapping(
            value = "/api/compliance/evaluations",
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv", MediaType.APPLICATION_PDF_VALUE})
    @Operation(
            summary = "Compliance of the yearly evaluation at a peildatum, per location, programme or team",
            description = "For any past `asOf` (default today; a future or malformed date is 400), computed from the "
                    + "recorded history by the rule in docs/adr/0013. `Accept: text/csv` (or `format=csv`) gives the "
                    + "groups as CSV; `Accept: application/pdf` (or `format=pdf`) a report to file: title page, "
                    + "figures per group, a chart and the overdue list. AUDITOR for the whole institution, "
                    + "ZORGCOORDINATOR for their locations; others 403. Every call is in the access log.")
    @ApiResponse(
            responseCode = "200",
            description = "The figures",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = ComplianceView.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                @Content(
                        mediaType = MediaType.APPLICATION_PDF_VALUE,
                        schema = @Schema(type = "string", format = "binary"))
            })
    ResponseEntity<?> figures(
            @Parameter(hidden = true) Actor actor,
            @Parameter(description = "The peildatum, YYYY-MM-DD; today when left out")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @PlausibleDate
                    @Nullable
                    LocalDate asOf,
            @Parameter(description = "location (default), programme or team")
                    @RequestParam(defaultValue = "location")
                    @Pattern(regexp = GROUPINGS)
                    String groupBy,
            @Parameter(description = "`csv` or `pdf` for a download, `json` (the default) for the data")
                    @RequestParam(required = false)
                    @Pattern(regexp = "json|csv|pdf")
                    @Nullable
                    String format,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable
                    String accept) {
        ComplianceGrouping grouping = ComplianceGrouping.of(groupBy);
        String wanted = format != null ? format : preferred(accept);
        if ("pdf".equals(wanted)) {
            ComplianceFigures.Report report = compliance.report(actor, asOf, grouping);
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(pdf.filename(report.figures()))
                                    .build()
                                    .toString())
                    .body(pdf.render(report, actor.displayName()));
        }
        ComplianceView figures = compliance.figures(actor, asOf, grouping);
        if ("csv".equals(wanted)) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(
                                            "naleving-evaluaties-" + figures.asOf() + "-" + figures.groupBy() + ".csv")
                                    .build()
                                    .toString())
                    .body(csv(figures));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(figures);
    }

    @GetMapping("/api/compliance/evaluations/overdue")
    @Operation(
            summary = "The agreements overdue at a peildatum, with dated evidence only",
            description = "Student number, first accepted, last evaluated with the student, due date, days overdue; "
                    + "no content. `group` is a key from the figures (all groups when left out). Most overdue first.")
    List<OverdueView> overdue(
            @Parameter(hidden = true) Actor actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable
                    LocalDate asOf,
            @RequestParam(defaultValue = "location") @Pattern(regexp = GROUPINGS) String groupBy,
            @RequestParam(required = false) @Size(min = 1, max = 200) @Nullable String group) {
        return compliance.overdue(actor, asOf, ComplianceGrouping.of(groupBy), group);
    }

    @GetMapping("/api/compliance/evaluations/trend")
    @Operation(
            summary = "The compliant percentage at each month end",
            description = "One set of figures per month end for the last `months` months (the current month: "
                    + "today), oldest first; each is what the figures endpoint gives for that peildatum.")
    List<ComplianceView> trend(
            @Parameter(hidden = true) Actor actor,
            @RequestParam(defaultValue = "24") @Min(1) @Max(ComplianceFigures.MAX_TREND_MONTHS) int months,
            @RequestParam(defaultValue = "location") @Pattern(regexp = GROUPINGS) String groupBy) {
        return compliance.trend(actor, months, ComplianceGrouping.of(groupBy));
    }

    /** The groups as CSV (RFC 4180): a header and one line per group. */
    static String csv(ComplianceView figures) {
        StringBuilder csv = new StringBuilder("key,name,active,compliant,overdue,compliantPercent\r\n");
        for (GroupView group : figures.groups()) {
            csv.append(field(group.key()))
                    .append(',')
                    .append(field(group.name()))
                    .append(',')
                    .append(group.active())
                    .append(',')
                    .append(group.compliant())
                    .append(',')
                    .append(group.overdue())
                    .append(',')
                    .append(group.compliantPercent() == null ? "" : group.compliantPercent())
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String field(String value) {
        String safe = value;
        // a cell that starts like a formula is not run by a spreadsheet (CSV injection)
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return safe.matches(".*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    /** csv or pdf when the Accept header prefers it above JSON; json otherwise (wildcards ask for nothing). */
    static String preferred(@Nullable String accept) {
        if (accept == null || accept.isBlank()) {
            return "json";
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return "json";
        }
        double json = quality(types, MediaType.APPLICATION_JSON);
        double csv = quality(types, CSV);
        double pdf = quality(types, MediaType.APPLICATION_PDF);
        if (pdf > json && pdf >= csv) {
            return "pdf";
        }
        return csv > json ? "csv" : "json";
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
