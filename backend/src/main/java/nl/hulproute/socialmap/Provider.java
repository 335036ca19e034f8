package nl.hulproute.socialmap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An external care provider on the sociale kaart, with the ages and municipalities it serves. */
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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "socialmap_provider_municipality", joinColumns = @JoinColumn(name = "provider_id"))
    @Column(name = "municipality")
    private Set<String> municipalities = new HashSet<>();

    /** Deactivated: no longer offered for a referral; cases already referred keep it. */
    private boolean enabled = true;

    @Version
    private long version;

    protected Provider() {}

    Provider(NewProvider provider) {
        this.name = provider.name();
        this.kind = provider.kind();
        this.minAge = provider.minAge();
        this.maxAge = provider.maxAge();
        this.municipalities = new HashSet<>(provider.municipalities());
    }

    void change(ProviderChange change) {
        this.name = change.name();
        this.kind = change.kind();
        this.minAge = change.minAge();
        this.maxAge = change.maxAge();
        if (!municipalities.equals(change.municipalities())) {
            municipalities.clear();
            municipalities.addAll(change.municipalities());
        }
        this.enabled = change.enabled();
    }

    long version() {
        return version;
    }

    ProviderSummary toSummary() {
        return new ProviderSummary(id, name, kind, minAge, maxAge, municipalities, enabled);
    }

    AdminProvider toAdmin() {
        return new AdminProvider(id, name, kind, minAge, maxAge, municipalities, enabled, version);
    }
}
