package nl.hulproute.handover;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface JointMeetingRepository extends JpaRepository<JointMeeting, Long> {

    List<JointMeeting> findByCaseIdOrderByPlannedOnDescIdDesc(long caseId);

    List<JointMeeting> findByStudentIdOrderByPlannedOnAscIdAsc(long studentId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from JointMeeting m where m.id = :id and m.caseId = :caseId")
    Optional<JointMeeting> findForUpdate(long id, long caseId);
}
