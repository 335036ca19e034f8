package nl.hulproute.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start production with the demo: its users have published passwords and its data is fictional. Runs as
 * soon as the profiles and properties are known, before a database is opened or a bean is made (registered in
 * META-INF/spring.factories).
 */
class ProductionProfileGuard implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.matchesProfiles(OidcSecurityConfiguration.PROFILE)) {
            return;
        }
        if (environment.matchesProfiles("demo")) {
            throw new IllegalStateException("The prod and demo profiles cannot be active together: the demo has users "
                    + "with published passwords. Remove demo from SPRING_PROFILES_ACTIVE.");
        }
        if (environment.getProperty("hulproute.demo.enabled", Boolean.class, false)) {
            throw new IllegalStateException("hulproute.demo.enabled=true is not allowed in the prod profile: the demo "
                    + "has users with published passwords. Remove HULPROUTE_DEMO_ENABLED.");
        }
    }

    /** After the configuration files have been read and the profiles activated. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
