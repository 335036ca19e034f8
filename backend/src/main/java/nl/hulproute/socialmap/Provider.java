package nl.hulproute.socialmap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * An external care provider on the sociale kaart: whom it serves (ages, municipalities from the reference list), how
 * to reach it, how long one waits, and where it is embedded in school.
 */
@Entity
@Table(name = "socialmap_provider")
class Provider {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ProviderKind kind;

    private int minAge;
    private int maxAge;

    /** The CBS codes of the municipalities it serves (for youth care: the woongemeente decides). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "socialmap_provider_served_municipality", joinColumns = @JoinColumn(name = "provider_id"))
    @Column(name = "municipality_code")
    private Set<String> municipalityCodes = new HashSet<>();

    /**
     * Free-text municipalities from before the reference list that matched no name on it: shown to the administrator
     * until the provider is saved with municipalities chosen from the list.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "socialmap_provider_municipality", joinColumns = @JoinColumn(name = "provider_id"))
    @Column(name = "municipality")
    private Set<String> unmatchedMunicipalities = new HashSet<>();

    private @Nullable String phone;
    private @Nullable String email;
    private @Nullable String website;
    private @Nullable String address;
    private @Nullable String intakeProcedure;

    /** The provider's own figure for the typical wait from referral to start, in days. */
    private @Nullable Integer typicalWaitingDays;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "socialmap_provider_presence", joinColumns = @JoinColumn(name = "provider_id"))
    private Set<Presence> presence = new HashSet<>();

    /** Deactivated: no longer offered for a referral; cases already referred keep it. */
    private boolean enabled = true;

    @Version
    private long version;

    /** One day a week at one school location. */
    @Embeddable
    record Presence(
            long locationId,

            @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR)
            DayOfWeek dayOfWeek) {}

    protected Provider() {}

    Provider(NewProvider provider) {
        this.name = provider.name();
        this.kind = provider.kind();
        this.minAge = provider.minAge();
        this.maxAge = provider.maxAge();
        this.municipalityCodes = new HashSet<>(provider.municipalities());
        describe(provider.contact(), provider.typicalWaitingDays(), provider.embedded());
    }

    void change(ProviderChange change) {
        this.name = change.name();
        this.kind = change.kind();
        this.minAge = change.minAge();
        this.maxAge = change.maxAge();
        replace(municipalityCodes, change.municipalities());
        unmatchedMunicipalities.clear();
        describe(change.contact(), change.typicalWaitingDays(), change.embedded());
        this.enabled = change.enabled();
    }

    private void describe(
            ProviderContact contact, @Nullable Integer typicalWaitingDays, List<EmbeddedPresence> embedded) {
        this.phone = contact.phone();
        this.email = contact.email();
        this.website = contact.website();
        this.address = contact.address();
        this.intakeProcedure = contact.intakeProcedure();
        this.typicalWaitingDays = typicalWaitingDays;
        replace(
                presence,
                embedded.stream()
                        .flatMap(place -> place.days().stream().map(day -> new Presence(place.locationId(), day)))
                        .collect(Collectors.toSet()));
    }

    private static <T> void replace(Set<T> current, Collection<T> wanted) {
        if (!current.equals(Set.copyOf(wanted))) {
            current.clear();
            current.addAll(wanted);
        }
    }

    long version() {
        return version;
    }

    Set<String> municipalityCodes() {
        return Set.copyOf(municipalityCodes);
    }

    ProviderSummary toSummary(Map<String, Municipality> municipalities) {
        return new ProviderSummary(
                id,
                name,
                kind,
                minAge,
                maxAge,
                served(municipalities),
                enabled,
                contact(),
                typicalWaitingDays,
                embedded());
    }

    AdminProvider toAdmin(Map<String, Municipality> municipalities) {
        return new AdminProvider(
                id,
                name,
                kind,
                minAge,
                maxAge,
                served(municipalities),
                new TreeSet<>(unmatchedMunicipalities).stream().toList(),
                contact(),
                typicalWaitingDays,
                embedded(),
                enabled,
                version);
    }

    private List<Municipality> served(Map<String, Municipality> municipalities) {
        return municipalityCodes.stream()
                .map(municipalities::get)
                .filter(Objects::nonNull)
                .sorted(java.util.Comparator.comparing(Municipality::name))
                .toList();
    }

    private ProviderContact contact() {
        return new ProviderContact(phone, email, website, address, intakeProcedure);
    }

    private List<EmbeddedPresence> embedded() {
        Map<Long, List<DayOfWeek>> byLocation = new TreeMap<>();
        presence.forEach(day -> byLocation
                .computeIfAbsent(day.locationId(), location -> new java.util.ArrayList<>())
                .add(day.dayOfWeek()));
        return byLocation.entrySet().stream()
                .map(entry -> new EmbeddedPresence(entry.getKey(), entry.getValue()))
                .toList();
    }
}
