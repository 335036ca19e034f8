package nl.hulproute.agreements;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The dated facts of an agreement that compliance needs; no content. */
record AgreementDates(
        long id,
        long studentId,
        LocalDate firstAcceptedOn,
        @Nullable LocalDate endedOn) {}
