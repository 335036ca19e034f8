package nl.hulproute.socialmap;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface MunicipalityRepository extends Repository<MunicipalityEntry, String> {

    MunicipalityEntry saveAndFlush(MunicipalityEntry entry);

    List<MunicipalityEntry> findAll(Sort sort);

    Optional<MunicipalityEntry> findByCode(String code);

    List<MunicipalityEntry> findByCodeIn(Collection<String> codes);

    Optional<MunicipalityEntry> findByName(String name);

    @Query("select max(m.code) from MunicipalityEntry m where m.code >= 'GM9000'")
    Optional<String> highestFictionalCode();
}
