package nl.hulproute.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.hulproute.shared.Role;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface UserAccountRepository extends Repository<UserAccount, Long> {

    UserAccount save(UserAccount user);

    Optional<UserAccount> findById(long id);

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByExternalIssuerAndExternalSubject(String externalIssuer, String externalSubject);

    List<UserAccount> findByIdIn(Collection<Long> ids);

    boolean existsByUsername(String username);

    @Query(
            """
            select distinct u from UserAccount u join u.locationIds location join u.roles role
            where location = :locationId and role = :role and u.enabled = true
            order by u.displayName
            """)
    List<UserAccount> findStaff(long locationId, Role role);
}
