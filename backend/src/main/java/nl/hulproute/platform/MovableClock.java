package nl.hulproute.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs with real time, shifted by an offset that can be moved: the demo writes its history in the past
 * with it, and tests step over deadlines. It keeps running while moved, so steps taken in a row still get
 * increasing timestamps. Never the clock of a production run, which uses the system clock.
 */
public final class MovableClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Duration> offset;

    public MovableClock(ZoneId zone) {
        this(zone, new AtomicReference<>(Duration.ZERO));
    }

    private MovableClock(ZoneId zone, AtomicReference<Duration> offset) {
        this.zone = zone;
        this.offset = offset;
    }

    /** From now on the clock reads {@code moment}, and runs on from there. */
    public void moveTo(Instant moment) {
        offset.set(Duration.between(Instant.now(), moment));
    }

    /** Moves time forward (or back, with a negative duration). */
    public void advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    /** Back to real time. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(other, offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }
}
