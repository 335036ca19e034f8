package nl.hulproute.people;

import static java.util.Objects.requireNonNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import nl.hulproute.privacy.AccessAction;
import nl.hulproute.privacy.AccessLog;
import nl.hulproute.privacy.AccessedRecord;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.InBatches;
import nl.hulproute.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The students of the school and who may see them: an SLB'er their own students, a zorgcoördinator the students of
 * their locations. Nobody else sees students through this module.
 */
@Service
@Transactional(readOnly = true)
public class Students {

    /** Ids per statement of {@link #students}, {@link #placements} and {@link #municipalities}. */
    static final int IDS_PER_STATEMENT = 5_000;

    private final StudentRepository students;
    private final TeamRepository teams;
    private final StudentSearch search;
    private final NamedParameterJdbcTemplate jdbc;
    private final AccessLog accessLog;

    Students(
            StudentRepository students,
            TeamRepository teams,
            StudentSearch search,
            NamedParameterJdbcTemplate jdbc,
            AccessLog accessLog) {
        this.students = students;
        this.teams = teams;
        this.search = search;
        this.jdbc = jdbc;
        this.accessLog = accessLog;
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
        return Optional.ofNullable(summaries(List.of(studentId), SUMMARIES + " AND s.anonymised_at IS NULL")
                        .get(studentId))
                .filter(student -> isVisibleTo(actor, student));
    }

    /**
     * The teams an SLB'er teaches in: those whose students (still at school) they coach. A team shares what every
     * teacher of a student must know to teach them, such as the support measures in force; nothing more.
     */
    public Set<Long> teamsOf(Actor actor) {
        if (!actor.has(Role.SLB)) {
            return Set.of();
        }
        return students.findCoachedTeams(List.of(actor.id())).stream()
                .map(StudentRepository.CoachedTeam::getTeamId)
                .collect(Collectors.toSet());
    }

    /**
     * The student with this id if the actor may see them, or if they are at school in a team the actor teaches in
     * ({@link #teamsOf}): for what the team shares, never for the student's cases.
     */
    public Optional<StudentSummary> visibleToTeamOf(Actor actor, long studentId) {
        return students.findById(studentId)
                .filter(student -> !student.anonymised())
                .flatMap(student -> student(studentId)
                        .filter(summary -> isVisibleTo(actor, summary)
                                || (student.leftOn() == null && teamsOf(actor).contains(student.teamId()))));
    }

    /** The students still at school in the teams the actor teaches in, ids only. */
    public List<Long> inTeamsOf(Actor actor) {
        Set<Long> teams = teamsOf(actor);
        return teams.isEmpty() ? List.of() : students.findEnrolledIdsInTeams(teams);
    }

    /**
     * The ids (nothing more) of the students at these locations, for a module whose worklist of a location is kept by
     * student: it reads its own records of these students, not those of the whole installation. No access decision
     * here; the caller applies its own.
     */
    public List<Long> idsAt(Collection<Long> locationIds) {
        return locationIds.isEmpty() ? List.of() : students.findIdsAtLocations(locationIds);
    }

    /**
     * A page of the students the actor sees, by name, each logged as listed; with a {@code term}, those of whom every
     * typed word starts a word of their name or their number, in any order ({@link StudentSearch}). The lines are
     * recorded as soon as the page's ids are known: their writer commits them while the students are read and counted
     * (ADR 0022).
     */
    public Page<StudentSummary> list(Actor actor, @Nullable String term, Pageable pageable) {
        if (StudentSearch.findsNobody(term)) {
            return new PageImpl<>(List.of(), pageable, 0);
        }
        StudentSearch.Query query = new StudentSearch.Query(
                actor.has(Role.SLB) ? actor.id() : null,
                actor.has(Role.ZORGCOORDINATOR) ? actor.locationIds() : Set.of(),
                StudentSearch.words(term));
        StudentSearch.Found found = search.visible(query, pageable.getOffset(), pageable.getPageSize());
        accessLog.record(
                actor,
                AccessAction.LIST,
                found.ids().stream()
                        .map(id -> new AccessedRecord(id, "student", id))
                        .toList());
        return new PageImpl<>(
                inOrder(found.ids()), pageable, found.total().orElseGet(() -> search.countVisible(query)));
    }

