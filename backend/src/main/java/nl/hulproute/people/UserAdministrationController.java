package nl.hulproute.people;

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
import java.util.Map;
import java.util.Set;
import nl.hulproute.platform.SignInMethod;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.DomainProblem;
import nl.hulproute.shared.PageView;
import nl.hulproute.shared.Permission;
import nl.hulproute.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The functioneel beheerder's users: who may sign in, in which roles, where. No case content. */
@RestController
@RequestMapping("/api/admin/users")
@Tag(name = "Beheer")
class UserAdministrationController {

    /** A phone number as people write it: digits, spaces, +, -, ( and ); or nothing. */
    static final String PHONE = "|[0-9+()\\- ]{6,30}";

    private final PeopleAdministration administration;
    private final SignInMethod signIn;

    UserAdministrationController(PeopleAdministration administration, SignInMethod signIn) {
        this.administration = administration;
        this.signIn = signIn;
    }

    @Schema(name = "NewUserRequest", description = "Registering someone before their first sign-in")
    record NewUserRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[\\p{L}\\p{N}._@+-]+")
            String username,

            @NotBlank @Size(max = 200) String displayName,
            @Nullable @Email @Size(max = 320) String email,
            @NotEmpty @Size(max = 5) Set<@NotNull Role> roles,
            @NotNull @Size(max = 50) Set<@NotNull @Positive Long> locationIds,
            @Nullable @Positive Long providerId,

            @Schema(description = "Only where users sign in with a password (demo, tests); refused in production")
            @Nullable
            @Size(min = 8, max = 200)
            String password,

            @Schema(description = "Whom to reach: shown where help is needed (the acute instructions, a case)")
            @Nullable
            @Size(max = 30)
            @Pattern(regexp = PHONE)
            String phone) {}

    @Schema(
            name = "UserChangeRequest",
            description = "Roles, locations, provider and sign-in, against the version seen")
    record UserChangeRequest(
            @NotEmpty @Size(max = 5) Set<@NotNull Role> roles,
            @NotNull @Size(max = 50) Set<@NotNull @Positive Long> locationIds,
            @Nullable @Positive Long providerId,
            @NotNull Boolean enabled,
            @NotNull @PositiveOrZero Long version,

            @Schema(description = "Whom to reach; empty or absent removes it")
            @Nullable
            @Size(max = 30)
            @Pattern(regexp = PHONE)
            String phone) {}

    @GetMapping
    @Operation(
            summary = "Users, by name",
            description = "`q` is part of a name or username; `role` and `location` narrow the list. For the "
                    + "functioneel beheerder only.")
    PageView<RegisteredUser> users(
            @Parameter(hidden = true) Actor actor,
            @RequestParam(required = false) @Size(max = 100) @Nullable String q,
            @RequestParam(required = false) @Nullable Role role,
            @RequestParam(required = false) @Positive @Nullable Long location,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Permission.ADMINISTER.require(actor);
        var found = administration.users(
                new UserFilter(q, role, location),
                PageRequest.of(page, size, Sort.by("displayName", "username", "id")));
        return PageView.of(found, user -> user);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One user, with the version to change them against")
    RegisteredUser user(@Parameter(hidden = true) Actor actor, @PathVariable @Positive long id) {
        Permission.ADMINISTER.require(actor);
        return administration.user(id);
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created")
    @Operation(
            summary = "Register a user in advance",
            description = "An external professional needs their provider, nobody else has one; a zorgcoördinator or "
                    + "SLB'er needs a location. In production users sign in at the school's identity provider: no "
                    + "password.")
    ResponseEntity<RegisteredUser> register(
            @Parameter(hidden = true) Actor actor, @RequestBody @Valid NewUserRequest request) {
        Permission.ADMINISTER.require(actor);
        if (request.password() != null && !signIn.acceptsPasswords()) {
            throw new DomainProblem.Unprocessable(
                    "admin.user.password-not-used",
                    "Users sign in at the school's identity provider here; a password would never be used.",
                    Map.of());
        }
        long id = administration.addUser(new NewUser(
                request.username().strip(),
                request.displayName().strip(),
                request.email(),
                request.roles(),
                request.locationIds(),
                request.providerId(),
                request.password(),
                request.phone() == null || request.phone().isBlank()
                        ? null
                        : request.phone().strip()));
        RegisteredUser user = administration.user(id);
        return ResponseEntity.created(URI.create("/api/admin/users/" + id)).body(user);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Change a user's roles, locations, provider or sign-in",
            description = "`version` is the one last read; a stale one is a 409. Administrators cannot disable "
                    + "themselves or give up their own ADMIN role.")
    RegisteredUser change(
            @Parameter(hidden = true) Actor actor,
            @PathVariable @Positive long id,
            @RequestBody @Valid UserChangeRequest request) {
        Permission.ADMINISTER.require(actor);
        return administration.changeUser(
                actor,
                id,
                new UserChange(
                        request.roles(),
                        request.locationIds(),
                        request.providerId(),
                        request.enabled(),
                        request.version(),
                        request.phone()));
    }
}
