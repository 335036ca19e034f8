package nl.hulproute.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One package section a consent covers, with what decides whether it counts for a case: the provider it is for, who
 * gave it, and whether it is in force. What access needs of a consent, read as a row rather than as the entity with
 * its collection of sections ({@link ConsentRepository#coveredSectionsOf}).
 */
record CoveredSection(
        long caseId,
        long providerId,
        ConsentGiver givenBy,
        LocalDate validUntil,
        @Nullable Instant withdrawnAt,
        PackageSection section) {

    /** Whether its consent is in force on this day ({@link Consent#inForceOn}). */
    boolean inForceOn(LocalDate day) {
        return Consent.inForce(withdrawnAt, validUntil, day);
    }
}
