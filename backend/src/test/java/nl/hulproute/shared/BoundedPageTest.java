package nl.hulproute.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

class BoundedPageTest {

    /** A list of {@code size} items, counted as a database would: up to the limit, and how often it was asked. */
    private static final class Counter implements LongUnaryOperator {
        final long size;
        final List<Long> limitsAsked = new ArrayList<>();

        Counter(long size) {
            this.size = size;
        }

        @Override
        public long applyAsLong(long limit) {
            limitsAsked.add(limit);
            return Math.min(size, limit);
        }
    }

    @Test
    void aPageThatIsNotFullIsTheLastAndTellsTheTotalWithoutACount() {
        Counter counter = new Counter(23);

        BoundedPage<Integer> last = BoundedPage.of(Collections.nCopies(3, 0), PageRequest.of(2, 10), counter);

        assertThat(last.page().getTotalElements()).isEqualTo(23);
        assertThat(last.totalIsLowerBound()).isFalse();
        assertThat(counter.limitsAsked).isEmpty();
    }

    @Test
    void anEmptyFirstPageIsAnEmptyListWithoutACount() {
        Counter counter = new Counter(0);

        BoundedPage<Integer> none = BoundedPage.of(List.of(), PageRequest.of(0, 10), counter);

        assertThat(none.page().getTotalElements()).isZero();
        assertThat(counter.limitsAsked).isEmpty();
    }

    @Test
    void aFullPageCountsTenPagesAheadAndOneMore() {
        Counter counter = new Counter(500);

        BoundedPage<Integer> first = BoundedPage.of(Collections.nCopies(10, 0), PageRequest.of(0, 10), counter);

        assertThat(counter.limitsAsked).containsExactly(111L);
        assertThat(first.page().getTotalElements()).isEqualTo(110);
        assertThat(first.totalIsLowerBound()).isTrue();
    }

    @Test
    void aFullPageNearTheEndCountsExactly() {
        Counter counter = new Counter(40);

        BoundedPage<Integer> second = BoundedPage.of(Collections.nCopies(10, 0), PageRequest.of(1, 10), counter);

        assertThat(second.page().getTotalElements()).isEqualTo(40);
        assertThat(second.totalIsLowerBound()).isFalse();
    }

    @Test
    void anEmptyPagePastTheEndCountsToTellWhereTheListEnds() {
        Counter counter = new Counter(25);

        BoundedPage<Integer> beyond = BoundedPage.of(List.of(), PageRequest.of(9, 10), counter);

        assertThat(counter.limitsAsked).hasSize(1);
        assertThat(beyond.page().getTotalElements()).isEqualTo(25);
        assertThat(beyond.totalIsLowerBound()).isFalse();
    }
}
