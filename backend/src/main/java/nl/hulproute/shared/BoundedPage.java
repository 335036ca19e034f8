package nl.hulproute.shared;

import java.util.List;
import java.util.function.LongUnaryOperator;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a list whose total is counted no further than {@value #PAGES_AHEAD} pages beyond this one. For lists
 * that grow into the tens of thousands (the access log, a large location's caseload), where an exact count on every
 * page would read more index entries than the page itself (docs/performance.md); a bounded count reads at most
 * {@link #countLimit} of them, whatever the list's size. {@code totalIsLowerBound}: the count stopped at its limit, so
 * there are more items than the page's total says (which is then the limit less the one item that told there are
 * more).
 */
public record BoundedPage<T>(Page<T> page, boolean totalIsLowerBound) {

    /** Pages beyond the current one that are counted exactly. */
    public static final int PAGES_AHEAD = 10;

    /** How many items to count at most: up to {@value #PAGES_AHEAD} pages ahead, and one more to tell there are more. */
    static long countLimit(Pageable pageable) {
        return pageable.getOffset() + (long) pageable.getPageSize() * (PAGES_AHEAD + 1) + 1;
    }

    /**
     * This page's items and the list's total. A page that is not full is the last one and tells the total itself (as
     * Spring Data's {@code PageableExecutionUtils} does), so nothing is counted; otherwise {@code countUpTo} counts
     * the items, stopping at the limit it is given ({@link #countLimit}).
     */
    public static <T> BoundedPage<T> of(List<T> content, Pageable pageable, LongUnaryOperator countUpTo) {
        if (content.size() < pageable.getPageSize() && (!content.isEmpty() || pageable.getOffset() == 0)) {
            return new BoundedPage<>(new PageImpl<>(content, pageable, pageable.getOffset() + content.size()), false);
        }
        long limit = countLimit(pageable);
        long counted = countUpTo.applyAsLong(limit);
        boolean more = counted >= limit;
        return new BoundedPage<>(new PageImpl<>(content, pageable, more ? limit - 1 : counted), more);
    }

    public static <T> BoundedPage<T> empty(Pageable pageable) {
        return new BoundedPage<>(Page.empty(pageable), false);
    }
}
