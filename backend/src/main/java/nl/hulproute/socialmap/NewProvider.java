package nl.hulproute.socialmap;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What adding a provider to the sociale kaart takes; municipalities are CBS codes from the reference list. */
public record NewProvider(
        String name,
        ProviderKind kind,
        int minAge,
        int maxAge,
        Set<String> municipalities,
        ProviderContact contact,
        @Nullable Integer typicalWaitingDays,
        List<EmbeddedPresence> embedded) {

    /** A provider with no contact details, waiting time or presence in school yet. */
    public NewProvider(String name, ProviderKind kind, int minAge, int maxAge, Set<String> municipalities) {
        this(name, kind, minAge, maxAge, municipalities, ProviderContact.NONE, null, List.of());
    }
}
