package nl.hulproute.casenotes;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CaseNoteRepository extends Repository<CaseNote, Long> {

    CaseNote save(CaseNote note);

    CaseNote saveAndFlush(CaseNote note);

    List<CaseNote> findByCaseIdAndConfidentialityInOrderByWrittenAtAscIdAsc(
            long caseId, Collection<Confidentiality> levels);

    List<CaseNote> findByCaseIdInOrderByWrittenAtAscIdAsc(Collection<Long> caseIds);

    List<CaseNote> findByCaseIdAndKindAndConfidentialityOrderByWrittenAtAscIdAsc(
            long caseId, NoteKind kind, Confidentiality confidentiality);

    /** Removes the notes of these cases, and their corrections with them (ON DELETE CASCADE). */
    @Modifying
    @Query(value = "DELETE FROM lifecycle_case_note WHERE case_id IN (:caseIds)", nativeQuery = true)
    int deleteByCaseIds(Collection<Long> caseIds);

    /** The note of this case, locked for a correction: a second correction waits, then sees the new version. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from CaseNote n where n.id = :id and n.caseId = :caseId")
    Optional<CaseNote> findOnCaseForUpdate(long id, long caseId);
}
