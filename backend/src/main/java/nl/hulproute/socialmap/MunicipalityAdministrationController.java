package nl.hulproute.socialmap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.Permission;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The list of gemeenten as the functioneel beheerder keeps it: CBS's yearly file imported in one go, a gemeente added,
 * renamed or deactivated by hand. The full CBS list is not shipped with Hulproute: it is loaded here.
 */
@RestController
@RequestMapping("/api/admin/municipalities")
@Tag(name = "Beheer")
class MunicipalityAdministrationController {

    private final Municipalities municipalities;

    MunicipalityAdministrationController(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    @Schema(name = "MunicipalityRequest", description = "A gemeente by its CBS code and name")
    record MunicipalityRequest(
            @NotNull @Pattern(regexp = "GM\\d{4}") String code,
            @NotBlank @Size(max = 100) String name) {}

    @Schema(
            name = "MunicipalityChangeRequest",
            description = "A gemeente renamed or (de)activated, against the version seen")
    record MunicipalityChangeRequest(
            @NotBlank @Size(max = 100) String name,

            @Schema(description = "false: no longer chosen (merged away)") @NotNull
            Boolean active,

            @NotNull @PositiveOrZero Long version) {}

    @GetMapping
    @Operation(summary = "Every gemeente on the list, deactivated ones too")
    List<AdminMunicipality> municipalities(@Parameter(hidden = true) Actor actor) {
        Permission.ADMINISTER.require(actor);
        return municipalities.administered();
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created")
    @Operation(summary = "Add a gemeente to the list")
    ResponseEntity<AdminMunicipality> add(
            @Parameter(hidden = true) Actor actor, @RequestBody @Valid MunicipalityRequest request) {
        Permission.ADMINISTER.require(actor);
        AdminMunicipality added = municipalities.add(request.code(), request.name());
        return ResponseEntity.created(URI.create("/api/admin/municipalities/" + added.code()))
                .body(added);
    }

    @PutMapping("/{code}")
    @Operation(summary = "Rename or (de)activate a gemeente", description = "A stale `version` is a 409.")
    AdminMunicipality change(
            @Parameter(hidden = true) Actor actor,
            @PathVariable @Pattern(regexp = "GM\\d{4}") String code,
            @RequestBody @Valid MunicipalityChangeRequest request) {
        Permission.ADMINISTER.require(actor);
        return municipalities.change(code, request.name(), request.active(), request.version());
    }

    @PostMapping(
            path = "/import",
            consumes = {"text/csv", "text/plain"})
    @Operation(
            summary = "Import CBS's list of gemeenten",
            description = "The file CBS publishes as \"Gemeentelijke indeling op 1 januari YYYY\", saved as CSV: a "
                    + "header naming Gemeentecode (or GemeentecodeGM) and Gemeentenaam, separated by ; , or tab. New "
                    + "gemeenten are added, changed names renamed; gemeenten not in the file are listed, not removed.")
    MunicipalityImport importCbs(
            @Parameter(hidden = true) Actor actor, @RequestBody @Size(max = 1_000_000) String file) {
        Permission.ADMINISTER.require(actor);
        return municipalities.importCbs(file);
    }
}
