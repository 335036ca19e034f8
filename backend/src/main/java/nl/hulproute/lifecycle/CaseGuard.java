package nl.hulproute.lifecycle;

import java.util.function.Predicate;

/**
 * A named condition an event must meet, with the stable code the API reports when it does not. Guards read only
 * {@link GuardFacts}; they never write. A guard {@code aboutTheCase} looks at the case alone, never at the request:
 * while it fails the event is not offered among the case's allowed events either (a care start reported once is not
 * offered again).
 */
record CaseGuard(String code, String description, Predicate<GuardFacts> condition, boolean aboutTheCase) {

    CaseGuard(String code, String description, Predicate<GuardFacts> condition) {
        this(code, description, condition, false);
    }

    /** A guard that reads only the case, not what the caller sends. */
    static CaseGuard onTheCase(String code, String description, Predicate<GuardFacts> condition) {
        return new CaseGuard(code, description, condition, true);
    }

    boolean holds(GuardFacts facts) {
        return condition.test(facts);
    }
}
