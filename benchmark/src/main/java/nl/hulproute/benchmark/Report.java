package nl.hulproute.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Markdown report of one benchmark run: every figure, where it came from, and how to run it again. */
final class Report {

    private final String scale;
    private final List<String> environment = new ArrayList<>();
    private final Map<String, Long> population = new LinkedHashMap<>();
    private final List<Load.Result> throughput = new ArrayList<>();
    private final List<String[]> lists = new ArrayList<>();
    private final List<Load.Result> listResults = new ArrayList<>();
    private final List<String[]> reports = new ArrayList<>();
    private final List<Load.Result> reportResults = new ArrayList<>();
    private final StringBuilder explains = new StringBuilder();
    private final List<String> loadAverages = new ArrayList<>();
    private String command = "";
    private String generate = "";
    private String appCommand = "";
    private String startup = "";
    private String stateMachine = "Not measured.\n";
    private String heap = "";

    Report(String scale) {
        this.scale = scale;
        loadAverage("at the start");
    }

    void environment(Database database, Map<String, String> options) throws SQLException {
        environment.add("| date | " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + " |");
        environment.add("| processor | " + cpu() + " |");
        environment.add("| cores | " + Runtime.getRuntime().availableProcessors() + " |");
        environment.add("| memory | " + memory() + " |");
        environment.add("| Java | " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version") + " |");
        environment.add("| OS | " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " |");
        try (Connection connection = database.connect();
                var statement = connection.createStatement()) {
            ResultSet rs = statement.executeQuery(
                    "SELECT VERSION(), @@innodb_buffer_pool_size, @@innodb_flush_log_at_trx_commit, @@sync_binlog, @@log_bin");
            rs.next();
            environment.add("| MariaDB | " + rs.getString(1) + ", buffer pool " + rs.getLong(2) / (1024 * 1024)
                    + " MB, innodb_flush_log_at_trx_commit=" + rs.getString(3) + ", binary log "
                    + (rs.getInt(5) == 1 ? "on" : "off") + " |");
        }
        environment.add("| app | the product jar, `-Xmx" + options.getOrDefault("heap", "512m") + "`, profile `bench` "
                + "(no demo; password sign-in), the benchmark's floor endpoints on its class path |");
    }

    /** How each figure was measured, from the durations the runner measures with. */
    void measurement(Duration warmup, Duration warmupMax, Duration measured, int repeats) {
        environment.add("| measured | a warm-up of at least " + warmup.toSeconds()
                + " s until the JIT compilers are quiet (under " + Math.round(Load.Warmth.QUIET * 100)
                + "% of a core in " + Load.Warmth.QUIET_SLICES + " slices of " + Load.Warmth.SLICE.toSeconds()
                + " s in a row, at most " + warmupMax.toSeconds()
                + " s; with more clients, first one client alone until quiet, then all of them until quiet again), then "
                + measured.toSeconds() + " s per throughput figure; " + repeats
                + " sequential requests per list page, after a warm-up of the same kind ("
                + Load.Warmth.CALL_SLICE.toSeconds() + " s slices) |");
    }

    void command(Map<String, String> options) {
        StringBuilder args = new StringBuilder("run");
        options.forEach((name, value) -> {
            if (!name.equals("password")) {
                args.append(" --").append(name).append(value.equals("true") ? "" : " " + value);
            }
        });
        command = args.toString();
        // the database the run read is the one to fill: the same --db (and --user) as the run, or both defaults
        StringBuilder generating = new StringBuilder("generate --scale " + scale + " --seed 42 --drop");
        for (String name : List.of("db", "user")) {
            if (options.containsKey(name)) {
                generating.append(" --").append(name).append(' ').append(options.get(name));
            }
        }
        generate = generating.toString();
    }

    void appCommand(List<String> command) {
        appCommand = String.join(" ", command)
                .replaceAll("--spring.datasource.password=\\S*", "--spring.datasource.password=…")
                .replaceAll("/\\S*/bin/java", "java")
                .replaceAll("-Dloader.path=\\S*/benchmark/", "-Dloader.path=benchmark/")
                .replaceAll("-cp \\S*/backend/", "-cp backend/");
    }

    void population(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (String table : List.of(
                    "people_location",
                    "people_student",
                    "people_user",
                    "lifecycle_case",
                    "lifecycle_case_transition",
                    "intake_signal",
                    "lifecycle_bridging_plan",
                    "waitinglist_bridging_contact",
                    "agreements_agreement",
                    "agreements_evaluation",
                    "privacy_access_log")) {
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table);
                rs.next();
                population.put(table, rs.getLong(1));
            }
            ResultSet rs = statement.executeQuery(
                    "SELECT COUNT(*) FROM lifecycle_case WHERE location_id = 1 AND state <> 'CLOSED'");
            rs.next();
            population.put("open cases at location 1 (zc1's caseload)", rs.getLong(1));
            rs = statement.executeQuery(
                    "SELECT COUNT(*) FROM lifecycle_case WHERE state = 'WAITING' AND location_id = 1");
            rs.next();
            population.put("waiting at location 1", rs.getLong(1));
        }
    }

    void loadAverage(String when) {
        try {
            loadAverages.add(
                    when + ": " + Files.readString(Path.of("/proc/loadavg")).strip());
        } catch (IOException e) {
            loadAverages.add(when + ": unknown");
        }
    }

    void startup(double seconds, String log) {
        Matcher started = Pattern.compile("Started \\w+ in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)")
                .matcher(log);
        startup = String.format(Locale.ROOT, "%.1f s from `java -jar` to `/actuator/health` answering UP", seconds)
                + (started.find()
                        ? " (Spring: started in " + started.group(1) + " s, process running for " + started.group(2)
                                + " s)"
                        : "");
        loadAverage("after start-up");
    }

    void throughput(String name, Load.Result result) {
        throughput.add(new Load.Result(
                name,
                result.clients(),
                result.operations(),
                result.failures(),
                result.seconds(),
                result.latenciesMs(),
                result.firstFailure(),
                result.warmupSeconds(),
                result.jitShare()));
        System.out.printf(
                Locale.ROOT,
                "%-55s %2d clients %8.1f/s p95 %7.1f ms (warm-up %.0f s, JIT %.0f%%)%s%n",
                name,
                result.clients(),
                result.perSecond(),
                result.percentile(95),
                result.warmupSeconds(),
                100 * result.jitShare(),
                result.failures() > 0 ? " FAILURES " + result.failures() + " " + result.firstFailure() : "");
    }

    void list(String name, String path, Load.Result result) {
        lists.add(new String[] {name, path});
        listResults.add(result);
        System.out.printf(
                Locale.ROOT,
                "%-55s p50 %7.1f p95 %7.1f p99 %7.1f ms%s%n",
                name,
                result.percentile(50),
                result.percentile(95),
                result.percentile(99),
                result.failures() > 0 ? " FAILURES " + result.firstFailure() : "");
    }

    void report(String name, String path, Load.Result result) {
        reports.add(new String[] {name, path});
        reportResults.add(result);
        System.out.printf(
                Locale.ROOT,
                "%-55s p50 %7.1f p95 %7.1f max %7.1f ms%s%n",
                name,
                result.percentile(50),
                result.percentile(95),
                result.percentile(100),
                result.failures() > 0 ? " FAILURES " + result.firstFailure() : "");
    }

    void explain(String name, String path, List<SqlLog.Statement> statements, Connection connection)
            throws SQLException {
        long selects = statements.stream().filter(SqlLog.Statement::isSelect).count();
        explains.append("### ")
                .append(name)
                .append("\n\n`GET ")
                .append(path)
                .append("`: ")
                .append(statements.size())
                .append(" statements (")
                .append(selects)
                .append(" SELECT, ")
                .append(statements.size() - selects)
                .append(" writes: the access log)\n\n");
        int n = 0;
        for (SqlLog.Statement statement : statements) {
            if (!statement.isSelect()) {
                continue;
            }
            n++;
            explains.append("<details><summary>")
                    .append(n)
                    .append(". ")
                    .append(summary(statement.sql()))
                    .append("</summary>\n\n```sql\n")
                    .append(statement.sql())
                    .append("\n```\n\n</details>\n\n");
            try (var query = connection.createStatement()) {
                ResultSet rs = query.executeQuery("EXPLAIN " + statement.sql());
                ResultSetMetaData meta = rs.getMetaData();
                StringBuilder header = new StringBuilder("|");
                StringBuilder rule = new StringBuilder("|");
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    header.append(' ').append(meta.getColumnLabel(c)).append(" |");
                    rule.append("---|");
                }
                explains.append(header).append('\n').append(rule).append('\n');
                while (rs.next()) {
                    explains.append('|');
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        String value = rs.getString(c);
                        explains.append(' ')
                                .append(
                                        value == null
                                                ? ""
                                                : value.replace("|", "\\|").replace(",", ", "))
                                .append(" |");
                    }
                    explains.append('\n');
                }
                explains.append('\n');
            } catch (SQLException e) {
                explains.append("(EXPLAIN failed: ").append(e.getMessage()).append(")\n\n");
            }
        }
    }

    private static String summary(String sql) {
        String flat = sql.replaceAll("\\s+", " ").strip();
        Matcher from = Pattern.compile("(?i)\\bfrom\\s+([a-z_]+)").matcher(flat);
        String table = from.find() ? from.group(1) : "?";
        return "`" + (flat.length() > 90 ? flat.substring(0, 90) + "…" : flat).replace("`", "") + "` (" + table + ")";
    }

    /** The JMH results ({@code null} when it did not run, with why). */
    void stateMachine(JsonNode jmh, String whyNot) {
        if (jmh == null) {
            stateMachine = "Not measured: " + whyNot + ".\n";
            return;
        }
        StringBuilder md = new StringBuilder("| benchmark | µs per transition | ± (99.9%) |\n|---|---:|---:|\n");
        for (JsonNode run : jmh) {
            JsonNode metric = run.path("primaryMetric");
            String name = run.path("benchmark").asText();
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f |%n",
                    name.substring(name.lastIndexOf('.') + 1),
                    metric.path("score").asDouble(),
                    metric.path("scoreError").asDouble()));
        }
        stateMachine = md.toString();
    }

    void heap(String before, String after, String max) {
        heap = "Heap of the app (`-Xmx" + max
                + "`) at the end of the run, before and after a full GC (`jcmd GC.heap_info`):\n\n" + "```\n"
                + before.strip() + "\n--- after GC.run ---\n" + after.strip() + "\n```\n";
    }

    String render() throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Performance\n\n");
        md.append("Measured by the `benchmark/` module (issue 13) at scale **")
                .append(scale)
                .append("**, every figure in the same run, ")
                .append(
                        "so the ratios compare like with like. This file is written by the run; the analysis below the ")
                .append("figures is kept in `benchmark/analysis-")
                .append(scale)
                .append(".md` and copied in.\n\n");
        md.append("## Reproduce\n\n```sh\n")
                .append("./mvnw -B -q -pl backend -am package -DskipTests -Dskip.frontend=true   # the product jar\n")
                .append("./mvnw -B -q -pl benchmark compile exec:java -Dexec.args=\"")
                .append(generate)
                .append("\"\n")
                .append("./mvnw -B -q -pl benchmark compile exec:java -Dexec.args=\"")
                .append(command)
                .append("\"\n```\n\n")
                .append("The runner starts the app as\n\n```sh\n")
                .append(appCommand)
                .append("\n```\n\n");
        md.append("## Machine\n\n| | |\n|---|---|\n");
        environment.forEach(line -> md.append(line).append('\n'));
        md.append("| load average | ").append(String.join("; ", loadAverages)).append(" |\n\n");
        md.append(
                        "The machine is shared: other jobs (builds and test runs of other developers) ran during the measurement, ")
                .append(
                        "which the load averages show. Absolute figures are therefore pessimistic and noisy; the ratios, ")
                .append(
                        "measured minutes apart in one run, are what the targets are about. The benchmark client runs on ")
                .append("the same 2 cores as the app and the database.\n\n");
        md.append("## Population\n\n| table | rows |\n|---|---:|\n");
        population.forEach((table, rows) -> md.append(String.format(Locale.ROOT, "| %s | %,d |%n", table, rows)));
        md.append("\n## Start-up\n\n").append(startup).append("\n\n");
        md.append("## State machine per transition (JMH)\n\n")
                .append("Spring Statemachine sent one event, in one JVM with nothing else running ")
                .append("(`./mvnw -pl backend test-compile exec:exec@jmh`; `CaseStateMachineBenchmark`). ")
                .append("`restore…`: a machine stopped, reset to the stored state and started first; the others: ")
                .append("a started machine already in that state, as most events in the running app find one ")
                .append("(ADR 24). Target: at most 300 µs for restore + fire.\n\n")
                .append(stateMachine)
                .append('\n');

        md.append("## Throughput: the floor, signal intake and transitions\n\n")
                .append(
                        "Closed loop: each client sends its next request when the last one is answered. Latencies in ms. "
                                + "*JIT while measured*: the CPU of the measured JVM's compilers during the measurement, "
                                + "as a share of one core (the app's for its figures; the benchmark's own for the JDBC "
                                + "floor and the peer).\n\n")
                .append(
                        "| what | clients | per second | p50 | p95 | p99 | failures | warm-up (s) | JIT while measured |\n"
                                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Load.Result r : throughput) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.1f | %.1f | %d | %.0f | %.0f%% |%n",
                    r.name(),
                    r.clients(),
                    r.perSecond(),
                    r.percentile(50),
                    r.percentile(95),
                    r.percentile(99),
                    r.failures(),
                    r.warmupSeconds(),
                    100 * r.jitShare()));
        }
        md.append("\n| ratio | 1 client | 16 clients | target |\n|---|---:|---:|---|\n");
        md.append(ratioRow("Signal intake / POST floor", "Signal intake", "POST floor", "—"));
        md.append(ratioRow("Transitions / POST floor", "Transitions", "POST floor", "≥ 50% at 16 clients"));
        md.append(ratioRow("Transition floor / POST floor", "Transition floor", "POST floor", "—"));
        md.append(ratioRow("Transitions / transition floor", "Transitions", "Transition floor", "—"));
        md.append(ratioRow("POST floor / JDBC insert + commit", "POST floor", "JDBC insert", "—"));
        md.append(ratioRow("Transitions / Flowable peer", "Transitions", Runner.FLOWABLE, "≥ 200%"));
        md.append(
                "\nThe Flowable peer runs the lifecycle the product publishes as a BPMN process (a user task per state, "
                        + "a gateway per event) on its own database on the same server, called in-process: no HTTP, session, "
                        + "guards, access log or outbox, so the comparison favours it.\n\n");
        for (Load.Result r : throughput) {
            if (r.firstFailure() != null) {
                md.append("First failure of ")
                        .append(r.name())
                        .append(" (")
                        .append(r.clients())
                        .append(" clients): `")
                        .append(r.firstFailure().replace("`", "'"))
                        .append("`\n\n");
            }
        }

        double floor = floorGetP95();
        md.append(
                        "## Lists (50 rows)\n\nOne signed-in client, requests one after the other. The ratio is p95 over the ")
                .append(String.format(Locale.ROOT, "floor GET's p95 at 1 client (%.1f ms). ", floor))
                .append("Target at `roc`: ≤ 4×; at `national`: ≤ 6×.\n\n")
                .append("| list | request | p50 | p95 | p99 | p95 / floor | failures | warm-up (s) |\n"
                        + "|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < lists.size(); i++) {
            Load.Result r = listResults.get(i);
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | `%s` | %.1f | %.1f | %.1f | %.1f× | %d | %.0f |%n",
                    lists.get(i)[0],
                    lists.get(i)[1],
                    r.percentile(50),
                    r.percentile(95),
                    r.percentile(99),
                    r.percentile(95) / floor,
                    r.failures(),
                    r.warmupSeconds()));
        }
        md.append("\n`{name}` cycles through ten names and parts of names (\"jansen\", \"van den\", \"ayse\", …).\n\n");
        md.append("## Reports\n\n| report | request | p50 | p95 | max | failures |\n|---|---|---:|---:|---:|---:|\n");
        for (int i = 0; i < reports.size(); i++) {
            Load.Result r = reportResults.get(i);
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | `%s` | %.1f | %.1f | %.1f | %d |%n",
                    reports.get(i)[0],
                    reports.get(i)[1],
                    r.percentile(50),
                    r.percentile(95),
                    r.percentile(100),
                    r.failures()));
        }
        md.append("\nTarget: compliance ≤ 1 s for a ROC, ≤ 5 s nationally.\n\n");
        md.append("## Heap\n\n").append(heap).append('\n');
        // the analysis of a run at this scale, written after reading its figures
        Path analysis = Path.of("benchmark/analysis-" + scale + ".md");
        if (Files.isRegularFile(analysis)) {
            md.append(Files.readString(analysis, StandardCharsets.UTF_8).strip())
                    .append("\n\n");
        }
        md.append(
                        "## EXPLAIN of every list query\n\nEach list page requested once more with the app's SQL logging on; every ")
                .append("statement it ran, with its parameters, explained on the same database.\n\n")
                .append(explains);
        return md.toString();
    }

    private String ratioRow(String label, String numerator, String denominator, String target) {
        StringBuilder row = new StringBuilder("| ").append(label).append(" |");
        for (int clients : new int[] {1, 16}) {
            Double top = rate(numerator, clients);
            Double bottom = rate(denominator, clients);
            row.append(
                    top == null || bottom == null || bottom == 0
                            ? " — |"
                            : String.format(Locale.ROOT, " %.0f%% |", 100 * top / bottom));
        }
        return row.append(' ').append(target).append(" |\n").toString();
    }

    private Double rate(String prefix, int clients) {
        for (Load.Result r : throughput) {
            if (r.name().startsWith(prefix) && r.clients() == clients) {
                return r.perSecond();
            }
        }
        return null;
    }

    private double floorGetP95() {
        for (Load.Result r : throughput) {
            if (r.name().startsWith("GET floor") && r.clients() == 1) {
                return r.percentile(95);
            }
        }
        return Double.NaN;
    }

    private static String cpu() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return System.getProperty("os.arch");
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return kb / 1024 / 1024 + " GB";
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return "unknown";
    }
}
