package nl.hulproute.waitinglist;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BridgingContactRepository extends JpaRepository<BridgingContact, Long> {

    /** A case's contacts, newest first (served by ix_waitinglist_bridging_contact_case). */
    List<BridgingContact> findByCaseIdOrderByContactedOnDescIdDesc(long caseId);
}
