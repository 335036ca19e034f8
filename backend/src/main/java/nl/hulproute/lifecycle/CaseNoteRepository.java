package nl.hulproute.lifecycle;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;

interface CaseNoteRepository extends Repository<CaseNote, Long> {

    CaseNote save(CaseNote note);

    List<CaseNote> findByCaseIdAndConfidentialityInOrderByWrittenAtAscIdAsc(
            long caseId, Collection<Confidentiality> levels);
}
