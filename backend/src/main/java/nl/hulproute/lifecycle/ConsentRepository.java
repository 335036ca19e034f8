package nl.hulproute.lifecycle;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ConsentRepository extends Repository<Consent, Long> {

    Consent save(Consent consent);

    Optional<Consent> findById(long id);

    @Query("select c from Consent c where c.caseId = :caseId order by c.givenAt, c.id")
    List<Consent> findByCaseIdOrderByGivenAtAscIdAsc(long caseId);

    /**
     * The sections the consents for these cases cover, withdrawn and expired ones included: one statement, where the
     * entities took one for the consents and one more per 64 of them for their sections (docs/performance.md).
     */
    @Query("select new nl.hulproute.lifecycle.CoveredSection(c.caseId, c.providerId, c.givenBy, c.validUntil,"
            + " c.withdrawnAt, s) from Consent c join c.sections s where c.caseId in :caseIds")
    List<CoveredSection> coveredSectionsOf(Collection<Long> caseIds);
}
