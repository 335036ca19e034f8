package nl.hulproute.lifecycle;

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
import nl.hulproute.lifecycle.CaseViews.PersonRef;
import nl.hulproute.people.People;
import nl.hulproute.people.UserSummary;
import nl.hulproute.privacy.AccessAction;
import nl.hulproute.privacy.AccessLog;
import nl.hulproute.privacy.AccessedRecord;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.DomainProblem;
import nl.hulproute.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes on a case. A NORMAL note is for everyone on the case who may see how school supported the student (the
 * case team, and a provider's professional when the student consented to sharing that); a CONFIDENTIAL note only for
 * the case's owner and the zorgcoördinatoren of its location. Lists never show a note its reader may not see.
 */
@Service
@Transactional
public class CaseNotes {

    private final CaseNoteRepository notes;
    private final CaseAccess access;
    private final People people;
    private final AccessLog accessLog;
    private final Clock clock;

    CaseNotes(CaseNoteRepository notes, CaseAccess access, People people, AccessLog accessLog, Clock clock) {
        this.notes = notes;
        this.access = access;
        this.people = people;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @Schema(name = "WriteNoteRequest")
    public record WriteNoteRequest(@NotBlank @Size(max = 4000) String text, @NotNull Confidentiality confidentiality) {}

    @Schema(name = "CaseNote")
    public record NoteView(long id, Instant writtenAt, PersonRef author, Confidentiality confidentiality, String text) {}

    public NoteView write(Actor actor, long caseId, WriteNoteRequest request) {
        Case theCase = access.readableSection(actor, caseId, PackageSection.SCHOOL_SUPPORT);
        if (!access.mayFireAnything(actor, theCase)) {
            throw new DomainProblem.Forbidden(
                    "note.write-forbidden", "Only those who work on the case write notes on it.", Map.of("caseId", caseId));
        }
        if (!levelsFor(actor, theCase).contains(request.confidentiality())) {
            throw new DomainProblem.Forbidden(
                    "note.confidential-forbidden",
                    "Confidential notes are for the case's owner and zorgcoördinatoren only.",
                    Map.of("caseId", caseId));
        }
        CaseNote note = notes.save(
                new CaseNote(caseId, actor.id(), clock.instant(), request.confidentiality(), request.text().strip()));
        accessLog.record(actor, AccessAction.CREATE, new AccessedRecord(theCase.studentId(), "case-note", note.id()));
        return view(note, Map.of(actor.id(), people.user(actor.id()).orElseThrow()));
    }

    @Transactional(readOnly = true)
    public List<NoteView> ofCase(Actor actor, long caseId) {
        Case theCase = access.readableSection(actor, caseId, PackageSection.SCHOOL_SUPPORT);
        List<CaseNote> readable =
                notes.findByCaseIdAndConfidentialityInOrderByWrittenAtAscIdAsc(caseId, levelsFor(actor, theCase));
        accessLog.record(
                actor,
                AccessAction.VIEW,
                readable.stream().map(note -> new AccessedRecord(theCase.studentId(), "case-note", note.id())).toList(),
                access.purposeOf(actor, theCase));
        Map<Long, UserSummary> authors =
                people.users(readable.stream().map(CaseNote::authorUserId).distinct().toList());
        return readable.stream().map(note -> view(note, authors)).toList();
    }

    /** CONFIDENTIAL only for the case's own zorgcoördinatoren (its owner is one); NORMAL for everyone on the case. */
    private Set<Confidentiality> levelsFor(Actor actor, Case theCase) {
        boolean caseTeam = actor.has(Role.ZORGCOORDINATOR) && actor.worksAt(theCase.locationId());
        boolean owner = theCase.ownerUserId() != null && theCase.ownerUserId() == actor.id();
        return caseTeam || owner ? EnumSet.allOf(Confidentiality.class) : EnumSet.of(Confidentiality.NORMAL);
    }

    static NoteView view(CaseNote note, Map<Long, UserSummary> users) {
        return new NoteView(
                note.id(), note.writtenAt(), PersonRef.of(note.authorUserId(), users), note.confidentiality(), note.text());
    }
}
