package nl.hulproute.people;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What this module keeps about a student beyond the summary other modules route care with, for the student's
 * record (inzage) and for retention. The caller makes the access decision and logs the access.
 */
@Service
@Transactional(readOnly = true)
public class StudentRecords {

    private final StudentRepository students;
    private final EntityManager entityManager;
    private final Clock clock;

    StudentRecords(StudentRepository students, EntityManager entityManager, Clock clock) {
        this.students = students;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The day the student left school, if they have (or are registered to leave). */
    public Optional<LocalDate> leftOn(long studentId) {
        return students.findById(studentId).map(Student::leftOn);
    }

    // --- retention -----------------------------------------------------------------------------------------------

    /** Those of these students who left school on or before this day. */
    public Set<Long> whoLeft(Collection<Long> studentIds, LocalDate onOrBefore) {
        if (studentIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entityManager
                .createQuery("select s.id from Student s where s.id in :ids and s.leftOn <= :day", Long.class)
                .setParameter("ids", studentIds)
                .setParameter("day", onOrBefore)
                .getResultList());
    }

    /** Up to {@code limit} students, by id after {@code afterId}, who left on or before this day and are not anonymised. */
    public List<Long> leftAndNotAnonymised(LocalDate onOrBefore, long afterId, int limit) {
        return entityManager
                .createQuery("""
                        select s.id from Student s
                        where s.leftOn <= :day and s.anonymisedAt is null and s.id > :afterId
                        order by s.id
                        """, Long.class)
                .setParameter("day", onOrBefore)
                .setParameter("afterId", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Anonymises the personal details of those of these students who left on or before this day and are not
     * anonymised yet (see {@link Student#anonymise}); the caller has made sure nothing of theirs is left within
     * retention in other modules. Returns how many were anonymised.
     */
    @Transactional
    public int anonymise(Collection<Long> studentIds, LocalDate leftOnOrBefore) {
        if (studentIds.isEmpty()) {
            return 0;
        }
        int anonymised = 0;
        for (Student student : students.findByIdIn(studentIds)) {
            LocalDate leftOn = student.leftOn();
            if (!student.anonymised() && leftOn != null && !leftOn.isAfter(leftOnOrBefore)) {
                student.anonymise(clock.instant());
                anonymised++;
            }
        }
        entityManager.flush();
        return anonymised;
    }
}
