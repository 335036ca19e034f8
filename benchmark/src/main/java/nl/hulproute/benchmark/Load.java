package nl.hulproute.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs an operation in a closed loop on a number of client threads, each with its own state (session, connection),
 * first for a warm-up, then for the measured period, and collects the latency of every operation.
 */
final class Load {

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
            String firstFailure) {

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

    static Result run(String name, List<Operation> clients, Duration warmup, Duration measured)
            throws InterruptedException {
        AtomicLong failures = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measured.toNanos();
        List<Recorder> recorders = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (Operation client : clients) {
            Recorder recorder = new Recorder();
            recorders.add(recorder);
            threads.add(new Thread(
                    () -> {
                        while (true) {
                            long before = System.nanoTime();
                            if (before >= end) {
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
                            if (before >= measureFrom && after <= end) {
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
        for (Thread thread : threads) {
            thread.join();
        }
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
                name, clients.size(), total, failures.get(), measured.toNanos() / 1e9, all, firstFailure.get());
    }

    /** A fixed number of sequential calls on one client, after a few unmeasured ones: for lists and reports. */
    static Result repeat(String name, Operation operation, int warmup, int times) throws Exception {
        for (int i = 0; i < warmup; i++) {
            operation.run();
        }
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
        return new Result(name, 1, ok, failures, (System.nanoTime() - started) / 1e9, measured, firstFailure);
    }
}
