package nl.hulproute.socialmap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Set;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.Permission;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The functioneel beheerder's sociale kaart: add, change and deactivate providers. */
@RestController
@RequestMapping("/api/admin/providers")
@Validated
@Tag(name = "Beheer")
class ProviderAdministrationController {

    private final Providers providers;

    ProviderAdministrationController(Providers providers) {
        this.providers = providers;
    }

    @Schema(name = "ProviderRequest", description = "A provider and whom it serves: ages (inclusive) and woongemeenten")
    record ProviderRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull ProviderKind kind,
            @NotNull @Min(0) @Max(120) Integer minAge,
            @NotNull @Min(0) @Max(120) Integer maxAge,
            @NotEmpty @Size(max = 400) Set<@NotBlank @Size(max = 100) String> municipalities) {}

    @Schema(name = "ProviderChangeRequest", description = "A provider changed, or deactivated, against the version seen")
    record ProviderChangeRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull ProviderKind kind,
            @NotNull @Min(0) @Max(120) Integer minAge,
            @NotNull @Min(0) @Max(120) Integer maxAge,
            @NotEmpty @Size(max = 400) Set<@NotBlank @Size(max = 100) String> municipalities,
            @Schema(description = "false deactivates: no new referrals") @NotNull Boolean enabled,
            @NotNull @PositiveOrZero Long version) {}

    @GetMapping
    @Operation(summary = "Every provider on the sociale kaart, deactivated ones too")
    List<AdminProvider> providers(@Parameter(hidden = true) Actor actor) {
        Permission.ADMINISTER.require(actor);
        return providers.all();
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created")
    @Operation(summary = "Add a provider to the sociale kaart")
    ResponseEntity<AdminProvider> add(@Parameter(hidden = true) Actor actor, @RequestBody @Valid ProviderRequest request) {
        Permission.ADMINISTER.require(actor);
        long id = providers.add(new NewProvider(
                request.name(), request.kind(), request.minAge(), request.maxAge(), request.municipalities()));
        return ResponseEntity.created(URI.create("/api/admin/providers/" + id)).body(providers.administered(id));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Change or deactivate a provider",
            description = "`enabled` false stops new referrals to it; cases already referred keep it. `version` is "
                    + "the one last read; a stale one is a 409.")
    AdminProvider change(
            @Parameter(hidden = true) Actor actor,
            @PathVariable @Positive long id,
            @RequestBody @Valid ProviderChangeRequest request) {
        Permission.ADMINISTER.require(actor);
        return providers.change(id, new ProviderChange(request.name(), request.kind(), request.minAge(),
                request.maxAge(), request.municipalities(), request.enabled(), request.version()));
    }
}
