package nl.hulproute.socialmap;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.hulproute.shared.DomainProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The provider catalogue (sociale kaart). */
@Service
@Transactional(readOnly = true)
public class Providers {

    private final ProviderRepository providers;
    private final Municipalities municipalities;
    private final NamedParameterJdbcTemplate jdbc;

    Providers(ProviderRepository providers, Municipalities municipalities, NamedParameterJdbcTemplate jdbc) {
        this.providers = providers;
        this.municipalities = municipalities;
        this.jdbc = jdbc;
    }

    public Optional<ProviderSummary> provider(long id) {
        return providers.findById(id).map(provider -> provider.toSummary(municipalitiesOf(List.of(provider))));
    }

    /**
     * These providers as views name them, by id, in one statement: two columns as plain rows, as the people module
     * names students and users. A JPQL query with a list parameter was translated to SQL again on every call
     * (docs/performance.md).
     */
    public Map<Long, ProviderRef> refs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, ProviderRef> refs = new HashMap<>(ids.size() * 2);
        jdbc.query(
                "SELECT id, name FROM socialmap_provider WHERE id IN (:ids)",
                Map.of("ids", ids.stream().distinct().toList()),
                (ResultSet row) -> {
                    refs.put(row.getLong(1), new ProviderRef(row.getLong(1), row.getString(2)));
                });
        return refs;
    }

    public Map<Long, ProviderSummary> providers(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return summaries(providers.findByIdIn(ids)).stream()
                .collect(Collectors.toMap(ProviderSummary::id, Function.identity()));
    }

    /** The active providers, to refer to; deactivated ones are left out. */
    public List<ProviderSummary> catalogue() {
        return summaries(providers.findAll(Sort.by("name"))).stream()
                .filter(ProviderSummary::enabled)
                .toList();
    }

    /** Every provider, deactivated ones too, for the functioneel beheerder. */
    public List<AdminProvider> all() {
        List<Provider> all = providers.findAll(Sort.by("name", "id"));
        Map<String, Municipality> served = municipalitiesOf(all);
        return all.stream().map(provider -> provider.toAdmin(served)).toList();
    }

    public AdminProvider administered(long id) {
        Provider provider = providers.findById(id).orElseThrow(Providers::notFound);
        return provider.toAdmin(municipalitiesOf(List.of(provider)));
    }

    /** Adds a provider; its municipalities must be on the reference list (422 {@code admin.provider.municipality-unknown}). */
    @Transactional
    public long add(NewProvider provider) {
        requireSensible(provider.minAge(), provider.maxAge(), provider.municipalities(), provider.typicalWaitingDays());
        return providers
                .save(new Provider(new NewProvider(
                        provider.name().strip(),
                        provider.kind(),
                        provider.minAge(),
                        provider.maxAge(),
                        stripped(provider.municipalities()),
                        tidy(provider.contact()),
                        provider.typicalWaitingDays(),
                        provider.embedded())))
                .toSummary(Map.of())
                .id();
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
        requireSensible(change.minAge(), change.maxAge(), change.municipalities(), change.typicalWaitingDays());
        provider.change(new ProviderChange(
                change.name().strip(),
                change.kind(),
                change.minAge(),
                change.maxAge(),
                stripped(change.municipalities()),
                tidy(change.contact()),
                change.typicalWaitingDays(),
                change.embedded(),
                change.enabled(),
                change.version()));
        providers.save(provider);
        providers.flush();
        return provider.toAdmin(municipalitiesOf(List.of(provider)));
    }

    private List<ProviderSummary> summaries(List<Provider> list) {
        Map<String, Municipality> served = municipalitiesOf(list);
        return list.stream().map(provider -> provider.toSummary(served)).toList();
    }

    private Map<String, Municipality> municipalitiesOf(List<Provider> list) {
        return municipalities.byCodes(list.stream()
                .flatMap(provider -> provider.municipalityCodes().stream())
                .collect(Collectors.toSet()));
    }

    private void requireSensible(int minAge, int maxAge, Set<String> codes, @Nullable Integer typicalWaitingDays) {
        if (minAge > maxAge) {
            throw new DomainProblem.Unprocessable(
                    "admin.provider.ages-reversed", "The lowest age is above the highest.", Map.of());
        }
        if (stripped(codes).isEmpty()) {
            throw new DomainProblem.Unprocessable(
                    "admin.provider.municipality-required", "A provider serves at least one municipality.", Map.of());
        }
        if (typicalWaitingDays != null && typicalWaitingDays < 0) {
            throw new DomainProblem.Unprocessable(
                    "admin.provider.waiting-time-negative", "A waiting time is zero days or more.", Map.of());
        }
        municipalities.requireAll("admin.provider.municipality-unknown", stripped(codes));
    }

    private static ProviderContact tidy(ProviderContact contact) {
        return new ProviderContact(
                blankToNull(contact.phone()),
                blankToNull(contact.email()),
                blankToNull(contact.website()),
                blankToNull(contact.address()),
                blankToNull(contact.intakeProcedure()));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Set<String> stripped(Set<String> codes) {
        return codes.stream().map(String::strip).filter(code -> !code.isEmpty()).collect(Collectors.toSet());
    }

    private static DomainProblem notFound() {
        return new DomainProblem.NotFound("admin.provider.not-found", "There is no such provider.");
    }
}
