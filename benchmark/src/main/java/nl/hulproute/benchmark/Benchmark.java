package nl.hulproute.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The benchmark's command line (docs/performance.md):
 *
 * <pre>
 * generate --scale tiny|roc|national [--seed 42] [--today YYYY-MM-DD] [--drop]
 *          [--db jdbc:mariadb://127.0.0.1:3306/hulproute_bench] [--user root] [--password ''] [--users-password bench]
 * migrate  [--db ...]   (the product's newer migrations, before a run on an older generated database)
 * run      [--scale roc] [--db ...] [--jar backend/target/hulproute.jar] [--seconds 10] [--report docs/performance.md]
 * </pre>
 *
 * Paths are relative to the repository root, where {@code ./mvnw -pl benchmark exec:java} runs.
 */
public final class Benchmark {

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            return;
        }
        Map<String, String> options = options(args);
        Database database = new Database(
                options.getOrDefault("db", "jdbc:mariadb://127.0.0.1:3306/hulproute_bench"),
                options.getOrDefault("user", "root"),
                options.getOrDefault("password", ""));
        switch (args[0]) {
            case "generate" -> generate(database, options);
            case "migrate" -> database.migrate(Path.of(options.getOrDefault("migrations", "db/migration")));
            case "run" -> new Runner(database, options).run();
            default -> usage();
        }
    }

    static Map<String, Long> generate(Database database, Map<String, String> options) throws Exception {
        Scale scale = Scale.named(options.getOrDefault("scale", "roc"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        LocalDate today = LocalDate.parse(options.getOrDefault(
                "today", LocalDate.now(Generator.SCHOOL_ZONE).toString()));
        long started = System.nanoTime();
        database.prepare(options.containsKey("drop"), Path.of(options.getOrDefault("migrations", "db/migration")));
        long migrated = System.nanoTime();
        Map<String, Long> counts;
        try (Connection connection = database.connect()) {
            counts = new Generator(scale, seed, today, options.getOrDefault("users-password", "bench"))
                    .generate(connection);
            connection.setAutoCommit(true);
            try (var statement = connection.createStatement()) {
                for (String table : counts.keySet()) {
                    statement.execute("ANALYZE TABLE " + table);
                }
            }
        }
        long done = System.nanoTime();
        System.out.printf(
                "Generated scale %s (seed %d, today %s) into %s in %s (migrations %s):%n",
                scale.name(), seed, today, database.name(), seconds(done - started), seconds(migrated - started));
        counts.forEach((table, rows) -> System.out.printf("  %-34s %,12d%n", table, rows));
        System.out.println("Sign in as zc1, slb1, ext1, audit1 or admin1 with the password '"
                + options.getOrDefault("users-password", "bench") + "'.");
        return counts;
    }

    static String seconds(long nanos) {
        Duration duration = Duration.ofNanos(nanos);
        return String.format("%d.%01d s", duration.toSeconds(), duration.toMillisPart() / 100);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected " + args[i]);
            }
            String name = args[i].substring(2);
            boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
            options.put(name, flag ? "true" : args[++i]);
        }
        return options;
    }

    private static void usage() {
        System.out.println(
                """
                usage: generate --scale tiny|roc|national [--seed 42] [--today YYYY-MM-DD] [--drop] [--db URL] [--user root] [--password '']
                       run [--scale roc] [--db URL] [--jar backend/target/hulproute.jar] [--seconds 10] [--report docs/performance.md] [--skip-jmh]
                           [--only PART,…] (parts:\s""" + Runner.Part.options() + "; without --report, written to benchmark/target/performance-only.md)");
    }
}
