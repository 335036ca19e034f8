package nl.hulproute.demo;

import java.util.List;
import java.util.Random;

/** Draws values in fixed proportions, reproducibly from the seeded random. */
final class Weighted<T> {

    record Option<T>(T value, double weight) {}

    private final List<Option<T>> options;
    private final double total;

    private Weighted(List<Option<T>> options) {
        this.options = List.copyOf(options);
        this.total = options.stream().mapToDouble(Option::weight).sum();
    }

    static <T> Option<T> option(T value, double weight) {
        return new Option<>(value, weight);
    }

    @SafeVarargs
    static <T> Weighted<T> of(Option<T>... options) {
        return new Weighted<>(List.of(options));
    }

    static <T> Weighted<T> of(List<Option<T>> options) {
        return new Weighted<>(options);
    }

    T draw(Random random) {
        double point = random.nextDouble() * total;
        for (Option<T> option : options) {
            point -= option.weight();
            if (point < 0) {
                return option.value();
            }
        }
        return options.get(options.size() - 1).value();
    }

    /** A uniform pick from a list. */
    static <T> T any(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    /** An int from {@code min} to {@code max}, both included. */
    static int between(int min, int max, Random random) {
        return min + random.nextInt(max - min + 1);
    }
}
