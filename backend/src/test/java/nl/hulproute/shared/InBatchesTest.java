package nl.hulproute.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class InBatchesTest {

    @Test
    void splitsInOrderWithAShorterLastBatch() {
        List<Long> ids = LongStream.rangeClosed(1, 7).boxed().toList();

        assertThat(InBatches.of(ids, 3)).containsExactly(List.of(1L, 2L, 3L), List.of(4L, 5L, 6L), List.of(7L));
    }

    @Test
    void anExactMultipleHasFullBatchesOnly() {
        assertThat(InBatches.of(List.of(1L, 2L, 3L, 4L), 2)).containsExactly(List.of(1L, 2L), List.of(3L, 4L));
    }

    @Test
    void noValuesAreNoBatches() {
        assertThat(InBatches.of(List.<Long>of(), 1_000)).isEmpty();
    }

    @Test
    void refusesAnEmptyBatchSize() {
        assertThatThrownBy(() -> InBatches.of(List.of(1L), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
