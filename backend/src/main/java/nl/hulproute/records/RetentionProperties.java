package nl.hulproute.records;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import nl.hulproute.privacy.AccessLogRecords;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long Hulproute keeps what, set per installation (docs/adr/0008 says why these defaults).
 *
 * @param caseContentAfter how long after a case closes its content is kept, once the student has left school;
 *     then it is anonymised (default two years, as issue 4 and the school's privacy statement have it)
 * @param accessLogKeptFor how long access-log lines are kept (default five years; at least two, and never shorter
 *     than {@code caseContentAfter}, so the log outlives the content it is about)
 * @param cron when the retention job runs, in the school's time zone (default nightly at 02:30; {@code -} turns it
 *     off)
 * @param lockAtLeastFor how long a run keeps other instances from running, however quickly it finishes: longer
 *     than any clock difference between instances firing the same cron
 * @param lockAtMostFor when a run's lock is released even if the instance running it died
 * @param batchSize how many cases or students are anonymised in one transaction
 */
@ConfigurationProperties("hulproute.retention")
public record RetentionProperties(
        @DefaultValue("P2Y") Period caseContentAfter,
        @DefaultValue("P5Y") Period accessLogKeptFor,
        @DefaultValue(RetentionProperties.DEFAULT_CRON) String cron,
        @DefaultValue("PT5M") Duration lockAtLeastFor,
        @DefaultValue("PT2H") Duration lockAtMostFor,
        @DefaultValue("500") int batchSize) {

    /** Nightly at 02:30, when nobody works and before any backup window closes. */
    public static final String DEFAULT_CRON = "0 30 2 * * *";

    public RetentionProperties {
        if (caseContentAfter.isNegative()) {
            throw new IllegalArgumentException("hulproute.retention.case-content-after must not be negative");
        }
        if (longer(AccessLogRecords.MINIMUM_RETENTION, accessLogKeptFor)) {
            throw new IllegalArgumentException("hulproute.retention.access-log-kept-for must be at least "
                    + AccessLogRecords.MINIMUM_RETENTION + ", not " + accessLogKeptFor);
        }
        if (longer(caseContentAfter, accessLogKeptFor)) {
            throw new IllegalArgumentException("hulproute.retention.access-log-kept-for (" + accessLogKeptFor
                    + ") must not be shorter than hulproute.retention.case-content-after (" + caseContentAfter + ")");
        }
        if (lockAtLeastFor.isNegative() || lockAtMostFor.compareTo(lockAtLeastFor) < 0) {
            throw new IllegalArgumentException(
                    "hulproute.retention.lock-at-most-for must be at least lock-at-least-for, which is not negative");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("hulproute.retention.batch-size must be positive");
        }
    }

    /** Whether {@code a} is longer than {@code b}, measured from the same day (P12M and P1Y are equal). */
    private static boolean longer(Period a, Period b) {
        LocalDate from = LocalDate.of(2000, 1, 1);
        return from.plus(a).isAfter(from.plus(b));
    }
}
