package nl.hulproute.testsupport;

import nl.hulproute.platform.HulprouteProperties;
import nl.hulproute.platform.MovableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;

@TestConfiguration(proxyBeanMethods = false)
@Import({Fixtures.class, Api.class, StoredTexts.class})
class TestSupportConfiguration {

    @Bean
    @Primary
    MovableClock testClock(HulprouteProperties properties) {
        return new MovableClock(properties.timeZone());
    }

    /** Every API response of a test, for {@link ApiContract.Check}. */
    @Bean
    FilterRegistrationBean<ApiContract.Recorder> apiContractRecorder() {
        FilterRegistrationBean<ApiContract.Recorder> registration =
                new FilterRegistrationBean<>(new ApiContract.Recorder());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
