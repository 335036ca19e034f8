package nl.hulproute.people;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Set;
import nl.hulproute.shared.Permission;
import nl.hulproute.shared.Role;
import org.jspecify.annotations.Nullable;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** What the people endpoints return. Least data: a student list carries no birth date or address. */
final class PeopleViews {

    private PeopleViews() {}

    @Schema(name = "Me", description = "The signed-in user")
    record MeView(
            long id,
            String username,
            String displayName,
            Set<Role> roles,
            List<LocationView> locations,
            @Nullable Long providerId,

            @Schema(
                    description = "What the user's roles allow, from the backend's one declaration of permissions: "
                            + "the web app opens pages by it")
            Set<Permission> permissions) {}

    @Schema(name = "StaffMember", description = "A colleague who can take on a case or keep contact")
    record StaffView(
            long id,
            String name,
            Set<Role> roles,
            @Nullable String phone,

            @Schema(description = "The teams whose students they coach as SLB'er, so namesakes can be told apart")
            List<String> teams) {}

    @Schema(name = "Location")
    record LocationView(long id, String name) {}

    @Schema(name = "Student", description = "A student in a list: who, and where they study")
    record StudentView(
            long id,
            String studentNumber,
            String name,
            long locationId,
            String locationName,
            String teamName,
            String programme,
            int level,
            Track track) {}

    @Mapper
    interface StudentViewMapper {
        @Mapping(target = "name", expression = "java(student.displayName())")
        StudentView toView(StudentSummary student);
    }
}
