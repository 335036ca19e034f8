package nl.hulproute.handover;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HandoverPackageRepository extends JpaRepository<HandoverPackage, Long> {

    Optional<HandoverPackage> findFirstByCaseIdOrderBySentAtDescIdDesc(long caseId);

    List<HandoverPackage> findByCaseIdInOrderBySentAtAscIdAsc(Collection<Long> caseIds);

    List<HandoverPackage> findByStudentIdOrderBySentAtAscIdAsc(long studentId);
}
