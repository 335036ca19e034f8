package nl.hulproute.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How big the demo school is. The same seed gives the same school, names and routes (dates follow the day of
 * seeding).
 *
 * @param enabled whether the demo profile seeds at all
 * @param students how many students to enrol
 * @param cases how many cases to open; at least one per {@link CaseRoute}, so every state is shown
 * @param classSize students per SLB'er
 * @param weeks how far back the cases go
 * @param careHistory how many closed third-line cases of the last eighteen months to add, for the waiting-time report
 * @param seed the seed of every random choice
 */
@ConfigurationProperties("hulproute.demo")
record DemoProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("3000") int students,
        @DefaultValue("300") int cases,
        @DefaultValue("25") int classSize,
        @DefaultValue("16") int weeks,
        @DefaultValue("160") int careHistory,
        @DefaultValue("20260301") long seed) {

    /** Below this a location has too few classes for slb1 and slb2 to both work there. */
    static final int MIN_STUDENTS = 100;

    DemoProperties {
        if (students < MIN_STUDENTS) {
            throw new IllegalArgumentException("hulproute.demo.students must be at least " + MIN_STUDENTS);
        }
        if (cases < CaseRoute.values().length || cases > students / 2) {
            throw new IllegalArgumentException("hulproute.demo.cases must be between " + CaseRoute.values().length
                    + " (one per route) and half the students");
        }
        if (careHistory < 0 || cases + careHistory > students / 2) {
            throw new IllegalArgumentException(
                    "hulproute.demo.care-history must be at least 0, and with the cases at most half the students");
        }
        if (classSize < 5 || weeks < 4) {
            throw new IllegalArgumentException("hulproute.demo.class-size must be at least 5 and weeks at least 4");
        }
    }
}
