package nl.hulproute.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** The retention settings refuse what would remove the access log too early. */
class RetentionPropertiesTest {

    @Test
    void theAccessLogIsKeptAtLeastTwoYearsAndNeverShorterThanTheCaseContentItIsAbout() {
        assertThat(settings(Period.ofYears(2), Period.ofYears(5)).accessLogKeptFor())
                .isEqualTo(Period.ofYears(5));
        assertThat(settings(Period.ofYears(2), Period.ofMonths(24)).accessLogKeptFor())
                .isEqualTo(Period.ofMonths(24));

        assertThatThrownBy(() -> settings(Period.ofYears(1), Period.ofMonths(23)))
                .hasMessageContaining("at least P2Y");
        assertThatThrownBy(() -> settings(Period.ofYears(7), Period.ofYears(5)))
                .hasMessageContaining("must not be shorter than");
        assertThatThrownBy(() -> settings(Period.ofYears(-1), Period.ofYears(5)))
                .hasMessageContaining("negative");
    }

    private static RetentionProperties settings(Period caseContentAfter, Period accessLogKeptFor) {
        return new RetentionProperties(
                caseContentAfter,
                accessLogKeptFor,
                RetentionProperties.DEFAULT_CRON,
                Duration.ofMinutes(5),
                Duration.ofHours(2),
                500);
    }
}
