package nl.hulproute.socialmap;

import java.util.Set;

/** What adding a provider to the sociale kaart takes. */
public record NewProvider(String name, ProviderKind kind, int minAge, int maxAge, Set<String> municipalities) {}
