package nl.hulproute.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.hulproute.people.PeopleViews.LocationView;
import nl.hulproute.people.PeopleViews.MeView;
import nl.hulproute.people.PeopleViews.StaffView;
import nl.hulproute.people.PeopleViews.StudentView;
import nl.hulproute.people.PeopleViews.StudentViewMapper;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.DomainProblem;
import nl.hulproute.shared.PageView;
import nl.hulproute.shared.Permission;
import nl.hulproute.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "People")
class PeopleController {

    private final People people;
    private final Students students;
    private final StudentViewMapper studentViews;

    PeopleController(People people, Students students, StudentViewMapper studentViews) {
        this.people = people;
        this.students = students;
        this.studentViews = studentViews;
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user: roles, locations and, for an external professional, their provider")
    MeView me(@Parameter(hidden = true) Actor actor) {
        var locations = people.locationNames(actor.locationIds()).entrySet().stream()
                .map(location -> new LocationView(location.getKey(), location.getValue()))
                .sorted(Comparator.comparing(LocationView::name))
                .toList();
        return new MeView(
                actor.id(),
                actor.username(),
                actor.displayName(),
                actor.roles(),
                locations,
                actor.providerId(),
                Permission.of(actor));
    }

    @GetMapping("/staff")
    @Operation(
            summary = "Colleagues at one of my locations with a role",
            description = "For a zorgcoördinator choosing a case owner (ZORGCOORDINATOR) or a bridging contact "
                    + "(ZORGCOORDINATOR or SLB).")
    List<StaffView> staff(
            @Parameter(hidden = true) Actor actor,
            @RequestParam @Positive long location,
            @RequestParam Set<Role> role) {
        Permission.LOOK_UP_STAFF.require(actor);
        if (!actor.worksAt(location)) {
            throw new DomainProblem.NotFound("location.not-found", "There is no such location of yours.");
        }
        List<UserSummary> staff = role.stream()
                .flatMap(wanted -> people.staff(location, wanted).stream())
                .distinct()
                .sorted(Comparator.comparing(UserSummary::displayName).thenComparing(UserSummary::id))
                .toList();
        Map<Long, List<String>> teams =
                students.teamsCoachedBy(staff.stream().map(UserSummary::id).toList());
        return staff.stream()
                .map(user -> new StaffView(
                        user.id(),
                        user.displayName(),
                        user.roles(),
                        user.phone(),
                        teams.getOrDefault(user.id(), List.of())))
                .toList();
    }

    @io.swagger.v3.oas.annotations.media.Schema(
            name = "Contact",
            description = "Whom to reach at a location when help is needed: name, phone, e-mail")
    record ContactView(
            long id,
            String name,
            @Nullable String phone,
            @Nullable String email) {}

    @GetMapping("/locations/{id}/contacts")
    @Operation(
            summary = "The zorgcoördinatoren of a location, with phone and e-mail: whom to reach",
            description = "For an SLB'er at one of their own locations (the acute instructions), and for a "
                    + "zorgcoördinator at any location (a case of theirs, or a student they help by break-glass).")
    List<ContactView> contacts(@Parameter(hidden = true) Actor actor, @PathVariable @Positive long id) {
        Permission.SEE_STUDENTS.require(actor);
        if ((!actor.has(Role.ZORGCOORDINATOR) && !actor.worksAt(id))
                || people.locationNames(Set.of(id)).isEmpty()) {
            throw new DomainProblem.NotFound("location.not-found", "There is no such location of yours.");
        }
        return people.staff(id, Role.ZORGCOORDINATOR).stream()
                .map(user -> new ContactView(user.id(), user.displayName(), user.phone(), user.email()))
                .toList();
    }

    @GetMapping("/students")
    @Operation(
            summary = "Students the caller may see",
            description = "An SLB'er sees their own students, a zorgcoördinator the students of their locations. "
                    + "`q` is the start of a first name, last name or student number.")
    PageView<StudentView> students(
            @Parameter(hidden = true) Actor actor,
            @RequestParam(required = false) @Size(max = 100) @Nullable String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Permission.SEE_STUDENTS.require(actor);
        var found =
                students.list(actor, q, PageRequest.of(page, size, Sort.by("lastName", "firstName", "studentNumber")));
        return PageView.of(found, studentViews::toView);
    }
}
