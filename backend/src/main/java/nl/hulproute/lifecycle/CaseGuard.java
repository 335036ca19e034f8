package nl.hulproute.lifecycle;

import java.util.function.Predicate;

/**
 * A named condition an event must meet, with the stable code the API reports when it does not. Guards read only
 * {@link GuardFacts}; they never write.
 */
record CaseGuard(String code, String description, Predicate<GuardFacts> condition) {

    boolean holds(GuardFacts facts) {
        return condition.test(facts);
    }
}
