package nl.hulproute.people;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What enrolling a student takes. */
public record NewStudent(
        String studentNumber,
        String firstName,
        @Nullable String lastNamePrefix,
        String lastName,
        LocalDate dateOfBirth,
        /** The woongemeente: a CBS code from the reference list ({@code GM0344}). */
        String municipalityCode,
        long locationId,
        long teamId,
        String programme,
        int level,
        Track track,
        @Nullable Long slbUserId) {}
