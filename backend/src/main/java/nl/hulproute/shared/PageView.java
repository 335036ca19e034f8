package nl.hulproute.shared;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** One page of a list in the API: the items plus where this page sits in the whole. */
public record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <S, T> PageView<T> of(Page<S> page, Function<? super S, ? extends T> mapper) {
        return new PageView<>(
                page.getContent().stream().<T>map(mapper).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements(),
                page.getTotalPages());
    }
}
