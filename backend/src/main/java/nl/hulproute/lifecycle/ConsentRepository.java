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

    @Query("select c from Consent c where c.caseId in :caseIds")
    List<Consent> findByCaseIdIn(Collection<Long> caseIds);
}
