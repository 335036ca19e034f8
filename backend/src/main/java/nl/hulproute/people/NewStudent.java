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
        String municipality,
        long locationId,
        long teamId,
        String programme,
        int level,
        Track track,
        @Nullable Long slbUserId) {}
