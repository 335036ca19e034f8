package nl.hulproute.people;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A student as a list names them: id, student number and name, read as three columns for a whole page
 * ({@link Students#refs}). The API has called it {@code CaseStudentRef} since the caseload was first built.
 */
@Schema(name = "CaseStudentRef", description = "The student of a case in a list")
public record StudentRef(long id, String studentNumber, String name) {}
