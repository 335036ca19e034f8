package nl.hulproute.testsupport;

import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/** Points every Spring test context at this run's MariaDB database (registered in META-INF/spring.factories). */
class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        OwnDatabase own = AnnotatedElementUtils.findMergedAnnotation(testClass, OwnDatabase.class);
        return own == null ? new UseDatabase("shared", "utf8mb4") : new UseDatabase(own.value(), own.characterSet());
    }

    /** Equal customizers let Spring reuse one cached context for all tests on the same database. */
    private record UseDatabase(String name, String characterSet) implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestDatabases.Server server = TestDatabases.server();
            TestPropertyValues.of(
                            "spring.datasource.url=" + TestDatabases.url(name, characterSet),
                            "spring.datasource.username=" + server.user(),
                            "spring.datasource.password=" + server.password())
                    .applyTo(context);
        }
    }
}
