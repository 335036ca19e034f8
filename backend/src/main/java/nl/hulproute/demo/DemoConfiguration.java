package nl.hulproute.demo;

import nl.hulproute.agreements.Agreements;
import nl.hulproute.intake.SignalIntake;
import nl.hulproute.lifecycle.CaseConsents;
import nl.hulproute.lifecycle.CaseManagement;
import nl.hulproute.people.People;
import nl.hulproute.people.PeopleAdministration;
import nl.hulproute.platform.HulprouteProperties;
import nl.hulproute.platform.MovableClock;
import nl.hulproute.socialmap.Municipalities;
import nl.hulproute.socialmap.Providers;
import nl.hulproute.waitinglist.BridgingContacts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo, only in the {@code demo} profile with {@code hulproute.demo.enabled=true}: a clock the seeder can move
 * back in time, and the seeder that runs on start-up.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@ConditionalOnProperty(prefix = "hulproute.demo", name = "enabled", havingValue = "true")
class DemoConfiguration {

    /**
     * Replaces the platform clock for the whole application: every module must see the moved time while the demo's
     * history is written, and real time afterwards.
     */
    @Bean
    @Primary
    MovableClock demoClock(HulprouteProperties platform) {
        return new MovableClock(platform.timeZone());
    }

    @Bean
    DemoSeeder demoSeeder(
            PeopleAdministration administration,
            People people,
            Providers providers,
            Municipalities municipalities,
            SignalIntake intake,
            CaseManagement cases,
            CaseConsents consents,
            Agreements agreements,
            BridgingContacts bridgingContacts,
            MovableClock clock,
            PlatformTransactionManager transactionManager,
            DemoProperties properties) {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        return new DemoSeeder(
                administration,
                new SchoolSeeder(administration, people, providers, municipalities, transaction, clock, properties),
                new CaseSeeder(intake, cases, consents, bridgingContacts, clock, transaction, properties),
                new CareHistorySeeder(intake, cases, consents, bridgingContacts, clock, transaction, properties),
                new AgreementSeeder(agreements, clock),
                clock,
                properties);
    }

    @Bean
    DemoDataLoader demoDataLoader(DemoSeeder seeder) {
        return new DemoDataLoader(seeder);
    }
}
