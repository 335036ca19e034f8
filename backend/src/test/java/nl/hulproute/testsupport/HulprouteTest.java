package nl.hulproute.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, on this test run's MariaDB database, with {@link Fixtures} to create the
 * test's own people and an {@link Api} client that signs in as them. Tests never rely on data of other tests. Every
 * successful API response a test class causes must match the served OpenAPI document ({@link ApiContract}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestSupportConfiguration.class)
@ExtendWith(ApiContract.Check.class)
public @interface HulprouteTest {}
