package nl.hulproute.testsupport;

import nl.hulproute.platform.HulprouteProperties;
import nl.hulproute.platform.MovableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
@Import({Fixtures.class, Api.class, StoredTexts.class})
class TestSupportConfiguration {

    @Bean
    @Primary
    MovableClock testClock(HulprouteProperties properties) {
        return new MovableClock(properties.timeZone());
    }

}
