package nl.hulproute.people;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/** A student as other modules need them: identity, where they study, and the facts that route care. */
public record StudentSummary(
        long id,
        String studentNumber,
        String firstName,
        @Nullable String lastNamePrefix,
        String lastName,
        LocalDate dateOfBirth,
        /** The woongemeente's name. */
        String municipality,
        /** Its CBS code; null when free text of old matched no gemeente on the reference list. */
        @Nullable String municipalityCode,
        long locationId,
        String locationName,
        long teamId,
        String teamName,
        String programme,
        int level,
        Track track,
        @Nullable Long slbUserId) {

    /** The name as Dutch people write it: first name, prefix, last name. */
    public String displayName() {
        return displayName(firstName, lastNamePrefix, lastName);
    }

    static String displayName(String firstName, @Nullable String lastNamePrefix, String lastName) {
        return lastNamePrefix == null ? firstName + " " + lastName : firstName + " " + lastNamePrefix + " " + lastName;
    }

    public int ageOn(LocalDate date) {
        return ageOn(dateOfBirth, date);
    }

    /** Full years from birth to that date. */
    static int ageOn(LocalDate dateOfBirth, LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }
}
