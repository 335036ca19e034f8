package nl.hulproute.agreements;

import nl.hulproute.people.StudentPlacement;

/** How the compliance figures are grouped: by the student's current location, programme or team. */
public enum ComplianceGrouping {
    LOCATION,
    PROGRAMME,
    TEAM;

    /** The name in the API: {@code location}, {@code programme}, {@code team}. */
    public String parameter() {
        return name().toLowerCase();
    }

    static ComplianceGrouping of(String parameter) {
        return valueOf(parameter.toUpperCase());
    }

    String keyOf(StudentPlacement student) {
        return switch (this) {
            case LOCATION -> String.valueOf(student.locationId());
            case PROGRAMME -> student.programme();
            case TEAM -> String.valueOf(student.teamId());
        };
    }

    String nameOf(StudentPlacement student) {
        return switch (this) {
            case LOCATION -> student.locationName();
            case PROGRAMME -> student.programme();
            case TEAM -> student.teamName() + " (" + student.locationName() + ")";
        };
    }
}
