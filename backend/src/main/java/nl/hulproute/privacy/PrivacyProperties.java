package nl.hulproute.privacy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Privacy settings of the installation.
 *
 * @param breakGlassDuration how long break-glass access to a student outside one's locations lasts
 */
@ConfigurationProperties("hulproute.privacy")
public record PrivacyProperties(@DefaultValue("PT4H") Duration breakGlassDuration) {}
