package nl.hulproute.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs an operation in a closed loop on a number of client threads, each with its own state (session, connection),
 * first for a warm-up, then for the measured period, and collects the latency of every operation. The warm-up lasts
 * at least the time asked and then until the measured JVM's JIT compilers have gone quiet ({@link Warmth}).
 */
final class Load {

    /**
     * When a warm-up is over: after {@code least}, once the compilers of the JVM under test used less than
     * {@link #QUIET} of one core in {@link #QUIET_SLICES} slices of {@code slice} in a row, and after {@code most}
     * whatever they do.
     */
    record Warmth(Jit jit, Duration least, Duration slice, Duration most) {

        /** Compiler CPU below this share of a slice counts as quiet. */
        static final double QUIET = 0.05;

        /**
         * Quiet slices in a row that end a warm-up. One ended some 1-client warm-ups in a lull, and the compilers then
         * took 12–17% of a core while the figure was measured (docs/performance.md, thirteenth round).
         */
        static final int QUIET_SLICES = 2;

        /** The slice a throughput figure's warm-up is checked in. */
        static final Duration SLICE = Duration.ofSeconds(5);

        /** The slice for lists and reports, whose calls come one after the other. */
        static final Duration CALL_SLICE = Duration.ofSeconds(2);

        /** Waits until the warm-up is over; returns how long it lasted. */
        Duration await() throws InterruptedException {
            long start = System.nanoTime();
            Thread.sleep(least.toMillis());
            int quiet = 0;
            while (quiet < QUIET_SLICES && System.nanoTime() - start + slice.toNanos() <= most.toNanos()) {
                long before = jit.compilerMillis();
                Thread.sleep(slice.toMillis());
                quiet = jit.compilerMillis() - before < QUIET * slice.toMillis() ? quiet + 1 : 0;
            }
            return Duration.ofNanos(System.nanoTime() - start);
        }
    }

    /** One client's operation; returns whether it succeeded (a 2xx, a committed row). */
    @FunctionalInterface
    interface Operation {
        boolean run() throws Exception;
    }

    /** What a run gave: operations per second, the latency percentiles in milliseconds, failures. */
    record Result(
            String name,
            int clients,
            long operations,
            long failures,
            double seconds,
            double[] latenciesMs,
            String firstFailure,
            double warmupSeconds,
            double jitShare) {

        double perSecond() {
            return operations / seconds;
        }

        double percentile(double p) {
            if (latenciesMs.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latenciesMs.length) - 1;
            return latenciesMs[Math.max(0, Math.min(index, latenciesMs.length - 1))];
        }
    }

    private Load() {}

    /** One client's latencies, written by its thread only, read after it ended. */
    private static final class Recorder {
        long[] values = new long[1 << 14];
        int count;

        void add(long nanos) {
            if (count == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[count++] = nanos;
        }
    }

    /**
     * The clients in a closed loop: warmed up until {@code warmth} says so, then measured for {@code measured}. The
     * result has the warm-up's length and the compilers' share of one core while measuring.
     *
     * <p>With more than one client, the first warms up alone until the compilers are quiet, and then all of them until
     * the compilers are quiet again (ADR 23). With all clients from the start, on two cores the request threads
     * saturate the machine and the one C2 compiler thread never catches up with its queue: the code stays in C1's
     * profiling tier and the compilers never go quiet, so the figure would be measured at the warm-up's cap.
     */
    static Result run(String name, List<Operation> clients, Warmth warmth, Duration measured)
            throws InterruptedException {
        AtomicLong failures = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        // set once the warm-up is over; until then nothing is recorded and nothing ends
        AtomicLong measureFrom = new AtomicLong(Long.MAX_VALUE);
        AtomicLong end = new AtomicLong(Long.MAX_VALUE);
        // the first client warms up alone, the others join once the compilers are quiet (see run's comment)
        CountDownLatch othersStart = new CountDownLatch(1);
        List<Recorder> recorders = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (Operation client : clients) {
            Recorder recorder = new Recorder();
            recorders.add(recorder);
            boolean first = threads.isEmpty();
            threads.add(new Thread(
                    () -> {
                        if (!first) {
                            try {
                                othersStart.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                        }
                        while (true) {
                            long before = System.nanoTime();
                            if (before >= end.get()) {
                                break;
                            }
                            boolean ok;
                            try {
                                ok = client.run();
                            } catch (Exception e) {
                                ok = false;
                                firstFailure.compareAndSet(null, e.toString());
                            }
                            long after = System.nanoTime();
                            if (before >= measureFrom.get() && after <= end.get()) {
                                if (ok) {
                                    recorder.add(after - before);
                                } else {
                                    failures.incrementAndGet();
                                }
                            }
                        }
                    },
                    "bench-" + name));
        }
        threads.forEach(Thread::start);
        Duration warmedUp = warmth.await();
        othersStart.countDown();
        if (clients.size() > 1) {
            warmedUp = warmedUp.plus(warmth.await());
        }
        long compiledBefore = warmth.jit().compilerMillis();
        long from = System.nanoTime();
        end.set(from + measured.toNanos());
        measureFrom.set(from);
        for (Thread thread : threads) {
            thread.join();
        }
        double jitShare = (warmth.jit().compilerMillis() - compiledBefore) / (double) measured.toMillis();
        int total = recorders.stream().mapToInt(r -> r.count).sum();
        double[] all = new double[total];
        int at = 0;
        for (Recorder recorder : recorders) {
            for (int j = 0; j < recorder.count; j++) {
                all[at++] = recorder.values[j] / 1_000_000.0;
            }
        }
        Arrays.sort(all);
        return new Result(
                name,
                clients.size(),
                total,
                failures.get(),
                measured.toNanos() / 1e9,
                all,
                firstFailure.get(),
                warmedUp.toMillis() / 1000.0,
                jitShare);
    }

    /**
     * A fixed number of sequential calls on one client, for lists and reports, after unmeasured ones for as long as
     * {@code warmth} says.
     */
    static Result repeat(String name, Operation operation, Warmth warmth, int times) throws Exception {
        AtomicBoolean warming = new AtomicBoolean(true);
        Thread warm = new Thread(
                () -> {
                    while (warming.get()) {
                        try {
                            operation.run();
                        } catch (Exception e) {
                            // the measured calls below count and report failures
                        }
                    }
                },
                "bench-warm-" + name);
        warm.start();
        Duration warmedUp = warmth.await();
        warming.set(false);
        warm.join();
        long compiledBefore = warmth.jit().compilerMillis();
        double[] all = new double[times];
        long failures = 0;
        long started = System.nanoTime();
        String firstFailure = null;
        int ok = 0;
        for (int i = 0; i < times; i++) {
            long before = System.nanoTime();
            boolean success;
            try {
                success = operation.run();
            } catch (Exception e) {
                success = false;
                firstFailure = firstFailure == null ? e.toString() : firstFailure;
            }
            if (success) {
                all[ok++] = (System.nanoTime() - before) / 1_000_000.0;
            } else {
                failures++;
            }
        }
        double[] measured = Arrays.copyOf(all, ok);
        Arrays.sort(measured);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(
                name,
                1,
                ok,
                failures,
                seconds,
                measured,
                firstFailure,
                warmedUp.toMillis() / 1000.0,
                (warmth.jit().compilerMillis() - compiledBefore) / (seconds * 1000));
    }
}
