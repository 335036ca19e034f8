package nl.hulproute.people;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.hulproute.notifications.Notifications;
import nl.hulproute.privacy.AccessAction;
import nl.hulproute.privacy.AccessLog;
import nl.hulproute.privacy.AccessedRecord;
import nl.hulproute.privacy.BreakGlass;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.DomainProblem;
import nl.hulproute.shared.Permission;
import nl.hulproute.shared.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the zorgcoördinator who must help a student of another location (an acute call, a student who moved): find the
 * student by name or number in the school's directory (who and where, nothing about care), and use break-glass with a reason
 * to read their cases for a limited time. The student's own zorgcoördinatoren are told.
 */
@RestController
@Tag(name = "People")
class StudentDirectoryController {

    /** A directory search names at most this many students: enough to pick from, too few to browse the school. */
    static final int DIRECTORY_LIMIT = 20;

    private final Students students;
    private final People people;
    private final BreakGlass breakGlass;
    private final Notifications notifications;
    private final AccessLog accessLog;

    StudentDirectoryController(
            Students students, People people, BreakGlass breakGlass, Notifications notifications, AccessLog accessLog) {
        this.students = students;
        this.people = people;
        this.breakGlass = breakGlass;
        this.notifications = notifications;
        this.accessLog = accessLog;
    }

    @Schema(name = "DirectoryEntry", description = "A student in the school's directory: who and where, nothing more")
    record DirectoryEntry(
            long id, String studentNumber, String name, long locationId, String locationName, boolean atMyLocation) {}

    @Schema(name = "BreakGlassRequest")
    record BreakGlassRequest(
            @Schema(
                    description = "Why you need this student's record now; shown to the student's zorgcoördinatoren "
                            + "and in the access log")
            @NotBlank
            @Size(max = 400)
            String reason) {}

    @Schema(name = "BreakGlassGrant", description = "Read access to the student's cases, until when")
    record BreakGlassView(long studentId, String reason, Instant expiresAt) {}

    @Schema(
            name = "ActiveBreakGlass",
            description = "A break-glass grant of yours in force now: for whom, why, until when")
    record ActiveBreakGlassView(DirectoryEntry student, String reason, Instant expiresAt) {}

    @GetMapping("/api/students/directory")
    @Operation(
            summary = "Find any student of the school by name or student number (zorgcoördinatoren)",
            description = "Who and where only, at most " + DIRECTORY_LIMIT + ", by name; to read their cases at "
                    + "another location, use break-glass. `q` is any words of the first name, tussenvoegsel, last "
                    + "name and student number, in any order, each the start of a word (\"Sem J\", \"van den\"); "
                    + "case and accents do not matter.")
    List<DirectoryEntry> directory(
            @Parameter(hidden = true) Actor actor, @RequestParam @NotBlank @Size(max = 100) String q) {
        Permission.USE_BREAK_GLASS.require(actor);
        List<DirectoryEntry> found = students.anywhere(q, DIRECTORY_LIMIT).stream()
                .map(student -> entryOf(student, actor))
                .toList();
        accessLog.record(
                actor,
                AccessAction.LIST,
                found.stream()
                        .map(entry -> new AccessedRecord(entry.id(), "student-directory", entry.id()))
                        .toList());
        return found;
    }

    @GetMapping("/api/students/break-glass")
    @Operation(
            summary = "Your break-glass grants in force now (zorgcoördinatoren), the one ending first on top",
            description = "So you can see whose cases you read by break-glass, and until when.")
    List<ActiveBreakGlassView> activeBreakGlass(@Parameter(hidden = true) Actor actor) {
        Permission.USE_BREAK_GLASS.require(actor);
        List<BreakGlass.Grant> grants = breakGlass.activeGrants(actor).values().stream()
                .sorted(Comparator.comparing(BreakGlass.Grant::expiresAt))
                .toList();
        Map<Long, StudentSummary> found = students.students(
                grants.stream().map(BreakGlass.Grant::studentId).toList());
        grants.forEach(grant -> accessLog.record(
                actor,
                AccessAction.LIST,
                List.of(new AccessedRecord(grant.studentId(), "student-directory", grant.studentId())),
                grant.purpose()));
        return grants.stream()
                .filter(grant -> found.containsKey(grant.studentId()))
                .map(grant -> new ActiveBreakGlassView(
                        entryOf(requireNonNull(found.get(grant.studentId())), actor),
                        grant.reason(),
                        grant.expiresAt()))
                .toList();
    }

    @PostMapping("/api/students/{id}/break-glass")
    @ApiResponse(responseCode = "201", description = "Created")
    @Operation(
            summary = "Break-glass: read a student's cases at another location, for a limited time, with a reason",
            description = "Logged, and the student's own zorgcoördinatoren are notified. Not for students of your own "
                    + "locations (you see those already).")
    ResponseEntity<BreakGlassView> breakGlass(
            @Parameter(hidden = true) Actor actor,
            @PathVariable @Positive long id,
            @RequestBody @Valid BreakGlassRequest request) {
        Permission.USE_BREAK_GLASS.require(actor);
        StudentSummary student = students.student(id)
                .orElseThrow(() -> new DomainProblem.NotFound("student.not-found", "There is no such student."));
        if (actor.worksAt(student.locationId())) {
            throw new DomainProblem.Unprocessable(
                    "privacy.break-glass-not-needed",
                    "This student is at your own location: you see their cases without break-glass.",
                    Map.of());
        }
        BreakGlass.Grant grant = breakGlass.grant(actor, id, request.reason());
        List<Long> owners = people.staff(student.locationId(), Role.ZORGCOORDINATOR).stream()
                .map(UserSummary::id)
                .toList();
        // the reason stays in the access log: the notification names who and which student number, no health details
        notifications.notify(
                owners,
                "BREAK_GLASS",
                actor.displayName() + " gebruikte noodtoegang voor " + student.displayName() + " ("
                        + student.studentNumber() + ").",
                "/toegangslog?studentId=" + student.id());
        return ResponseEntity.status(201).body(new BreakGlassView(id, grant.reason(), grant.expiresAt()));
    }

    private static DirectoryEntry entryOf(StudentSummary student, Actor actor) {
        return new DirectoryEntry(
                student.id(),
                student.studentNumber(),
                student.displayName(),
                student.locationId(),
                student.locationName(),
                actor.worksAt(student.locationId()));
    }
}
