package nl.hulproute.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows down guessing passwords (demo and test sign-in; in production the identity provider does this). Failed
 * sign-ins are counted per user name and per address; from the {@code userFailures}th failure in a row for a user
 * name, or the {@code addressFailures}th from an address, further attempts are refused without looking at the
 * password for a while that doubles with every further failure ({@code lockFor}, 2×, 4× … up to {@code maxLock}).
 * A successful sign-in clears its user name's count; a run of failures also ends when none followed for
 * {@code maxLock}. Every lock and every refused attempt is logged (user name and
 * address, never a password). Counts live in this instance's memory: a restart forgets them, and several instances
 * count apart, so an attacker gets at most that many times the attempts.
 */
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final int userFailures;
    private final int addressFailures;
    private final Duration lockFor;
    private final Duration maxLock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public SignInThrottle(Clock clock, int userFailures, int addressFailures, Duration lockFor, Duration maxLock) {
        this.clock = clock;
        this.userFailures = userFailures;
        this.addressFailures = addressFailures;
        this.lockFor = lockFor;
        this.maxLock = maxLock;
    }

    private record Failures(int count, Instant lockedUntil, Instant last) {}

    /** How long until this user name may try again from this address; empty when they may try now. */
    public Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> wait = longest(remaining(userKey(username), now), remaining(addressKey(address), now));
        wait.ifPresent(duration -> log.warn(
                "Refused a sign-in attempt for user name '{}' from {}: locked for another {} s",
                printable(username),
                address,
                duration.toSeconds()));
        return wait;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        count(userKey(username), userFailures, now, "user name '" + printable(username) + "'", address);
        count(addressKey(address), addressFailures, now, "address " + address, address);
        if (failures.size() > PRUNE_ABOVE) {
            failures.values()
                    .removeIf(entry -> entry.last().plus(maxLock).isBefore(now)
                            && entry.lockedUntil().isBefore(now));
        }
    }

    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private void count(String key, int threshold, Instant now, String what, String address) {
        Failures counted = failures.merge(key, new Failures(1, Instant.MIN, now), (before, one) -> {
            // a run of failures ends when none followed for the longest lock
            int count = before.last().plus(maxLock).isBefore(now) ? 1 : before.count() + 1;
            if (count < threshold) {
                return new Failures(count, before.lockedUntil(), now);
            }
            long factor = 1L << Math.min(count - threshold, 20);
            Duration lock = lockFor.multipliedBy(factor);
            return new Failures(count, now.plus(lock.compareTo(maxLock) > 0 ? maxLock : lock), now);
        });
        if (counted.lockedUntil().isAfter(now)) {
            log.warn(
                    "Sign-in locked for {} until {} after {} failed attempts (last from {})",
                    what,
                    counted.lockedUntil(),
                    counted.count(),
                    address);
        }
    }

    private Optional<Duration> remaining(String key, Instant now) {
        Failures entry = failures.get(key);
        return entry == null || !entry.lockedUntil().isAfter(now)
                ? Optional.empty()
                : Optional.of(Duration.between(now, entry.lockedUntil()));
    }

    private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().compareTo(b.get()) >= 0 ? a : b;
    }

    private static String userKey(String username) {
        return "user:" + username.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** A user name as typed, safe for one log line. */
    private static String printable(String username) {
        String clean = username.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
    }
}
