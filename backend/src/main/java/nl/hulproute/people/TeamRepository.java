package nl.hulproute.people;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;

interface TeamRepository extends Repository<Team, Long> {

    Team save(Team team);

    List<Team> findByIdIn(Collection<Long> ids);
}
