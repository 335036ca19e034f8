package nl.hulproute.socialmap;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One gemeente on the reference list; kept by the functioneel beheerder (fictional ones by demo and tests). */
@Entity
@Table(name = "socialmap_municipality")
class MunicipalityEntry {

    @Id
    private String code;

    private String name;

    private boolean fictional;

    private boolean active = true;

    @Version
    private long version;

    protected MunicipalityEntry() {}

    MunicipalityEntry(String code, String name, boolean fictional) {
        this.code = code;
        this.name = name;
        this.fictional = fictional;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    boolean active() {
        return active;
    }

    long version() {
        return version;
    }

    void change(String name, boolean active) {
        this.name = name;
        this.active = active;
    }

    Municipality toMunicipality() {
        return new Municipality(code, name, fictional, active);
    }

    AdminMunicipality toAdmin() {
        return new AdminMunicipality(code, name, fictional, active, version);
    }
}
