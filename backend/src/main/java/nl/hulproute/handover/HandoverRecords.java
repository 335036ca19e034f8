package nl.hulproute.handover;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention of what this module holds about a case, for the cases the lifecycle has just anonymised: the packages as
 * sent go as a whole (they are nothing but the student's details and free text, and nobody reads an anonymised case),
 * joint meetings lose their note and their student; their dates stay.
 */
@Service
@Transactional
public class HandoverRecords {

    private final EntityManager entityManager;

    HandoverRecords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Returns how many packages were removed. */
    public int anonymiseOfCases(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return 0;
        }
        entityManager
                .createNativeQuery(
                        """
                        UPDATE handover_joint_meeting SET note = NULL, student_id = NULL, version = version + 1
                        WHERE case_id IN (:ids)
                        """)
                .setParameter("ids", caseIds)
                .executeUpdate();
        return entityManager
                .createNativeQuery("DELETE FROM handover_package WHERE case_id IN (:ids)")
                .setParameter("ids", caseIds)
                .executeUpdate();
    }
}
