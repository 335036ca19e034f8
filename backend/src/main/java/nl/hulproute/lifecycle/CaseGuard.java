package nl.hulproute.lifecycle;

import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A named condition an event must meet, with the stable code the API reports when it does not. Guards read only
 * {@link GuardFacts}; they never write. A guard {@code aboutTheCase} looks at the case alone, never at the request:
 * while it fails the event is not offered among the case's allowed events either (a care start reported once is not
 * offered again). A guard {@code about} a member of the request names it, so a form marks that field as needed and
 * puts a refusal next to it (published in {@code /api/lifecycle}).
 */
record CaseGuard(
        String code,
        String description,
        Predicate<GuardFacts> condition,
        boolean aboutTheCase,
        @Nullable String field) {

    CaseGuard(String code, String description, Predicate<GuardFacts> condition) {
        this(code, description, condition, false, null);
    }

    /** A guard that reads only the case, not what the caller sends. */
    static CaseGuard onTheCase(String code, String description, Predicate<GuardFacts> condition) {
        return new CaseGuard(code, description, condition, true, null);
    }

    /** The same guard, about this member of the request body (its JSON name). */
    CaseGuard about(String requestField) {
        return new CaseGuard(code, description, condition, aboutTheCase, requestField);
    }

    boolean holds(GuardFacts facts) {
        return condition.test(facts);
    }
}
