package nl.hulproute.agreements;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface AgreementRepository extends Repository<Agreement, Long> {

    Agreement save(Agreement agreement);

    Agreement saveAndFlush(Agreement agreement);

    Optional<Agreement> findById(long id);

    /** For a change: the row stays locked until the transaction ends, so changes to one agreement queue up. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Agreement a where a.id = :id")
    Optional<Agreement> lockById(@Param("id") long id);

    List<Agreement> findByStudentIdOrderByIdDesc(long studentId);

    Optional<Agreement> findByRunningStudentId(long studentId);

    boolean existsByRunningStudentId(long studentId);

    /** The running agreements of these students, whole (for the measures in force in an SLB'er's teams). */
    List<Agreement> findByRunningStudentIdIn(Collection<Long> studentIds);

    // retention: the content goes with the student's personal details; dates, kinds and counts stay for the figures

    @Modifying
    @Query(nativeQuery = true, value = """
            update agreements_revision r join agreements_agreement a on a.id = r.agreement_id
            set r.need_in_own_words = '' where a.student_id in (:studentIds)""")
    int forgetNeeds(@Param("studentIds") Collection<Long> studentIds);

    @Modifying
    @Query(nativeQuery = true, value = """
            update agreements_measure m join agreements_revision r on r.id = m.revision_id
            join agreements_agreement a on a.id = r.agreement_id
            set m.description = '', m.responsible = '' where a.student_id in (:studentIds)""")
    int forgetMeasures(@Param("studentIds") Collection<Long> studentIds);

    @Modifying
    @Query(nativeQuery = true, value = """
            update agreements_acceptance c join agreements_revision r on r.id = c.revision_id
            join agreements_agreement a on a.id = r.agreement_id
            set c.how = '' where a.student_id in (:studentIds)""")
    int forgetAcceptanceNotes(@Param("studentIds") Collection<Long> studentIds);

    @Modifying
    @Query(nativeQuery = true, value = """
            update agreements_evaluation e join agreements_agreement a on a.id = e.agreement_id
            set e.participants = '', e.student_view = null where a.student_id in (:studentIds)""")
    int forgetEvaluationContent(@Param("studentIds") Collection<Long> studentIds);

    @Modifying
    @Query(nativeQuery = true, value = """
            update agreements_agreement a set a.end_reason = case when a.end_reason is null then null else '' end
            where a.student_id in (:studentIds)""")
    int forgetEndReasons(@Param("studentIds") Collection<Long> studentIds);

    /** How many agreements these students have. */
    @Query("select count(a) from Agreement a where a.studentId in :studentIds")
    int countOfStudents(@Param("studentIds") Collection<Long> studentIds);
}
