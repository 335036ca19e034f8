package nl.hulproute.socialmap;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ProviderRepository extends Repository<Provider, Long> {

    Provider save(Provider provider);

    void flush();

    Optional<Provider> findById(long id);

    @Query("select p from Provider p where p.id in :ids")
    List<Provider> findByIdIn(Collection<Long> ids);

    List<Provider> findAll(Sort sort);
}
