package nl.hulproute.lifecycle;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which cases of a caseload to list; an empty set or null means no restriction on that attribute, except
 * {@code studentIds}: null means any student, an empty set none.
 */
public record CaseFilter(
        Set<CaseState> states,
        @Nullable Line line,
        @Nullable Long ownerId,
        @Nullable Long locationId,
        Set<Urgency> urgencies,
        @Nullable Set<Long> studentIds,
        CaseSort sort) {

    public CaseFilter {
        states = Set.copyOf(states);
        urgencies = Set.copyOf(urgencies);
        studentIds = studentIds == null ? null : Set.copyOf(studentIds);
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
        return new CaseFilter(Set.of(), line, ownerId, locationId, urgencies, studentIds, sort);
    }
}
