package nl.hulproute.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The students of the school and who may see them: an SLB'er their own students, a zorgcoördinator the students of
 * their locations. Nobody else sees students through this module.
 */
@Service
@Transactional(readOnly = true)
public class Students {

    /** Matches no row: used where an actor has no SLB relation or no location. */
    private static final long NOBODY = -1L;

    private final StudentRepository students;
    private final LocationRepository locations;
    private final TeamRepository teams;

    Students(StudentRepository students, LocationRepository locations, TeamRepository teams) {
        this.students = students;
        this.locations = locations;
        this.teams = teams;
    }

    public boolean isVisibleTo(Actor actor, StudentSummary student) {
        return (actor.has(Role.SLB) && student.slbUserId() != null && student.slbUserId() == actor.id())
                || (actor.has(Role.ZORGCOORDINATOR) && actor.worksAt(student.locationId()));
    }

    /**
     * The student with this id, only if the actor may see them: unknown and not-yours look the same, and so does a
     * student whose details retention anonymised.
     */
    public Optional<StudentSummary> visibleTo(Actor actor, long studentId) {
        return students.findById(studentId)
                .filter(student -> !student.anonymised())
                .map(student -> summarise(List.of(student)).get(0))
                .filter(student -> isVisibleTo(actor, student));
    }

    public Page<StudentSummary> visibleTo(Actor actor, @Nullable String term, Pageable pageable) {
        long slbUserId = actor.has(Role.SLB) ? actor.id() : NOBODY;
        Set<Long> locationIds = actor.has(Role.ZORGCOORDINATOR) && !actor.locationIds().isEmpty()
                ? actor.locationIds()
                : Set.of(NOBODY);
        Page<Student> page = students.findVisible(slbUserId, locationIds, escapedOrNull(term), pageable);
        return new PageImpl<>(summarise(page.getContent()), pageable, page.getTotalElements());
    }

    /**
     * Ids (nothing more) of up to {@code limit} students whose name or number starts with {@code term}, for
     * modules that search their own records by student; they apply their own access rules to what they find.
     */
    public List<Long> idsMatching(String term, int limit) {
        return students.findIdsMatching(SearchTerm.escaped(term.strip()), Pageable.ofSize(limit));
    }

    /** The student with exactly this student number, for the school directory (no access decision here). */
    public Optional<StudentSummary> byStudentNumber(String studentNumber) {
        return students.findByStudentNumber(studentNumber).map(student -> summarise(List.of(student)).get(0));
    }

    /** A student by id, for modules that make their own access decision (a case's student, for instance). */
    public Optional<StudentSummary> student(long id) {
        return students.findById(id).map(student -> summarise(List.of(student)).get(0));
    }

    public Map<Long, StudentSummary> students(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return summarise(students.findByIdIn(ids)).stream()
                .collect(Collectors.toMap(StudentSummary::id, Function.identity()));
    }

    private List<StudentSummary> summarise(List<Student> page) {
        Map<Long, String> locationNames = locations.findByIdIn(page.stream().map(Student::locationId).toList()).stream()
                .collect(Collectors.toMap(Location::id, Location::name));
        Map<Long, String> teamNames = teams.findByIdIn(page.stream().map(Student::teamId).toList()).stream()
                .collect(Collectors.toMap(Team::id, Team::name));
        return page.stream()
                .map(student -> new StudentSummary(
                        student.id(),
                        student.studentNumber(),
                        student.firstName(),
                        student.lastNamePrefix(),
                        student.lastName(),
                        student.dateOfBirth(),
                        student.municipality(),
                        student.locationId(),
                        locationNames.getOrDefault(student.locationId(), ""),
                        student.teamId(),
                        teamNames.getOrDefault(student.teamId(), ""),
                        student.programme(),
                        student.level(),
                        student.track(),
                        student.slbUserId()))
                .toList();
    }

    private static @Nullable String escapedOrNull(@Nullable String term) {
        return term == null || term.isBlank() ? null : SearchTerm.escaped(term.strip());
    }
}
