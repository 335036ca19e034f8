package nl.hulproute.benchmark;

import java.util.List;
import java.util.Locale;

/**
 * The size of a generated population (docs/performance.md; the numbers follow ../shared/domain/README.md §6 and the
 * issue): {@code roc} is a large ROC, {@code national} one installation for every MBO student, {@code tiny} a few
 * hundred students for the test that checks the generator.
 *
 * @param locationShares each location's share of the students (a large ROC has a few big sites)
 * @param openShare the chance that a student's latest case is still open
 * @param accessLogPerCase how many access-log lines a case leaves on average
 */
record Scale(
        String name,
        int students,
        int cases,
        int agreements,
        List<Double> locationShares,
        int providers,
        double openShare,
        int accessLogPerCase) {

    /** About one team per 309 students (§6), one SLB'er per class of about 25. */
    static final int STUDENTS_PER_TEAM = 309;

    static final int CLASS_SIZE = 25;

    static Scale named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "tiny" -> new Scale("tiny", 400, 1_200, 60, List.of(0.6, 0.4), 8, 0.75, 3);
            // ~12,000 students and ~9,000 open cases at the biggest location, as in the measurement
            case "roc" -> new Scale("roc", 30_000, 100_000, 5_000, List.of(0.40, 0.33, 0.27), 40, 0.75, 5);
            case "national" -> new Scale("national", 520_000, 1_500_000, 90_000, national(), 600, 0.75, 3);
            default -> throw new IllegalArgumentException("unknown scale " + name + " (tiny, roc, national)");
        };
    }

    /** 55 institutions of unequal size with ~3 locations each: 165 locations, the biggest ~3× the smallest. */
    private static List<Double> national() {
        int locations = 165;
        double[] weights = new double[locations];
        double sum = 0;
        for (int i = 0; i < locations; i++) {
            weights[i] = 1.0 / Math.pow(1 + i * 0.02, 1.0);
            sum += weights[i];
        }
        double total = sum;
        return java.util.Arrays.stream(weights).map(w -> w / total).boxed().toList();
    }
}
