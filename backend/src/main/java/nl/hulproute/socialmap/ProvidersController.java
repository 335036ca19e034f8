package nl.hulproute.socialmap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sociale kaart")
class ProvidersController {

    private final Providers providers;
    private final Municipalities municipalities;

    ProvidersController(Providers providers, Municipalities municipalities) {
        this.providers = providers;
        this.municipalities = municipalities;
    }

    @GetMapping("/api/providers")
    @Operation(
            summary = "The provider catalogue",
            description = "Optionally only the providers that serve a student of this age whose woongemeente has "
                    + "this CBS code (the same rule as the REFER guard).")
    List<ProviderSummary> providers(
            @RequestParam(required = false) @Min(0) @Max(120) @Nullable Integer age,
            @Parameter(description = "CBS gemeentecode, e.g. GM0344")
                    @RequestParam(required = false)
                    @Pattern(regexp = "GM\\d{4}")
                    @Nullable
                    String municipality) {
        return providers.catalogue().stream()
                .filter(provider -> age == null || provider.servesAge(age))
                .filter(provider -> municipality == null || provider.servesMunicipality(municipality))
                .toList();
    }

    @GetMapping("/api/municipalities")
    @Operation(
            summary = "The Dutch municipalities (gemeenten) to choose from",
            description = "The reference list, by name: woongemeenten and the gemeenten a provider serves are CBS "
                    + "codes from it, never free text.")
    List<Municipality> municipalities() {
        return municipalities.all();
    }
}
