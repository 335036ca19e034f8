package nl.hulproute.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.hulproute.HulprouteApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Production never starts with the demo: it would bring users whose passwords are published. */
class ProductionProfileTest {

    @Test
    void theProdAndDemoProfilesCannotStartTogether() {
        assertThatThrownBy(() -> application().profiles("prod", "demo").run())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("prod and demo profiles cannot be active together");
    }

    @Test
    void theDemoCannotBeSwitchedOnInProd() {
        assertThatThrownBy(() -> application().profiles("prod").run("--hulproute.demo.enabled=true"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hulproute.demo.enabled=true is not allowed in the prod profile");
    }

    private static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(HulprouteApplication.class).web(WebApplicationType.NONE);
    }
}
