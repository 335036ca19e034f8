package nl.hulproute.platform;

import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the platform.
 *
 * @param timeZone the school's time zone: dates such as "today" and "12 months ago" are taken in it
 * @param embeddedDatabase where the embedded MariaDB keeps its files when no database is configured
 * @param passwordStrength the BCrypt cost for password sign-in (lower only in tests and the demo, whose passwords
 *     are public)
 */
@ConfigurationProperties("hulproute")
public record HulprouteProperties(
        @DefaultValue("Europe/Amsterdam") ZoneId timeZone,
        @DefaultValue EmbeddedDatabase embeddedDatabase,
        @DefaultValue("10") int passwordStrength) {

    /**
     * @param directory the data folder; relative paths are taken from the working directory
     * @param database the schema the application uses
     */
    public record EmbeddedDatabase(
            @DefaultValue("data/mariadb") Path directory,
            @DefaultValue("hulproute") String database) {}
}
