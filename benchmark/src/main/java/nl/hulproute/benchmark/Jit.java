package nl.hulproute.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * How busy a JVM's JIT compilers are, read from the CPU time of its compiler threads in {@code /proc} (Linux). The app
 * has so much code on a request's path (Spring, Hibernate, Jackson, the product) that its compilers work for minutes
 * under load; a figure is measured once they have gone quiet, so it shows the compiled code, not the compiling.
 */
class Jit {

    /** Linux's clock ticks per second for a thread's CPU time in {@code /proc/…/stat}. */
    private static final int TICKS_PER_SECOND = 100;

    private final Path tasks;

    Jit(long pid) {
        this.tasks = Path.of("/proc", Long.toString(pid), "task");
    }

    /** The compilers of the JVM with this process id. */
    static Jit of(long pid) {
        return new Jit(pid);
    }

    /** The compilers of the JVM running the benchmark itself: the JDBC floor and the Flowable peer run in it. */
    static Jit ofThisJvm() {
        return new Jit(ProcessHandle.current().pid());
    }

    /** CPU milliseconds the compiler threads have used so far; 0 where {@code /proc} cannot be read. */
    long compilerMillis() {
        if (!Files.isDirectory(tasks)) {
            return 0;
        }
        long ticks = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                ticks += compilerTicks(thread);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    private static long compilerTicks(Path thread) {
        try {
            // HotSpot names them "C1 CompilerThread0", "C2 CompilerThread0", cut to 15 characters by Linux
            if (!Files.readString(thread.resolve("comm")).contains("CompilerThre")) {
                return 0;
            }
            String stat = Files.readString(thread.resolve("stat"));
            // after the name in parentheses: state is field 3; utime and stime are fields 14 and 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            return 0; // the thread ended while we looked
        }
    }
}
