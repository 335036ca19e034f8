package nl.hulproute.lifecycle;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CaseNoteRepository extends Repository<CaseNote, Long> {

    CaseNote save(CaseNote note);

    CaseNote saveAndFlush(CaseNote note);

    List<CaseNote> findByCaseIdAndConfidentialityInOrderByWrittenAtAscIdAsc(
            long caseId, Collection<Confidentiality> levels);

    /** The note of this case, locked for a correction: a second correction waits, then sees the new version. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from CaseNote n where n.id = :id and n.caseId = :caseId")
    Optional<CaseNote> findOnCaseForUpdate(long id, long caseId);
}