    /**
     * Ids (nothing more) of up to {@code limit} students whose name or number matches {@code term} (every word the
     * start of a word of theirs, in any order), for modules that search their own records by student; they apply
     * their own access rules to what they find.
     */
    public List<Long> idsMatching(String term, int limit) {
        List<String> words = StudentSearch.words(term);
        return words.isEmpty() || StudentSearch.findsNobody(term) ? List.of() : search.anywhere(words, limit);
    }

    /**
     * The same among the students at these locations or with these ids, for a module whose records of a student
     * are only at the student's location (or opened to someone by break-glass).
     */
    public List<Long> idsMatching(String term, Collection<Long> locationIds, Collection<Long> studentIds, int limit) {
        List<String> words = StudentSearch.words(term);
        return words.isEmpty() || StudentSearch.findsNobody(term) || (locationIds.isEmpty() && studentIds.isEmpty())
                ? List.of()
                : search.among(words, locationIds, studentIds, limit);
    }

    /**
     * Up to {@code limit} students of the whole school, by name, whose name or number matches {@code term}, for the
     * school directory (no access decision here: the directory shows who and where, nothing more).
     */
    public List<StudentSummary> anywhere(String term, int limit) {
        List<String> words = StudentSearch.words(term);
        return words.isEmpty() || StudentSearch.findsNobody(term) ? List.of() : inOrder(search.anywhere(words, limit));
    }

    private List<StudentSummary> inOrder(List<Long> ids) {
        Map<Long, StudentSummary> found = students(ids);
        return ids.stream().filter(found::containsKey).map(found::get).toList();
    }

    /**
     * The names of the teams whose students each of these users coaches as SLB'er, by user, sorted: so two
     * colleagues with the same name can be told apart.
     */
    public Map<Long, List<String>> teamsCoachedBy(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        List<StudentRepository.CoachedTeam> coached = students.findCoachedTeams(userIds);
        Map<Long, String> teamNames =
                teams
                        .findByIdIn(coached.stream()
                                .map(StudentRepository.CoachedTeam::getTeamId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Team::id, Team::name));
        return coached.stream()
                .collect(Collectors.groupingBy(
                        StudentRepository.CoachedTeam::getSlbUserId,
                        Collectors.mapping(
                                team -> teamNames.getOrDefault(team.getTeamId(), ""),
                                Collectors.collectingAndThen(
                                        Collectors.toList(),
                                        names -> names.stream().sorted().toList()))));
    }

    /** A student by id, for modules that make their own access decision (a case's student, for instance). */
    public Optional<StudentSummary> student(long id) {
        return Optional.ofNullable(students(List.of(id)).get(id));
    }

    /**
     * The students with these ids, by id (unknown ids are left out), each with their location's and team's name: plain
     * rows, one statement per {@link #IDS_PER_STATEMENT} ids. Read as entities, the student a transition's
     * view shows was 7% of the transition's CPU in the app (docs/performance.md).
     */
    public Map<Long, StudentSummary> students(Collection<Long> ids) {
        return summaries(ids, SUMMARIES);
    }

    private static final String SUMMARIES = """
            SELECT s.id, s.student_number, s.first_name, s.last_name_prefix, s.last_name, s.date_of_birth,
                   s.municipality, s.municipality_code, s.location_id, l.name AS location_name, s.team_id,
                   t.name AS team_name, s.programme, s.level, s.track, s.slb_user_id
            FROM people_student s
            LEFT JOIN people_location l ON l.id = s.location_id
            LEFT JOIN people_team t ON t.id = s.team_id
            WHERE s.id IN (:ids)""";

    private Map<Long, StudentSummary> summaries(Collection<Long> ids, String sql) {
        return byId(ids, sql, (row, number) -> summary(row), StudentSummary::id);
    }

    /** What {@code sql} reads for these ids ({@code :ids}), by id, {@link #IDS_PER_STATEMENT} a statement. */
    private <T> Map<Long, T> byId(Collection<Long> ids, String sql, RowMapper<T> mapper, ToLongFunction<T> id) {
        Map<Long, T> found = new HashMap<>(ids.size() * 2);
        for (List<Long> batch : InBatches.of(ids.stream().distinct().sorted().toList(), IDS_PER_STATEMENT)) {
            for (T row : jdbc.query(sql, Map.of("ids", batch), mapper)) {
                found.put(id.applyAsLong(row), row);
            }
        }
        return found;
    }

