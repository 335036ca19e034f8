package nl.hulproute.people;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A school location (vestiging); zorgcoördinatoren work per location. */
@Entity
@Table(name = "people_location")
class Location {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String name;
    private String municipality;

    @Version
    private long version;

    protected Location() {}

    Location(String code, String name, String municipality) {
        this.code = code;
        this.name = name;
        this.municipality = municipality;
    }

    AdminLocation toAdmin() {
        return new AdminLocation(id, code, name, municipality, version);
    }

    void change(String name, String municipality) {
        this.name = name;
        this.municipality = municipality;
    }

    long version() {
        return version;
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    String municipality() {
        return municipality;
    }
}
