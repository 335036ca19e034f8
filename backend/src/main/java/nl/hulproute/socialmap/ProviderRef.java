package nl.hulproute.socialmap;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A provider as views name it: by id and name. */
@Schema(name = "ProviderRef", description = "A provider, by id and name")
public record ProviderRef(long id, String name) {

    /** The provider by id, named from a batch lookup; null for no provider. */
    public static @Nullable ProviderRef of(@Nullable Long providerId, Map<Long, ProviderSummary> providers) {
        if (providerId == null) {
            return null;
        }
        ProviderSummary provider = providers.get(providerId);
        return new ProviderRef(providerId, provider == null ? "" : provider.name());
    }
}