    private static StudentSummary summary(ResultSet row) throws SQLException {
        String locationName = row.getString("location_name");
        String teamName = row.getString("team_name");
        return new StudentSummary(
                row.getLong("id"),
                row.getString("student_number"),
                row.getString("first_name"),
                row.getString("last_name_prefix"),
                row.getString("last_name"),
                requireNonNull(row.getObject("date_of_birth", LocalDate.class)),
                row.getString("municipality"),
                row.getString("municipality_code"),
                row.getLong("location_id"),
                locationName == null ? "" : locationName,
                row.getLong("team_id"),
                teamName == null ? "" : teamName,
                row.getString("programme"),
                row.getInt("level"),
                Track.valueOf(row.getString("track")),
                row.getObject("slb_user_id", Long.class));
    }

    /**
     * The students with these ids as a list names them, by id (unknown ids are left out): three columns as plain
     * rows, where {@link #students} reads every column a student's page shows, with their location's and team's name
     * (docs/performance.md).
     */
    public Map<Long, StudentRef> refs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, StudentRef> refs = new HashMap<>(ids.size() * 2);
        jdbc.query(
                "SELECT id, student_number, first_name, last_name_prefix, last_name FROM people_student WHERE id IN (:ids)",
                Map.of("ids", ids.stream().distinct().toList()),
                (ResultSet row) -> {
                    long id = row.getLong("id");
                    refs.put(
                            id,
                            new StudentRef(
                                    id,
                                    row.getString("student_number"),
                                    StudentSummary.displayName(
                                            row.getString("first_name"),
                                            row.getString("last_name_prefix"),
                                            row.getString("last_name"))));
                });
        return refs;
    }

    /**
     * How old the students with these ids are on that day, in full years, by id (unknown ids are left out): for a
     * rule that depends on age only (a parent's consent under 16), not their birth dates or the rest of
     * {@link #students}.
     */
    public Map<Long, Integer> agesOn(Collection<Long> ids, LocalDate day) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> ages = new HashMap<>(ids.size() * 2);
        jdbc.query(
                "SELECT id, date_of_birth FROM people_student WHERE id IN (:ids)",
                Map.of("ids", ids.stream().distinct().toList()),
                (ResultSet row) -> {
                    ages.put(
                            row.getLong(1),
                            StudentSummary.ageOn(requireNonNull(row.getObject(2, LocalDate.class)), day));
                });
        return ages;
    }

    /**
     * Where the students with these ids study, by id (unknown ids are left out), for figures over tens of thousands
     * of students: only the columns they need, as plain rows. Whole entities took seconds for a country's
     * students.
     */
    public Map<Long, StudentPlacement> placements(Collection<Long> ids) {
        return byId(ids, """
                SELECT s.id, s.student_number, s.location_id, l.name AS location_name, s.team_id,
                       t.name AS team_name, s.programme
                FROM people_student s
                LEFT JOIN people_location l ON l.id = s.location_id
                LEFT JOIN people_team t ON t.id = s.team_id
                WHERE s.id IN (:ids)
                """, (row, number) -> placement(row), StudentPlacement::id);
    }

    /**
     * The gemeente each of the students with these ids lives in, by id (unknown ids are left out), for figures per
     * gemeente: one column as plain rows, as {@link #placements}.
     */
    public Map<Long, String> municipalities(Collection<Long> ids) {
        Map<Long, String> municipalities = new HashMap<>(ids.size() * 2);
        for (List<Long> batch : InBatches.of(ids.stream().distinct().sorted().toList(), IDS_PER_STATEMENT)) {
            jdbc.query(
                    "SELECT id, municipality FROM people_student WHERE id IN (:ids)",
                    Map.of("ids", batch),
                    (ResultSet row) -> {
                        municipalities.put(row.getLong(1), row.getString(2));
                    });
        }
        return municipalities;
    }

    private static StudentPlacement placement(ResultSet row) throws SQLException {
        String locationName = row.getString("location_name");
        String teamName = row.getString("team_name");
        return new StudentPlacement(
                row.getLong("id"),
                row.getString("student_number"),
                row.getLong("location_id"),
                locationName == null ? "" : locationName,
                row.getLong("team_id"),
                teamName == null ? "" : teamName,
                row.getString("programme"));
    }
}
