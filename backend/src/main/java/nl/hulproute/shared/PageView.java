package nl.hulproute.shared;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * One page of a list in the API: the items plus where this page sits in the whole. {@code totalIsLowerBound} is true
 * when the list counted no further than some pages ahead ({@link BoundedPage}: the access log, the caseload): there
 * are more items than {@code totalElements}, and more pages than {@code totalPages}.
 */
public record PageView<T>(
        List<T> content, int page, int size, long totalElements, int totalPages, boolean totalIsLowerBound) {

    public static <S, T> PageView<T> of(Page<S> page, Function<? super S, ? extends T> mapper) {
        return of(page, mapper, false);
    }

    public static <S, T> PageView<T> of(BoundedPage<S> page, Function<? super S, ? extends T> mapper) {
        return of(page.page(), mapper, page.totalIsLowerBound());
    }

    private static <S, T> PageView<T> of(
            Page<S> page, Function<? super S, ? extends T> mapper, boolean totalIsLowerBound) {
        return new PageView<>(
                page.getContent().stream().<T>map(mapper).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements(),
                page.getTotalPages(),
                totalIsLowerBound);
    }
}
