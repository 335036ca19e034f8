package nl.hulproute.people;

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
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import nl.hulproute.platform.ExternalIdentity;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.Role;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** Someone who signs in to Hulproute: school staff, an external professional, an auditor or an administrator. */
@Entity
@Table(name = "people_user")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String displayName;
    private @Nullable String email;
    /** Whom to reach: kept by an administrator, not by the identity provider. */
    private @Nullable String phone;
    /** Only for password sign-in; users who sign in through the school's identity provider have none. */
    private @Nullable String passwordHash;
    /** The provider an external professional works for. */
    private @Nullable Long providerId;
    /** The identity provider and its subject this user is bound to, for users who sign in there. */
    private @Nullable String externalIssuer;

    private @Nullable String externalSubject;

    private boolean enabled = true;
    /** The latest expiry of their break-glass grants (ADR 27): none of them is in force after it. */
    private @Nullable Instant breakGlassUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "people_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "people_user_location", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "location_id")
    private Set<Long> locationIds = new HashSet<>();

    @Version
    private long version;

    protected UserAccount() {}

    UserAccount(NewUser user, @Nullable String passwordHash) {
        this.username = user.username();
        this.displayName = user.displayName();
        this.email = user.email();
        this.phone = user.phone();
        this.passwordHash = passwordHash;
        this.providerId = user.providerId();
        this.roles = new HashSet<>(user.roles());
        this.locationIds = new HashSet<>(user.locationIds());
    }

    /** A user's first sign-in at the identity provider: not signed in with a password before. */
    UserAccount(ExternalIdentity identity, Set<Long> locationIds) {
        this.username = identity.username();
        this.displayName = identity.displayName();
        this.email = identity.email();
        this.externalIssuer = identity.issuer();
        this.externalSubject = identity.subject();
        this.roles = new HashSet<>(identity.roles());
        this.locationIds = new HashSet<>(locationIds);
    }

    /** Whether this user is bound to an identity at a provider (and then to which is told by {@link #boundTo}). */
    boolean bound() {
        return externalSubject != null;
    }

    boolean boundTo(ExternalIdentity identity) {
        return identity.issuer().equals(externalIssuer) && identity.subject().equals(externalSubject);
    }

    /**
     * Takes what the identity provider says now: username, name, e-mail, roles and locations; binds the user to the
     * identity on the first sign-in. The provider an external professional works for is an administrator's to set.
     * Collections are only replaced when they changed, so an unchanged sign-in writes nothing.
     */
    void update(ExternalIdentity identity, Set<Long> newLocationIds) {
        this.externalIssuer = identity.issuer();
        this.externalSubject = identity.subject();
        this.username = identity.username();
        this.displayName = identity.displayName();
        this.email = identity.email();
        if (!roles.equals(identity.roles())) {
            roles.clear();
            roles.addAll(identity.roles());
        }
        if (!locationIds.equals(newLocationIds)) {
            locationIds.clear();
            locationIds.addAll(newLocationIds);
        }
    }

    /**
     * What an administrator sets: roles, locations, the provider of an external professional, and whether the user may
     * sign in at all. Collections are only replaced when they changed.
     */
    void change(
            Set<Role> newRoles,
            Set<Long> newLocationIds,
            @Nullable Long newProviderId,
            boolean newEnabled,
            @Nullable String newPhone) {
        this.phone = newPhone;
        if (!roles.equals(newRoles)) {
            roles.clear();
            roles.addAll(newRoles);
        }
        if (!locationIds.equals(newLocationIds)) {
            locationIds.clear();
            locationIds.addAll(newLocationIds);
        }
        this.providerId = newProviderId;
        this.enabled = newEnabled;
    }

    /** A break-glass grant of theirs is in force until then; the version moves with it, as with any change. */
    void heldBreakGlassUntil(Instant expiresAt) {
        if (breakGlassUntil == null || breakGlassUntil.isBefore(expiresAt)) {
            breakGlassUntil = expiresAt;
        }
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    @Nullable
    String email() {
        return email;
    }

    @Nullable
    Long providerId() {
        return providerId;
    }

    Set<Long> locationIds() {
        return Set.copyOf(locationIds);
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    @Nullable
    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    Set<Role> roles() {
        return Set.copyOf(roles);
    }

    Actor toActor() {
        return new Actor(id, username, displayName, roles, locationIds, providerId, breakGlassUntil);
    }

    RegisteredUser toRegistered() {
        return new RegisteredUser(
                id, username, displayName, email, phone, roles, locationIds, providerId, enabled, bound(), version);
    }

    UserSummary toSummary() {
        return new UserSummary(id, displayName, roles, locationIds, providerId, email, phone);
    }
}
