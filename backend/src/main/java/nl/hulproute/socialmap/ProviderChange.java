package nl.hulproute.socialmap;

import java.util.Set;

/** What an administrator changes about a provider, against the version they saw. */
public record ProviderChange(
        String name,
        ProviderKind kind,
        int minAge,
        int maxAge,
        Set<String> municipalities,
        boolean enabled,
        long version) {}
