package nl.hulproute.people;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A team as the functioneel beheerder manages it. Carries how many enrolled students it has (a count, never who).
 *
 * @param students enrolled students of the team who have not left school
 */
@Schema(name = "AdminTeam")
public record AdminTeam(long id, long locationId, String name, String sector, long students, long version) {}
