package nl.hulproute.casenotes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.util.List;
import nl.hulproute.lifecycle.CaseViews;
import nl.hulproute.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The notes on a case, under the case's own path. */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases")
class CaseNoteController {

    private final CaseNotes notes;

    CaseNoteController(CaseNotes notes) {
        this.notes = notes;
    }

    @GetMapping("/{id}/notes")
    @Operation(
            summary =
                    "The notes on the case that the caller may read (confidential ones only for its own zorgcoördinatoren)")
    List<CaseNotes.NoteView> notes(@Parameter(hidden = true) Actor actor, @PathVariable @Positive long id) {
        return notes.ofCase(actor, id);
    }

    @PostMapping("/{id}/notes")
    @ApiResponse(responseCode = "201", description = "Created")
    @Operation(
            summary = "Write a note on the case, NORMAL or CONFIDENTIAL",
            description = "With `kind` STUDENT_STATEMENT, the student's own supplementary statement (only the case's "
                    + "own zorgcoördinatoren write it down).")
    ResponseEntity<CaseNotes.NoteView> writeNote(
            @Parameter(hidden = true) Actor actor,
            @PathVariable @Positive long id,
            @RequestBody @Valid CaseNotes.WriteNoteRequest request) {
        CaseNotes.NoteView note = notes.write(actor, id, request);
        return ResponseEntity.created(URI.create("/api/cases/" + id + "/notes/" + note.id()))
                .body(note);
    }

    @PostMapping("/{id}/notes/{noteId}/correction")
    @Operation(
            summary = "Correct a note's text (AVG art. 16)",
            description = "For the case's own zorgcoördinatoren. The corrected text replaces the old one, which is not "
                    + "kept; the note shows when, by whom and why it was corrected. 409 `note.version-stale` when "
                    + "`version` is given and the note changed since; 404 for a note not on this case.")
    CaseNotes.NoteView correctNote(
            @Parameter(hidden = true) Actor actor,
            @PathVariable @Positive long id,
            @PathVariable @Positive long noteId,
            @RequestBody @Valid CaseViews.CorrectionRequest request) {
        return notes.correct(actor, id, noteId, request);
    }
}
