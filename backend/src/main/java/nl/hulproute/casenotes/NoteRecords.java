package nl.hulproute.casenotes;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.hulproute.casenotes.CaseNotes.NoteView;
import nl.hulproute.people.People;
import nl.hulproute.people.UserSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notes of whole cases, for the modules that put a student's record together (the AVG inzage, the handover
 * package) and for retention. Not for showing notes at work: the caller has decided what the actor may have, and
 * logs it itself.
 */
@Service
@Transactional(readOnly = true)
public class NoteRecords {

    private final CaseNoteRepository notes;
    private final People people;
    private final CaseNoteMapper mapper;

    NoteRecords(CaseNoteRepository notes, People people, CaseNoteMapper mapper) {
        this.notes = notes;
        this.people = people;
        this.mapper = mapper;
    }

    /** Every note and student's statement of these cases, confidential ones too, oldest first, by case id. */
    public Map<Long, List<NoteView>> ofCases(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        List<CaseNote> found = notes.findByCaseIdInOrderByWrittenAtAscIdAsc(caseIds);
        Map<Long, UserSummary> users = people.users(CaseNotes.userIds(found));
        return found.stream()
                .collect(Collectors.groupingBy(
                        CaseNote::caseId, Collectors.mapping(note -> mapper.toView(note, users), Collectors.toList())));
    }

    /** The student's own statements on this case that are not confidential, oldest first: their words, as written. */
    public List<String> sharedStatementsOf(long caseId) {
        return notes
                .findByCaseIdAndKindAndConfidentialityOrderByWrittenAtAscIdAsc(
                        caseId, NoteKind.STUDENT_STATEMENT, Confidentiality.NORMAL)
                .stream()
                .map(CaseNote::text)
                .toList();
    }

    /**
     * Retention: the notes of these (anonymised) cases go as a whole, as they are nothing but free text, and their
     * corrections with them. How many notes went.
     */
    @Transactional
    public int forgetOfCases(Collection<Long> caseIds) {
        return caseIds.isEmpty() ? 0 : notes.deleteByCaseIds(caseIds);
    }
}
