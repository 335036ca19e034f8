package nl.hulproute.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface StudentRepository extends Repository<Student, Long> {

    Student save(Student student);

    Optional<Student> findById(long id);

    @Query("select s from Student s where s.id in :ids")
    List<Student> findByIdIn(Collection<Long> ids);

    Optional<Student> findByStudentNumber(String studentNumber);

    long count();

    /** How many students who have not left school each team has: one grouped count, no student data. */
    @Query("select s.teamId as teamId, count(s) as students from Student s where s.leftOn is null group by s.teamId")
    List<TeamCount> countEnrolledPerTeam();

    /** Which teams' students (still at school) each of these SLB'ers coaches: pairs of SLB'er and team. */
    @Query("select distinct s.slbUserId as slbUserId, s.teamId as teamId from Student s "
            + "where s.slbUserId in :slbUserIds and s.leftOn is null and s.anonymisedAt is null")
    List<CoachedTeam> findCoachedTeams(@Param("slbUserIds") Collection<Long> slbUserIds);

    /** The students still at school in these teams, ids only (the team's shared knowledge is looked up by them). */
    @Query("select s.id from Student s where s.teamId in :teamIds and s.leftOn is null and s.anonymisedAt is null")
    List<Long> findEnrolledIdsInTeams(@Param("teamIds") Collection<Long> teamIds);

    /** The students placed at these locations whose details are kept, ids only. */
    @Query("select s.id from Student s where s.locationId in :locationIds and s.anonymisedAt is null")
    List<Long> findIdsAtLocations(@Param("locationIds") Collection<Long> locationIds);

    interface CoachedTeam {
        long getSlbUserId();

        long getTeamId();
    }

    interface TeamCount {
        long getTeamId();

        long getStudents();
    }
}
