package nl.hulproute.people;

import java.time.LocalDate;

/** The school recorded that a student left on this day: what ran for them at school ends. */
public record StudentLeft(long studentId, LocalDate leftOn) {}
