package nl.hulproute.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The functioneel beheerder's locations and teams. Names and counts only: no student or case content. */
@RestController
@Tag(name = "Beheer")
class LocationAdministrationController {

    private final PeopleAdministration administration;

    LocationAdministrationController(PeopleAdministration administration) {
        this.administration = administration;
    }

    @Schema(name = "NewLocationRequest", description = "A new location; the code is what the identity provider sends")
    record NewLocationRequest(
            @NotBlank @Size(max = 20) @Pattern(regexp = "\\s*[A-Za-z0-9._-]+\\s*")
            String code,

            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 100) String municipality) {}

    @Schema(
            name = "LocationChangeRequest",
            description = "A location's name and municipality, against the version seen")
    record LocationChangeRequest(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 100) String municipality,
            @NotNull @PositiveOrZero Long version) {}

    @Schema(name = "NewTeamRequest", description = "A new team at a location")
    record NewTeamRequest(
            @NotNull @Positive Long locationId,
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 100) String sector) {}

    @Schema(name = "TeamChangeRequest", description = "A team's name and sector, against the version seen")
    record TeamChangeRequest(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 100) String sector,
            @NotNull @PositiveOrZero Long version) {}

    @GetMapping("/api/admin/locations")
    @Operation(summary = "Every location of the school, by name")
    List<AdminLocation> locations(@Parameter(hidden = true) Actor actor) {
        Permission.ADMINISTER.require(actor);
        return administration.locations();
    }

    @PostMapping("/api/admin/locations")
    @ApiResponse(responseCode = "201", description = "Created")
    @Operation(
            summary = "Register a location",
            description = "The code is the one the school's identity provider sends for the location; it is taken "
                    + "once (409) and does not change afterwards.")
    ResponseEntity<AdminLocation> addLocation(
            @Parameter(hidden = true) Actor actor, @RequestBody @Valid NewLocationRequest request) {
        Permission.ADMINISTER.require(actor);
        long id = administration.addLocation(request.code(), request.name(), request.municipality());
        return ResponseEntity.created(URI.create("/api/admin/locations/" + id)).body(administration.location(id));
    }

    @PutMapping("/api/admin/locations/{id}")
    @Operation(
            summary = "Rename a location or change its municipality",
            description = "`version` is the one last read; a stale one is a 409.")
    AdminLocation changeLocation(
            @Parameter(hidden = true) Actor actor,
            @PathVariable @Positive long id,
            @RequestBody @Valid LocationChangeRequest request) {
        Permission.ADMINISTER.require(actor);
        return administration.changeLocation(id, request.name(), request.municipality(), request.version());
    }

    @GetMapping("/api/admin/teams")
    @Operation(
            summary = "Teams, by name, with their number of enrolled students",
            description = "`location` narrows the list to one location's teams.")
    List<AdminTeam> teams(
            @Parameter(hidden = true) Actor actor, @RequestParam(required = false) @Positive @Nullable Long location) {
        Permission.ADMINISTER.require(actor);
        return administration.teams(location);
    }

    @PostMapping("/api/admin/teams")
    @ApiResponse(responseCode = "201", description = "Created")
    @Operation(
            summary = "Register a team at a location",
            description = "A team's name is taken once per location (409).")
    ResponseEntity<AdminTeam> addTeam(
            @Parameter(hidden = true) Actor actor, @RequestBody @Valid NewTeamRequest request) {
        Permission.ADMINISTER.require(actor);
        long id = administration.addTeam(request.locationId(), request.name(), request.sector());
        return ResponseEntity.created(URI.create("/api/admin/teams/" + id)).body(administration.team(id));
    }

    @PutMapping("/api/admin/teams/{id}")
    @Operation(
            summary = "Rename a team or change its sector",
            description = "`version` is the one last read; a stale one is a 409, as is a name another team of the "
                    + "location has.")
    AdminTeam changeTeam(
            @Parameter(hidden = true) Actor actor,
            @PathVariable @Positive long id,
            @RequestBody @Valid TeamChangeRequest request) {
        Permission.ADMINISTER.require(actor);
        return administration.changeTeam(id, request.name(), request.sector(), request.version());
    }
}
