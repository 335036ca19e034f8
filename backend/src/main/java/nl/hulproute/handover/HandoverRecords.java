package nl.hulproute.handover;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What this module holds about a student, for the AVG inzage, and its retention, for the cases the lifecycle has just
 * anonymised: the packages as
 * sent go as a whole (they are nothing but the student's details and free text, and nobody reads an anonymised case),
 * joint meetings lose their note and their student; their dates stay.
 */
@Service
@Transactional
public class HandoverRecords {

    private final EntityManager entityManager;
    private final HandoverPackages packages;
    private final JointMeetings meetings;

    HandoverRecords(EntityManager entityManager, HandoverPackages packages, JointMeetings meetings) {
        this.entityManager = entityManager;
        this.packages = packages;
        this.meetings = meetings;
    }

    /** Every handover package sent about the student, oldest first, as sent; the caller logged the export. */
    public List<PackageContent.View> packagesOf(long studentId) {
        return packages.recordsOf(studentId);
    }

    /** Every driegesprek about the student, oldest first; the caller logged the export. */
    public List<JointMeetingView> jointMeetingsOf(long studentId) {
        return meetings.recordsOf(studentId);
    }

    /** Returns how many packages were removed. */
    public int anonymiseOfCases(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return 0;
        }
        entityManager.createNativeQuery("""
                        UPDATE handover_joint_meeting SET note = NULL, student_id = NULL, version = version + 1
                        WHERE case_id IN (:ids)
                        """).setParameter("ids", caseIds).executeUpdate();
        return entityManager
                .createNativeQuery("DELETE FROM handover_package WHERE case_id IN (:ids)")
                .setParameter("ids", caseIds)
                .executeUpdate();
    }
}
