package nl.hulproute.socialmap;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an administrator changes about a provider, against the version they saw; municipalities are CBS codes. */
public record ProviderChange(
        String name,
        ProviderKind kind,
        int minAge,
        int maxAge,
        Set<String> municipalities,
        ProviderContact contact,
        @Nullable Integer typicalWaitingDays,
        List<EmbeddedPresence> embedded,
        boolean enabled,
        long version) {}
