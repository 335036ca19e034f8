package nl.hulproute.demo;

import java.util.Random;
import nl.hulproute.people.PeopleAdministration;
import nl.hulproute.platform.MovableClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Seeds the demo school once: on the first start, when the database has no school yet. */
final class DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final PeopleAdministration administration;
    private final SchoolSeeder schoolSeeder;
    private final CaseSeeder caseSeeder;
    private final CareHistorySeeder careHistorySeeder;
    private final AgreementSeeder agreementSeeder;
    private final MovableClock clock;
    private final DemoProperties properties;

    DemoSeeder(
            PeopleAdministration administration,
            SchoolSeeder schoolSeeder,
            CaseSeeder caseSeeder,
            CareHistorySeeder careHistorySeeder,
            AgreementSeeder agreementSeeder,
            MovableClock clock,
            DemoProperties properties) {
        this.administration = administration;
        this.schoolSeeder = schoolSeeder;
        this.caseSeeder = caseSeeder;
        this.careHistorySeeder = careHistorySeeder;
        this.agreementSeeder = agreementSeeder;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Seeds the demo unless the database already has a location: a school there means the demo ran before, or this
     * is not an empty demo database, and either way nothing is added. Returns whether it seeded.
     */
    boolean seedIfEmpty() {
        if (administration.hasLocations()) {
            log.info("Demo data: the database already holds a school, so nothing is seeded");
            return false;
        }
        long started = System.nanoTime();
        Random random = new Random(properties.seed());
        try {
            DemoSchool school = schoolSeeder.seed(random);
            long schoolDone = System.nanoTime();
            CaseSeeder.Tally tally = caseSeeder.seed(school, random);
            CaseSeeder.Tally history = careHistorySeeder.seed(school, tally.students, random);
            int agreements = agreementSeeder.seed(school, random);
            long done = System.nanoTime();
            log.info(
                    "Demo data seeded in {} s (school {} s, cases {} s): {} locations, {} teams, {} students, {} users, "
                            + "{} providers, {} cases {}, {} signals, {} events, {} consents, {} bridging contacts, "
                            + "{} agreements; a care history of {} closed cases, {} events, {} bridging contacts",
                    seconds(done - started),
                    seconds(schoolDone - started),
                    seconds(done - schoolDone),
                    school.locationIds().size(),
                    school.teams(),
                    school.students().size(),
                    school.users(),
                    school.providers().size(),
                    tally.cases(),
                    tally.states,
                    tally.signals,
                    tally.events,
                    tally.consents,
                    tally.bridgingContacts,
                    agreements,
                    history.cases(),
                    history.events,
                    history.bridgingContacts);
        } finally {
            clock.reset();
        }
        return true;
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
    }
}
