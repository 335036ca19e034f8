package nl.hulproute.socialmap;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;

/** A provider as the functioneel beheerder manages it, with the version to change it against. */
@Schema(name = "AdminProvider")
public record AdminProvider(
        long id,
        String name,
        ProviderKind kind,
        int minAge,
        int maxAge,
        Set<String> municipalities,
        boolean enabled,
        long version) {

    public AdminProvider {
        municipalities = Set.copyOf(municipalities);
    }
}
