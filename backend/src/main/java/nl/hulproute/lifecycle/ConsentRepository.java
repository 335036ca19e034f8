package nl.hulproute.lifecycle;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface ConsentRepository extends Repository<Consent, Long> {

    Consent save(Consent consent);

    Optional<Consent> findById(long id);

    List<Consent> findByCaseIdOrderByGivenAtAscIdAsc(long caseId);

    List<Consent> findByCaseIdIn(Collection<Long> caseIds);
}
