package nl.hulproute.socialmap;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A provider as the functioneel beheerder manages it, with the version to change it against. */
@Schema(name = "AdminProvider")
public record AdminProvider(
        long id,
        String name,
        ProviderKind kind,
        int minAge,
        int maxAge,
        List<Municipality> municipalities,

        @Schema(
                description = "gemeenten typed as free text before the reference list that match no name on it; "
                        + "gone once the provider is saved with gemeenten from the list")
        List<String> unmatchedMunicipalities,

        ProviderContact contact,

        @Schema(description = "the provider's own figure: typical days from referral to start") @Nullable
        Integer typicalWaitingDays,

        List<EmbeddedPresence> embedded,
        boolean enabled,
        long version) {

    public AdminProvider {
        municipalities = List.copyOf(municipalities);
        unmatchedMunicipalities = List.copyOf(unmatchedMunicipalities);
        embedded = List.copyOf(embedded);
    }
}
