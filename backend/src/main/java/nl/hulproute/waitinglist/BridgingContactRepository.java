package nl.hulproute.waitinglist;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BridgingContactRepository extends JpaRepository<BridgingContact, Long> {

    /** A case's contacts, newest first (served by ix_waitinglist_bridging_contact_case). */
    List<BridgingContact> findByCaseIdOrderByContactedOnDescIdDesc(long caseId);

    /** A student's contacts, for the inzage (served by the student index; a student has a handful). */
    List<BridgingContact> findByStudentIdOrderByContactedOnAscIdAsc(long studentId);

    @Query("select count(c) from BridgingContact c where c.caseId = :caseId")
    long countByCaseId(long caseId);

    /** Retention: the notes go and the link to the student; the dates stay for the figures. */
    @Modifying
    @Query("update BridgingContact c set c.note = null, c.studentId = null where c.caseId in :caseIds")
    int anonymiseOfCases(Collection<Long> caseIds);
}
