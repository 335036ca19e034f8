package nl.hulproute.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A long list of ids split into batches for {@code … in (:ids)} statements read as plain rows: each statement, its
 * packet and its plan stay the same size however many ids a figure names (an auditor's year at national scale names
 * over a hundred thousand cases).
 */
public final class InBatches {

    private InBatches() {}

    /** The values in order, in consecutive batches of {@code size} (the last one shorter); none for no values. */
    public static <T> List<List<T>> of(Collection<T> values, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a batch holds at least one value: " + size);
        }
        List<T> all = List.copyOf(values);
        List<List<T>> batches = new ArrayList<>((all.size() + size - 1) / size);
        for (int from = 0; from < all.size(); from += size) {
            batches.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return batches;
    }
}
