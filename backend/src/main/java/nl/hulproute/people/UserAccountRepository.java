package nl.hulproute.people;

import java.util.List;
import java.util.Optional;
import nl.hulproute.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface UserAccountRepository extends Repository<UserAccount, Long> {

    UserAccount save(UserAccount user);

    /** Writes now, so a changed user is answered with their new version. */
    void flush();

    Optional<UserAccount> findById(long id);

    // roles and locations come in the same statement (both are small sets), not in two more
    @Query("select distinct u from UserAccount u left join fetch u.roles left join fetch u.locationIds "
            + "where u.username = :username")
    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByExternalIssuerAndExternalSubject(String externalIssuer, String externalSubject);

    boolean existsByUsername(String username);

    List<UserAccount> findByProviderIdAndEnabledTrueOrderByDisplayName(long providerId);

    @Query("""
            select distinct u from UserAccount u join u.locationIds location join u.roles role
            where location = :locationId and role = :role and u.enabled = true
            order by u.displayName
            """)
    List<UserAccount> findStaff(long locationId, Role role);

    /** Users whose name or username match the pattern ({@link SearchTerm#containing}), with a role, at a location. */
    @Query(value = """
                    select u from UserAccount u
                    where (:pattern is null or lower(u.displayName) like :pattern escape '!' or lower(u.username) like :pattern escape '!')
                    and (:role is null or exists (select 1 from UserAccount r join r.roles role where r = u and role = :role))
                    and (:locationId is null or exists (
                        select 1 from UserAccount l join l.locationIds location where l = u and location = :locationId))
                    """)
    Page<UserAccount> search(
            @Nullable String pattern, @Nullable Role role, @Nullable Long locationId, Pageable pageable);
}
