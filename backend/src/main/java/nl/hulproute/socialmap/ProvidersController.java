package nl.hulproute.socialmap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Sociale kaart")
class ProvidersController {

    private final Providers providers;

    ProvidersController(Providers providers) {
        this.providers = providers;
    }

    @GetMapping("/api/providers")
    @Operation(
            summary = "The provider catalogue",
            description = "Optionally only the providers that serve a student of this age living in this municipality.")
    List<ProviderSummary> providers(
            @RequestParam(required = false) @Min(0) @Max(120) @Nullable Integer age,
            @RequestParam(required = false) @Size(min = 1, max = 100) @Nullable String municipality) {
        return providers.catalogue().stream()
                .filter(provider -> age == null || (age >= provider.minAge() && age <= provider.maxAge()))
                .filter(provider -> municipality == null || provider.municipalities().contains(municipality))
                .toList();
    }
}
