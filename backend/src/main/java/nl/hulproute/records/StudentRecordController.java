package nl.hulproute.records;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.List;
import nl.hulproute.records.StudentRecordExport.Format;
import nl.hulproute.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Privacy")
class StudentRecordController {

    private final StudentRecordExport export;
    private final StudentRecordPdf pdf;

    StudentRecordController(StudentRecordExport export, StudentRecordPdf pdf) {
        this.export = export;
        this.pdf = pdf;
    }

    @GetMapping(
            value = "/api/students/{id}/record",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PDF_VALUE})
    @Operation(
            summary = "Inzage: everything recorded about a student, with who read or changed it",
            description = "For a zorgcoördinator of the student's location, on the student's AVG access request: "
                    + "personal details, every case with its history, consents and bridging plans, every signal, "
                    + "and every access-log line about the student. JSON by default; a readable PDF in Dutch with "
                    + "`Accept: application/pdf` or `format=pdf`. The export is logged (EXPORT) before it is made. "
                    + "Other roles get 403; a student not at one of the caller's locations, or none, 404.")
    @ApiResponse(
            responseCode = "200",
            description = "The record",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = StudentRecordView.class)),
                @Content(
                        mediaType = MediaType.APPLICATION_PDF_VALUE,
                        schema = @Schema(type = "string", format = "binary"))
            })
    ResponseEntity<?> record(
            @Parameter(hidden = true) Actor actor,
            @PathVariable @Positive long id,
            @Parameter(description = "`pdf` for the readable document, `json` (the default) for the data")
                    @RequestParam(required = false)
                    @Pattern(regexp = "json|pdf")
                    @Nullable
                    String format,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable
                    String accept) {
        Format wanted = "pdf".equals(format) || (format == null && prefersPdf(accept)) ? Format.PDF : Format.JSON;
        StudentRecordView record = export.export(actor, id, wanted);
        if (wanted == Format.JSON) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(record);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(pdf.filename(record))
                                .build()
                                .toString())
                .body(pdf.render(record));
    }

    /** Whether the Accept header asks for a PDF above JSON (wildcards ask for neither: JSON is the default). */
    static boolean prefersPdf(@Nullable String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        return quality(types, MediaType.APPLICATION_PDF) > quality(types, MediaType.APPLICATION_JSON);
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
