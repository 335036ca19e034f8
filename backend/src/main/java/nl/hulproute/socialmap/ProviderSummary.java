package nl.hulproute.socialmap;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;

/** A provider on the sociale kaart and whom it serves; a deactivated one is no longer referred to. */
@Schema(name = "Provider")
public record ProviderSummary(
        long id, String name, ProviderKind kind, int minAge, int maxAge, Set<String> municipalities, boolean enabled) {

    public ProviderSummary {
        municipalities = Set.copyOf(municipalities);
    }

    /**
     * Whether this provider takes a student of this age living in this municipality: youth care is arranged by the
     * municipality of residence (woonplaatsbeginsel), and the Jeugdwet/Wmo split makes age decisive.
     */
    public boolean serves(int age, String municipality) {
        return age >= minAge && age <= maxAge && municipalities.contains(municipality);
    }
}
