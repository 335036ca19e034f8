package nl.hulproute.handover;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HandoverPackageRepository extends JpaRepository<HandoverPackage, Long> {

    Optional<HandoverPackage> findFirstByCaseIdOrderBySentAtDescIdDesc(long caseId);

    /**
     * The case and the school contact ({@link PackageContent#contact}, as JSON) of every package sent for these
     * cases, oldest first within a case: the contact's part of the stored package only, not its health details
     * (least data), in the order of {@code ix_handover_package_case}.
     */
    @Query(
            value = "SELECT case_id, JSON_EXTRACT(content, '$.contact') FROM handover_package"
                    + " WHERE case_id IN (:caseIds) ORDER BY case_id, sent_at, id",
            nativeQuery = true)
    List<Object[]> contactsOf(Collection<Long> caseIds);

    List<HandoverPackage> findByStudentIdOrderBySentAtAscIdAsc(long studentId);
}
