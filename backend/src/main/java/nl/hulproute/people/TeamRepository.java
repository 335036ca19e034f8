package nl.hulproute.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface TeamRepository extends Repository<Team, Long> {

    Team save(Team team);

    Optional<Team> findById(long id);

    @Query("select t from Team t where t.id in :ids")
    List<Team> findByIdIn(Collection<Long> ids);

    List<Team> findAll();

    List<Team> findByLocationId(long locationId);

    Optional<Team> findByLocationIdAndName(long locationId, String name);

    void flush();
}
