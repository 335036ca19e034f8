package nl.hulproute.lifecycle;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which cases of a caseload to list; an empty set or null means no restriction on that attribute. {@code name} is
 * any words of the student's name or number, each the start of a word ({@code q} of the API).
 */
public record CaseFilter(
        Set<CaseState> states,
        @Nullable Line line,
        @Nullable Long ownerId,
        @Nullable Long locationId,
        Set<Urgency> urgencies,
        @Nullable String name,
        CaseSort sort) {

    public CaseFilter {
        states = Set.copyOf(states);
        urgencies = Set.copyOf(urgencies);
        name = name == null || name.isBlank() ? null : name;
    }

    public static CaseFilter all() {
        return new CaseFilter(Set.of(), null, null, null, Set.of(), null, CaseSort.URGENCY);
    }

    /** Every case of one location, or of all the caller's locations when {@code locationId} is null. */
    public static CaseFilter atLocation(@Nullable Long locationId) {
        return new CaseFilter(Set.of(), null, null, locationId, Set.of(), null, CaseSort.URGENCY);
    }

    /** The same filter for any state: for counting per state. */
    public CaseFilter anyState() {
        return new CaseFilter(Set.of(), line, ownerId, locationId, urgencies, name, sort);
    }
}
