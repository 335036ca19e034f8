package nl.hulproute.socialmap;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The provider catalogue (sociale kaart). */
@Service
@Transactional(readOnly = true)
public class Providers {

    private final ProviderRepository providers;

    Providers(ProviderRepository providers) {
        this.providers = providers;
    }

    public Optional<ProviderSummary> provider(long id) {
        return providers.findById(id).map(Provider::toSummary);
    }

    public Map<Long, ProviderSummary> providers(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return providers.findByIdIn(ids).stream()
                .map(Provider::toSummary)
                .collect(Collectors.toMap(ProviderSummary::id, Function.identity()));
    }

    public List<ProviderSummary> catalogue() {
        return providers.findAll(Sort.by("name")).stream().map(Provider::toSummary).toList();
    }

    @Transactional
    public long add(NewProvider provider) {
        return providers.save(new Provider(provider)).toSummary().id();
    }
}
