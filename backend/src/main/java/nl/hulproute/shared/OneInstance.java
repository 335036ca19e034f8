package nl.hulproute.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskWithResult;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job's work on one application instance at a time: every instance fires the same cron, the first
 * to take the job's lock (ShedLock, in the database, see platform.SchedulingConfiguration) runs it, the others skip.
 */
@Component
public class OneInstance {

    private final LockingTaskExecutor locks;

    OneInstance(LockingTaskExecutor locks) {
        this.locks = locks;
    }

    /**
     * Runs {@code work} unless another instance holds {@code lock}; a crashed instance's lock lapses after
     * {@code atMost}. Returns whether this instance ran it.
     */
    public boolean run(String lock, Duration atMost, Runnable work) {
        return run(lock, atMost, Duration.ZERO, () -> {
                    work.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }

    /**
     * Runs {@code work} unless another instance holds {@code lock} or released it less than {@code atLeast} ago (the
     * same night's run, fired by a clock a little behind); its result, or empty when skipped.
     */
    public <T> Optional<T> run(String lock, Duration atMost, Duration atLeast, Supplier<T> work) {
        TaskResult<T> result;
        try {
            result = locks.executeWithLock(
                    (TaskWithResult<T>) work::get, new LockConfiguration(Instant.now(), lock, atMost, atLeast));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("job " + lock + " failed", e);
        }
        return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
    }
}
