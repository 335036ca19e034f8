package nl.hulproute.people;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
    private final Students summaries;
    private final People people;
    private final EntityManager entityManager;
    private final Clock clock;
    private final StudentRecordMapper mapper;

    StudentRecords(
            StudentRepository students,
            Students summaries,
            People people,
            EntityManager entityManager,
            Clock clock,
            StudentRecordMapper mapper) {
        this.students = students;
        this.summaries = summaries;
        this.people = people;
        this.entityManager = entityManager;
        this.clock = clock;
        this.mapper = mapper;
    }

    @Schema(name = "StudentRecordDetails", description = "The student's personal details as recorded")
    public record StudentRecord(
            long id,
            String studentNumber,
            String name,
            String firstName,
            @Nullable String lastNamePrefix,
            String lastName,
            LocalDate dateOfBirth,
            @Schema(description = "Woongemeente") String municipality,
            String locationName,
            String teamName,
            String programme,
            int level,
            Track track,

            @Schema(description = "The student's SLB'er") @Nullable
            PersonRef slb,

            @Schema(description = "The day the student left school, if they have") @Nullable
            LocalDate leftOn) {}

    /**
     * The student's personal details as recorded, for their AVG inzage; the caller decided the access (the student
     * is not anonymised) and logged the export.
     */
    public Optional<StudentRecord> detailsOf(long studentId) {
        return students.findById(studentId)
                .flatMap(student -> summaries
                        .student(studentId)
                        .map(summary ->
                                mapper.toRecord(student, new StudentRecordMapper.Parts(summary, slbOf(summary)))));
    }

    private @Nullable PersonRef slbOf(StudentSummary student) {
        return student.slbUserId() == null
                ? null
                : people.user(student.slbUserId())
                        .map(user -> new PersonRef(user.id(), user.displayName()))
                        .orElse(null);
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
