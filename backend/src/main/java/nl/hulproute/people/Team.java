package nl.hulproute.people;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A team of teachers at one location, running programmes in one sector. */
@Entity
@Table(name = "people_team")
class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long locationId;
    private String name;
    private String sector;

    @Version
    private long version;

    protected Team() {}

    Team(long locationId, String name, String sector) {
        this.locationId = locationId;
        this.name = name;
        this.sector = sector;
    }

    void change(String name, String sector) {
        this.name = name;
        this.sector = sector;
    }

    AdminTeam toAdmin(long students) {
        return new AdminTeam(id, locationId, name, sector, students, version);
    }

    long version() {
        return version;
    }

    Long id() {
        return id;
    }

    long locationId() {
        return locationId;
    }

    String name() {
        return name;
    }

    String sector() {
        return sector;
    }
}
