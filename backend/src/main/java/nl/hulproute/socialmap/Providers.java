package nl.hulproute.socialmap;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.hulproute.shared.DomainProblem;
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

    /** The active providers, to refer to; deactivated ones are left out. */
    public List<ProviderSummary> catalogue() {
        return providers.findAll(Sort.by("name")).stream()
                .map(Provider::toSummary)
                .filter(ProviderSummary::enabled)
                .toList();
    }

    /** Every provider, deactivated ones too, for the functioneel beheerder. */
    public List<AdminProvider> all() {
        return providers.findAll(Sort.by("name", "id")).stream().map(Provider::toAdmin).toList();
    }

    public AdminProvider administered(long id) {
        return providers.findById(id).map(Provider::toAdmin).orElseThrow(Providers::notFound);
    }

    @Transactional
    public long add(NewProvider provider) {
        requireSensible(provider.minAge(), provider.maxAge(), provider.municipalities());
        return providers.save(new Provider(normalised(provider))).toSummary().id();
    }

    /**
     * Changes a provider against the version the administrator saw. Deactivating it stops new referrals only: cases
     * already referred to it keep it, and its professionals keep their handovers.
     */
    @Transactional
    public AdminProvider change(long id, ProviderChange change) {
        Provider provider = providers.findById(id).orElseThrow(Providers::notFound);
        if (provider.version() != change.version()) {
            throw DomainProblem.Conflict.staleVersion("admin.provider", Map.of("providerId", id), provider.version());
        }
        requireSensible(change.minAge(), change.maxAge(), change.municipalities());
        provider.change(new ProviderChange(change.name().strip(), change.kind(), change.minAge(), change.maxAge(),
                stripped(change.municipalities()), change.enabled(), change.version()));
        providers.save(provider);
        providers.flush();
        return provider.toAdmin();
    }

    private static void requireSensible(int minAge, int maxAge, Set<String> municipalities) {
        if (minAge > maxAge) {
            throw new DomainProblem.Unprocessable("admin.provider.ages-reversed",
                    "The lowest age is above the highest.", Map.of());
        }
        if (stripped(municipalities).isEmpty()) {
            throw new DomainProblem.Unprocessable("admin.provider.municipality-required",
                    "A provider serves at least one municipality.", Map.of());
        }
    }

    private static NewProvider normalised(NewProvider provider) {
        return new NewProvider(provider.name().strip(), provider.kind(), provider.minAge(), provider.maxAge(),
                stripped(provider.municipalities()));
    }

    private static Set<String> stripped(Set<String> municipalities) {
        return municipalities.stream().map(String::strip).filter(name -> !name.isEmpty()).collect(Collectors.toSet());
    }

    private static DomainProblem notFound() {
        return new DomainProblem.NotFound("admin.provider.not-found", "There is no such provider.");
    }
}
