package nl.hulproute.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so deadlines and yearly evaluations can be tested by moving it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(HulprouteProperties properties) {
        return Clock.system(properties.timeZone());
    }
}
