package nl.hulproute.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface LocationRepository extends Repository<Location, Long> {

    Location save(Location location);

    Optional<Location> findById(long id);

    boolean existsByCode(String code);

    @Query("select l from Location l where l.id in :ids")
    List<Location> findByIdIn(Collection<Long> ids);

    List<Location> findByCodeIn(Collection<String> codes);

    List<Location> findAll();

    void flush();
}
