package nl.hulproute.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** An enrolled student: the subject of every signal and case. */
@Entity
@Table(name = "people_student")
class Student {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String studentNumber;
    private String firstName;
    private @Nullable String lastNamePrefix;
    private String lastName;
    private LocalDate dateOfBirth;
    /** Woongemeente: decides which municipality's youth care or Wmo support is responsible. */
    private String municipality;
    /** The woongemeente's CBS code on the reference list; null for free text of old that matched no name on it. */
    private @Nullable String municipalityCode;

    private long locationId;
    private long teamId;
    private String programme;
    private int level;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Track track;

    private @Nullable Long slbUserId;

    /** The day the student left school (unenrolled, graduated); null while they study here. */
    private @Nullable LocalDate leftOn;

    /** When the personal details were anonymised (see {@link StudentRecords#anonymise}); null until then. */
    private @Nullable Instant anonymisedAt;

    /**
     * Every word of the name and the student number, folded, each with the student's location: what {@link
     * StudentSearch} finds the student by. Written at enrolment; a move to another location would write them again.
     */
    @ElementCollection
    @CollectionTable(name = "people_student_search_key", joinColumns = @JoinColumn(name = "student_id"))
    private Set<SearchKey> searchKeys = new HashSet<>();

    @Version
    private long version;

    protected Student() {}

    Student(NewStudent student, String municipalityName) {
        this.studentNumber = student.studentNumber();
        this.firstName = student.firstName();
        this.lastNamePrefix = student.lastNamePrefix();
        this.lastName = student.lastName();
        this.dateOfBirth = student.dateOfBirth();
        this.municipality = municipalityName;
        this.municipalityCode = student.municipalityCode();
        this.locationId = student.locationId();
        this.teamId = student.teamId();
        this.programme = student.programme();
        this.level = student.level();
        this.track = student.track();
        this.slbUserId = student.slbUserId();
        this.searchKeys =
                StudentSearch.keysOf(
                                student.firstName(),
                                student.lastNamePrefix(),
                                student.lastName(),
                                student.studentNumber())
                        .stream()
                        .map(word -> new SearchKey(word, student.locationId()))
                        .collect(Collectors.toCollection(HashSet::new));
    }

    public Long id() {
        return id;
    }

    public String studentNumber() {
        return studentNumber;
    }

    public String firstName() {
        return firstName;
    }

    @Nullable
    public String lastNamePrefix() {
        return lastNamePrefix;
    }

    public String lastName() {
        return lastName;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public String municipality() {
        return municipality;
    }

    @Nullable
    public String municipalityCode() {
        return municipalityCode;
    }

    public long locationId() {
        return locationId;
    }

    public long teamId() {
        return teamId;
    }

    public String programme() {
        return programme;
    }

    public int level() {
        return level;
    }

    public Track track() {
        return track;
    }

    @Nullable
    public Long slbUserId() {
        return slbUserId;
    }

    /** Records that the student left school on this day. */
    void leave(LocalDate on) {
        this.leftOn = on;
    }

    @Nullable
    public LocalDate leftOn() {
        return leftOn;
    }

    boolean anonymised() {
        return anonymisedAt != null;
    }

    /**
     * Removes what identifies the student, keeping only coarse facts that figures are counted by: location, team,
     * woongemeente, year of birth, level, track and the day they left. The row stays, so ids in the access log
     * keep pointing at someone, but at no one who can be named.
     */
    void anonymise(Instant at) {
        studentNumber = "ANON-" + id;
        firstName = "";
        lastNamePrefix = null;
        lastName = "";
        dateOfBirth = dateOfBirth.withDayOfYear(1);
        programme = "";
        slbUserId = null;
        anonymisedAt = at;
        searchKeys.clear();
    }
}
