package nl.hulproute.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;

class LoadTest {

    // each stage of a warm-up lasts at least LEAST and at most MOST, whatever this JVM's compilers do
    private static final Duration LEAST = Duration.ofMillis(300);
    private static final Duration MOST = Duration.ofMillis(400);
    private static final Load.Warmth WARMTH = new Load.Warmth(Jit.ofThisJvm(), LEAST, Duration.ofMillis(100), MOST);

    @Test
    void theFirstClientWarmsUpAloneBeforeTheOthersJoin() throws Exception {
        int clients = 3;
        AtomicLongArray firstCall = new AtomicLongArray(clients);
        List<Load.Operation> operations = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            operations.add(() -> {
                firstCall.compareAndSet(client, 0, System.nanoTime());
                Thread.sleep(1);
                return true;
            });
        }

        long started = System.nanoTime();
        Load.Result result = Load.run("test", operations, WARMTH, Duration.ofMillis(200));

        for (int i = 1; i < clients; i++) {
            assertThat(firstCall.get(i)).isGreaterThan(firstCall.get(0));
            assertThat(firstCall.get(i) - started).isGreaterThanOrEqualTo(LEAST.toNanos());
        }
        // both stages: at least twice the least
        assertThat(result.warmupSeconds()).isGreaterThanOrEqualTo(2 * LEAST.toMillis() / 1000.0);
        assertThat(result.operations()).isPositive();
        assertThat(result.failures()).isZero();
    }

    @Test
    void aSingleClientWarmsUpOnce() throws Exception {
        Load.Result result = Load.run("test", List.of(() -> true), WARMTH, Duration.ofMillis(100));

        assertThat(result.warmupSeconds()).isLessThan(2 * LEAST.toMillis() / 1000.0);
        assertThat(result.operations()).isPositive();
    }

    @Test
    void aWarmUpEndsAfterTwoQuietSlicesInARowNotAfterALull() throws Exception {
        // compiler milliseconds per 100-ms slice: busy (over 5% of it), a lull, busy again, then quiet twice
        long[] perSlice = {50, 0, 50, 0, 0, 0, 0};
        int[] reads = {0};
        Jit scripted = new Jit(0) {
            private long total;

            @Override
            long compilerMillis() {
                // read twice per slice, before and after it: the compiling happens between the two
                int read = reads[0]++;
                if (read % 2 == 1) {
                    total += perSlice[read / 2];
                }
                return total;
            }
        };
        Load.Warmth warmth = new Load.Warmth(scripted, Duration.ZERO, Duration.ofMillis(100), Duration.ofSeconds(5));

        Duration warmedUp = warmth.await();

        assertThat(reads[0]).as("slices read, twice each").isEqualTo(2 * 5);
        assertThat(warmedUp).isGreaterThanOrEqualTo(Duration.ofMillis(500));
    }
}
