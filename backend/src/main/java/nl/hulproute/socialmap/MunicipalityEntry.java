package nl.hulproute.socialmap;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One row of the reference list of municipalities; written by Flyway (and, fictional ones, by demo and tests). */
@Entity
@Immutable
@Table(name = "socialmap_municipality")
class MunicipalityEntry {

    @Id
    private String code;

    private String name;

    private boolean fictional;

    protected MunicipalityEntry() {}

    MunicipalityEntry(String code, String name, boolean fictional) {
        this.code = code;
        this.name = name;
        this.fictional = fictional;
    }

    Municipality toMunicipality() {
        return new Municipality(code, name, fictional);
    }
}
