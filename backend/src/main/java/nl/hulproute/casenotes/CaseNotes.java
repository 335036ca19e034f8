package nl.hulproute.casenotes;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.hulproute.lifecycle.CaseTeam;
import nl.hulproute.lifecycle.CaseTeam.Standing;
import nl.hulproute.lifecycle.CaseViews.CorrectionRequest;
import nl.hulproute.lifecycle.CaseViews.CorrectionView;
import nl.hulproute.people.People;
import nl.hulproute.people.PersonRef;
import nl.hulproute.people.UserSummary;
import nl.hulproute.privacy.AccessAction;
import nl.hulproute.privacy.AccessLog;
import nl.hulproute.privacy.AccessedRecord;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.Correction;
import nl.hulproute.shared.DomainProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes on a case. A NORMAL note is for everyone on the case who may see how school supported the student (the
 * case team, and a provider's professional when the student consented to sharing that); a CONFIDENTIAL note only for
 * the case's owner and the zorgcoördinatoren of its location. Lists never show a note its reader may not see. The
 * case's own zorgcoördinatoren also write down the student's own statement and correct inaccurate notes (AVG art.
 * 16): a correction replaces the text and leaves only when, by whom and why (docs/adr/0010). Who is on the case,
 * and who in its confidence, is the lifecycle's answer ({@link CaseTeam}); this module does not re-derive it.
 */
@Service
@Transactional
public class CaseNotes {

    private final CaseNoteRepository notes;
    private final CaseTeam team;
    private final People people;
    private final AccessLog accessLog;
    private final Clock clock;
    private final CaseNoteMapper mapper;

    CaseNotes(
            CaseNoteRepository notes,
            CaseTeam team,
            People people,
            AccessLog accessLog,
            Clock clock,
            CaseNoteMapper mapper) {
        this.notes = notes;
        this.team = team;
        this.people = people;
        this.accessLog = accessLog;
        this.clock = clock;
        this.mapper = mapper;
    }

    @Schema(name = "WriteNoteRequest")
    public record WriteNoteRequest(
            @NotBlank @Size(max = 4000) String text,
            @NotNull Confidentiality confidentiality,

            @Schema(
                    description = "NOTE (the default) or STUDENT_STATEMENT: the student's own words, written down by "
                            + "the case's zorgcoördinator")
            @Nullable
            NoteKind kind) {}

    @Schema(name = "CaseNote")
    public record NoteView(
            long id,

            @Schema(description = "Send it back with a correction; a newer version on the server gives 409")
            long version,

            Instant writtenAt,
            PersonRef author,
            Confidentiality confidentiality,
            NoteKind kind,
            String text,

            @Schema(description = "Every correction of the text, oldest first; the replaced text is not kept")
            List<CorrectionView> corrections) {}

    public NoteView write(Actor actor, long caseId, WriteNoteRequest request) {
        Standing standing = team.standingOf(actor, caseId);
        standing.requireSchoolSupport();
        if (!standing.worksOnCase()) {
            throw new DomainProblem.Forbidden(
                    "note.write-forbidden",
                    "Only those who work on the case write notes on it.",
                    Map.of("caseId", caseId));
        }
        NoteKind kind = request.kind() == null ? NoteKind.NOTE : request.kind();
        if (kind == NoteKind.STUDENT_STATEMENT && !standing.corrector()) {
            throw new DomainProblem.Forbidden(
                    "note.statement-forbidden",
                    "The student's own statement is written down by the case's zorgcoördinatoren.",
                    Map.of("caseId", caseId));
        }
        if (!levelsFor(standing).contains(request.confidentiality())) {
            throw new DomainProblem.Forbidden(
                    "note.confidential-forbidden",
                    "Confidential notes are for the case's owner and zorgcoördinatoren only.",
                    Map.of("caseId", caseId));
        }
        CaseNote note = notes.save(new CaseNote(
                caseId,
                actor.id(),
                clock.instant(),
                request.confidentiality(),
                kind,
                request.text().strip()));
        accessLog.record(actor, AccessAction.CREATE, new AccessedRecord(standing.studentId(), "case-note", note.id()));
        return mapper.toView(note, Map.of(actor.id(), people.user(actor.id()).orElseThrow()));
    }

    @Transactional(readOnly = true)
    public List<NoteView> ofCase(Actor actor, long caseId) {
        Standing standing = team.standingOf(actor, caseId);
        standing.requireSchoolSupport();
        List<CaseNote> readable =
                notes.findByCaseIdAndConfidentialityInOrderByWrittenAtAscIdAsc(caseId, levelsFor(standing));
        accessLog.record(
                actor,
                AccessAction.VIEW,
                readable.stream()
                        .map(note -> new AccessedRecord(standing.studentId(), "case-note", note.id()))
                        .toList(),
                standing.purpose());
        Map<Long, UserSummary> users = people.users(userIds(readable));
        return readable.stream().map(note -> mapper.toView(note, users)).toList();
    }

    /**
     * Corrects a note's text: the case's own zorgcoördinatoren, on a note they may read. The inaccurate text is
     * overwritten, not kept; the note keeps when, by whom and why. 404 for a note that is not on this case (or above
     * the caller's level), 403 for anyone else on the case, 409 for a stale version.
     */
    public NoteView correct(Actor actor, long caseId, long noteId, CorrectionRequest request) {
        Standing standing = team.standingOf(actor, caseId);
        standing.requireCorrector();
        CaseNote note = notes.findOnCaseForUpdate(noteId, caseId)
                .filter(found -> levelsFor(standing).contains(found.confidentiality()))
                .orElseThrow(() -> new DomainProblem.NotFound("note.not-found", "There is no such note on this case."));
        if (request.version() != null && request.version() != note.version()) {
            throw DomainProblem.Conflict.staleVersion(
                    "note", Map.of("caseId", caseId, "noteId", noteId), note.version());
        }
        String corrected = request.text().strip();
        if (corrected.equals(note.text())) {
            throw new DomainProblem.Unprocessable(
                    "correction.text-unchanged",
                    "The corrected text is the same as the recorded text.",
                    Map.of("caseId", caseId, "noteId", noteId));
        }
        note.correct(
                corrected,
                new Correction(clock.instant(), actor.id(), request.reason().strip()));
        CaseNote saved = notes.saveAndFlush(note);
        accessLog.record(
                actor,
                AccessAction.CHANGE,
                List.of(new AccessedRecord(standing.studentId(), "case-note", saved.id())),
                AccessLog.PURPOSE_CORRECTION);
        return mapper.toView(saved, people.users(userIds(List.of(saved))));
    }

    /** CONFIDENTIAL only for those in the case's confidence (its owner, its own zorgcoördinatoren); NORMAL for all. */
    private static Set<Confidentiality> levelsFor(Standing standing) {
        return standing.inConfidence() ? EnumSet.allOf(Confidentiality.class) : EnumSet.of(Confidentiality.NORMAL);
    }

    /** The authors and correctors of these notes, to name them in one lookup. */
    static List<Long> userIds(List<CaseNote> notes) {
        return notes.stream()
                .flatMap(note -> Stream.concat(
                        Stream.of(note.authorUserId()),
                        note.corrections().stream().map(Correction::correctedByUserId)))
                .distinct()
                .toList();
    }
}
