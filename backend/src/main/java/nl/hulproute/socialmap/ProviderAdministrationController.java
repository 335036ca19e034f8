package nl.hulproute.socialmap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
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
@Tag(name = "Beheer")
class ProviderAdministrationController {

    private final Providers providers;

    ProviderAdministrationController(Providers providers) {
        this.providers = providers;
    }

    @Schema(name = "ProviderContactRequest", description = "How to reach the provider; every field optional")
    record ContactRequest(
            @Size(max = 40) @Pattern(regexp = "[0-9+() -]*") @Nullable
            String phone,

            @Size(max = 320) @Email @Nullable String email,

            @Size(max = 300) @Pattern(regexp = "(https?://\\S+)?") @Nullable
            String website,

            @Size(max = 300) @Nullable String address,
            @Size(max = 2000) @Nullable String intakeProcedure) {

        ProviderContact toContact() {
            return new ProviderContact(phone, email, website, address, intakeProcedure);
        }

        static ProviderContact of(@Nullable ContactRequest request) {
            return request == null ? ProviderContact.NONE : request.toContact();
        }
    }

    @Schema(name = "EmbeddedPresenceRequest", description = "Embedded in school: at this location on these days")
    record PresenceRequest(
            @NotNull @Positive Long locationId,
            @NotEmpty @Size(max = 7) Set<@NotNull DayOfWeek> days) {

        static List<EmbeddedPresence> of(@Nullable List<PresenceRequest> requests) {
            return requests == null
                    ? List.of()
                    : requests.stream()
                            .map(request -> new EmbeddedPresence(request.locationId(), List.copyOf(request.days())))
                            .toList();
        }
    }

    @Schema(
            name = "ProviderRequest",
            description = "A provider and whom it serves: ages (inclusive) and gemeenten "
                    + "(CBS codes from GET /api/municipalities), with how to reach it")
    record ProviderRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull ProviderKind kind,
            @NotNull @Min(0) @Max(120) Integer minAge,
            @NotNull @Min(0) @Max(120) Integer maxAge,
            @NotEmpty @Size(max = 400) Set<@NotNull @Pattern(regexp = "GM\\d{4}") String> municipalities,
            @Valid @Nullable ContactRequest contact,

            @Schema(description = "the provider's own figure: typical days from referral to start")
            @Min(0)
            @Max(3650)
            @Nullable
            Integer typicalWaitingDays,

            @Size(max = 50) @Nullable List<@Valid @NotNull PresenceRequest> embedded) {}

    @Schema(
            name = "ProviderChangeRequest",
            description = "A provider changed, or deactivated, against the version seen")
    record ProviderChangeRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull ProviderKind kind,
            @NotNull @Min(0) @Max(120) Integer minAge,
            @NotNull @Min(0) @Max(120) Integer maxAge,
            @NotEmpty @Size(max = 400) Set<@NotNull @Pattern(regexp = "GM\\d{4}") String> municipalities,
            @Valid @Nullable ContactRequest contact,

            @Schema(description = "the provider's own figure: typical days from referral to start")
            @Min(0)
            @Max(3650)
            @Nullable
            Integer typicalWaitingDays,

            @Size(max = 50) @Nullable List<@Valid @NotNull PresenceRequest> embedded,

            @Schema(description = "false deactivates: no new referrals") @NotNull
            Boolean enabled,

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
    ResponseEntity<AdminProvider> add(
            @Parameter(hidden = true) Actor actor, @RequestBody @Valid ProviderRequest request) {
        Permission.ADMINISTER.require(actor);
        long id = providers.add(new NewProvider(
                request.name(),
                request.kind(),
                request.minAge(),
                request.maxAge(),
                request.municipalities(),
                ContactRequest.of(request.contact()),
                request.typicalWaitingDays(),
                PresenceRequest.of(request.embedded())));
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
        return providers.change(
                id,
                new ProviderChange(
                        request.name(),
                        request.kind(),
                        request.minAge(),
                        request.maxAge(),
                        request.municipalities(),
                        ContactRequest.of(request.contact()),
                        request.typicalWaitingDays(),
                        PresenceRequest.of(request.embedded()),
                        request.enabled(),
                        request.version()));
    }
}
