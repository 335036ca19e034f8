package nl.hulproute.people;

/**
 * Where a student studies, and their number: what figures over many students at once need (grouped by location, team
 * or programme), without their personal details. Names are empty when the location or team is unknown, as in
 * {@link StudentSummary}.
 */
public record StudentPlacement(
        long id,
        String studentNumber,
        long locationId,
        String locationName,
        long teamId,
        String teamName,
        String programme) {}
