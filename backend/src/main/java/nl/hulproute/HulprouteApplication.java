package nl.hulproute;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Hulproute: the route of a student's request for help, from signal to warm handover and back. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HulprouteApplication {

    public static void main(String[] args) {
        SpringApplication.run(HulprouteApplication.class, args);
    }
}
