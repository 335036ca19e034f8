package nl.hulproute.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The benchmark run (docs/performance.md): the database's own floor by JDBC, then the product jar started as in
 * production (a fixed heap) against the generated database, clients signed in once each, and every figure of the
 * issue measured side by side in one run: the HTTP floor, signal intake and transitions at 1 and 16 clients, the
 * list pages and reports with the EXPLAIN of their queries, the heap after the run, the start-up time. Writes the
 * report. Nothing here asserts a timing.
 */
final class Runner {

    private static final int[] CLIENTS = {1, 16};
    private static final String PASSWORD_OPTION = "users-password";

    /** The parts of a run, in the order they are measured; {@code --only} names some of them. */
    enum Part {
        JDBC,
        JMH,
        FLOOR,
        TRANSITIONS,
        PEER,
        LISTS,
        REPORTS,
        EXPLAINS;

        String option() {
            return name().toLowerCase(Locale.ROOT);
        }

        static String options() {
            return Arrays.stream(values()).map(Part::option).collect(Collectors.joining(","));
        }

        /** The parts {@code --only} names, or all of them. */
        static Set<Part> named(String only) {
            if (only == null) {
                return EnumSet.allOf(Part.class);
            }
            Set<Part> parts = EnumSet.noneOf(Part.class);
            for (String option : only.split(",")) {
                parts.add(Arrays.stream(values())
                        .filter(part -> part.option().equals(option))
                        .findFirst()
                        .orElseThrow(
                                () -> new IllegalArgumentException("--only takes " + options() + ", not " + option)));
            }
            return parts;
        }
    }

    private final Database database;
    private final Map<String, String> options;
    private final Duration warmup;
    private final Duration warmupMax;
    private final Duration measured;
    private final int repeats;
    private final Report report;
    private final String base;
    private final int port;
    private Process app;
    private long appPid;

    Runner(Database database, Map<String, String> options) {
        this.database = database;
        this.options = options;
        this.measured = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "10")));
        this.warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "3")));
        this.warmupMax = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup-max", "180")));
        this.repeats = Integer.parseInt(options.getOrDefault("repeats", "100"));
        this.port = Integer.parseInt(options.getOrDefault("port", "18080"));
        this.base = "http://127.0.0.1:" + port;
        this.report = new Report(options.getOrDefault("scale", "roc"));
    }

    void run() throws Exception {
        report.environment(database, options);
        report.measurement(warmup, warmupMax, measured, repeats);
        report.command(options);
        try (Connection connection = database.connect();
                var statement = connection.createStatement()) {
            statement.execute(Database.FLOOR_TABLE);
            report.population(connection);
        }
        Set<Part> parts = Part.named(options.get("only"));
        if (parts.contains(Part.JDBC)) {
            jdbcFloor();
        }
        if (parts.contains(Part.JMH)) {
            stateMachine();
        }
        startApp();
        try {
            String password = options.getOrDefault(PASSWORD_OPTION, "bench");
            Map<Part, AppPart> measures = new EnumMap<>(Map.of(
                    Part.FLOOR, this::httpFloor,
                    Part.TRANSITIONS, this::intakeAndTransitions,
                    Part.PEER, this::flowablePeer,
                    Part.LISTS, this::lists,
                    Part.REPORTS, this::reports,
                    Part.EXPLAINS, this::explains));
            for (Map.Entry<Part, AppPart> measure : measures.entrySet()) {
                if (parts.contains(measure.getKey())) {
                    measure.getValue().measure(password);
                }
            }
            heap();
        } finally {
            stopApp();
        }
        report.loadAverage("after the run");
        // a run of some parts never overwrites the whole report unless asked to
        Path out = Path.of(options.getOrDefault(
                "report",
                options.containsKey("only") ? "benchmark/target/performance-only.md" : "docs/performance.md"));
        Files.writeString(out, report.render(), StandardCharsets.UTF_8);
        System.out.println("Report written to " + out.toAbsolutePath());
    }

    /** A part of the run that measures the running app, with the users' password. */
    @FunctionalInterface
    private interface AppPart {
        void measure(String password) throws Exception;
    }

    // ---------------------------------------------------------------- the database's floor

    private void jdbcFloor() throws Exception {
        for (int clients : CLIENTS) {
            List<Connection> connections = new ArrayList<>();
            List<Load.Operation> operations = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Connection connection = database.connect();
                connection.setAutoCommit(true);
                connections.add(connection);
                PreparedStatement insert =
                        connection.prepareStatement("INSERT INTO bench_floor (created_at, note) VALUES (?, ?)");
                operations.add(() -> {
                    insert.setObject(1, LocalDateTime.now(ZoneOffset.UTC));
                    insert.setString(2, "jdbc floor");
                    return insert.executeUpdate() == 1;
                });
            }
            report.throughput(
                    "JDBC insert + commit (the database's floor)", Load.run("jdbc", operations, ownWarmth(), measured));
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    // ---------------------------------------------------------------- the state machine on its own

    /**
     * Spring Statemachine's cost per transition (restore + fire, and fire on a machine already started in the
     * state), by the JMH benchmark among the backend's test classes ({@code CaseStateMachineBenchmark}, run by
     * {@code exec:exec@jmh}), before the app starts so nothing else runs.
     */
    private void stateMachine() throws Exception {
        if (options.containsKey("skip-jmh")) {
            report.stateMachine(null, "skipped (`--skip-jmh`)");
            return;
        }
        Path result = Path.of("backend/target/jmh-state-machine.json");
        Files.deleteIfExists(result);
        Process jmh = new ProcessBuilder("./mvnw", "-B", "-q", "-pl", "backend", "exec:exec@jmh")
                .redirectErrorStream(true)
                .redirectOutput(Path.of("benchmark/target/jmh.log").toFile())
                .start();
        int exit = jmh.waitFor();
        report.stateMachine(
                exit == 0 && Files.exists(result) ? Client.JSON.readTree(result.toFile()) : null,
                "JMH exited with " + exit + "; see benchmark/target/jmh.log");
    }

    // ---------------------------------------------------------------- the app

    private void startApp() throws Exception {
        Path jar = Path.of(options.getOrDefault("jar", "backend/target/hulproute.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no product jar at " + jar.toAbsolutePath()
                    + ": build it first (./mvnw -B -q -pl backend -am package -DskipTests)");
        }
        Path extension = Path.of(options.getOrDefault("floor-classes", "benchmark/target/classes"));
        Path log = Path.of(options.getOrDefault("app-log", "benchmark/target/app.log"));
        Files.createDirectories(log.getParent());
        String heap = options.getOrDefault("heap", "512m");
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-Xms" + heap,
                "-Dloader.path=" + extension.toAbsolutePath(),
                "-cp",
                jar.toAbsolutePath().toString(),
                "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--spring.profiles.active=bench",
                "--hulproute.benchmark.floor=true",
                "--server.port=" + port,
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                // the SQL of the list pages is logged only while the EXPLAINs are taken (admin, loggers endpoint)
                "--management.endpoints.web.exposure.include=health,info,loggers");
        report.appCommand(command);
        long started = System.nanoTime();
        app = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        appPid = app.pid();
        HttpClient probe = HttpClient.newHttpClient();
        while (true) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the app stopped while starting; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<String> health = probe.send(
                        HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(5)) {
                throw new IllegalStateException("the app did not start within 5 minutes; see " + log.toAbsolutePath());
            }
            Thread.sleep(100);
        }
        report.startup((System.nanoTime() - started) / 1e9, Files.readString(log));
        this.appLog = log;
    }

    private Path appLog;

    private void stopApp() throws InterruptedException {
        if (app != null) {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    private List<Client> signIn(String prefix, int clients, int users, String password) throws Exception {
        List<Client> signedIn = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            signedIn.add(new Client(base, prefix + (i % users + 1)).signIn(password));
        }
        return signedIn;
    }

    private static HttpResponse<String> expect(HttpResponse<String> response) {
        if (!Client.ok(response)) {
            String body = response.body();
            throw new IllegalStateException(response.statusCode() + " "
                    + response.uri().getPath() + " " + (body.length() > 300 ? body.substring(0, 300) : body));
        }
        return response;
    }

    // ---------------------------------------------------------------- the HTTP floor

    private void httpFloor(String password) throws Exception {
        for (int clients : CLIENTS) {
            List<Client> sessions = signIn("zc", clients, coordinatorsAtFirstLocation(), password);
            report.throughput(
                    "GET floor (authenticated, reads `SELECT 1`)",
                    Load.run(
                            "get",
                            operations(sessions, c -> expect(c.get("/api/bench/floor"))),
                            appWarmth(),
                            measured));
            report.throughput(
                    "POST floor (authenticated JSON, one insert + commit)",
                    Load.run(
                            "post",
                            operations(sessions, c -> expect(c.post("/api/bench/floor", Map.of("note", "http floor")))),
                            appWarmth(),
                            measured));
            report.throughput(
                    "GET /api/me (the product's lightest read)",
                    Load.run("me", operations(sessions, c -> expect(c.get("/api/me"))), appWarmth(), measured));
        }
    }

    @FunctionalInterface
    private interface ClientCall {
        void call(Client client) throws Exception;
    }

    private static List<Load.Operation> operations(List<Client> sessions, ClientCall call) {
        List<Load.Operation> operations = new ArrayList<>();
        for (Client client : sessions) {
            operations.add(() -> {
                call.call(client);
                return true;
            });
        }
        return operations;
    }

    private int coordinatorsAtFirstLocation() throws SQLException {
        return (int)
                single("SELECT COUNT(*) FROM people_user_location ul JOIN people_user_role r ON r.user_id = ul.user_id "
                        + "WHERE ul.location_id = 1 AND r.role = 'ZORGCOORDINATOR'");
    }

    // ---------------------------------------------------------------- intake and transitions

    private void intakeAndTransitions(String password) throws Exception {
        LocalDate checkIn = LocalDate.now().plusDays(14);
        for (int clients : CLIENTS) {
            // signals: each SLB'er of the first location for their own students, in turn
            List<Client> slbs = signIn("slb", clients, Integer.MAX_VALUE, password);
            List<Load.Operation> intake = new ArrayList<>();
            for (Client slb : slbs) {
                List<Long> students =
                        longs("SELECT id FROM people_student WHERE slb_user_id = ? ORDER BY id", slb.userId);
                AtomicInteger next = new AtomicInteger();
                intake.add(() -> {
                    long student = students.get(next.getAndIncrement() % students.size());
                    expect(slb.post(
                            "/api/signals",
                            Map.of(
                                    "studentId",
                                    student,
                                    "lifeDomains",
                                    List.of("WELLBEING_SOCIAL"),
                                    "urgency",
                                    "NORMAL",
                                    "observation",
                                    "Trekt zich terug in de groep (benchmark).",
                                    "discussedWithStudent",
                                    true)));
                    return true;
                });
            }
            report.throughput("Signal intake (POST /api/signals)", Load.run("signals", intake, appWarmth(), measured));

            // transitions: each client its own case at the first location, between first and second line
            List<Client> coordinators = signIn("zc", clients, coordinatorsAtFirstLocation(), password);
            List<long[]> cases = new ArrayList<>();
            try (Connection connection = database.connect();
                    PreparedStatement query = connection.prepareStatement(
                            "SELECT id, version, state FROM lifecycle_case WHERE location_id = 1 "
                                    + "AND state IN ('FIRST_LINE', 'SECOND_LINE') ORDER BY id LIMIT ? OFFSET ?")) {
                query.setInt(1, clients);
                query.setInt(2, clients == 1 ? 0 : 1);
                ResultSet rs = query.executeQuery();
                while (rs.next()) {
                    cases.add(new long[] {
                        rs.getLong(1), rs.getLong(2), rs.getString(3).equals("FIRST_LINE") ? 1 : 2
                    });
                }
            }
            List<Load.Operation> transitions = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Client zc = coordinators.get(i);
                long[] theCase = cases.get(i);
                transitions.add(() -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("version", theCase[1]);
                    String event;
                    if (theCase[2] == 1) {
                        event = "ASSIGN_SECOND_LINE";
                        body.put("ownerId", zc.userId);
                    } else {
                        event = "ASSIGN_FIRST_LINE";
                        body.put("advice", "Wekelijks kort contact (benchmark).");
                        body.put("checkInDate", checkIn.toString());
                    }
                    JsonNode view = Client.json(expect(zc.post("/api/cases/" + theCase[0] + "/events/" + event, body)));
                    theCase[1] = view.path("version").asLong();
                    theCase[2] = view.path("state").asText().equals("FIRST_LINE") ? 1 : 2;
                    return true;
                });
            }
            report.throughput(
                    "Transitions (POST /api/cases/{id}/events/…)",
                    Load.run("transitions", transitions, appWarmth(), measured));

            // the same moves with only the statements a transition cannot do without, on other cases
            List<Load.Operation> leastTransitions = new ArrayList<>();
            List<Long> floorCases = longs(
                    "SELECT id FROM lifecycle_case WHERE location_id = 1 AND state IN ('FIRST_LINE', 'SECOND_LINE') "
                            + "ORDER BY id LIMIT ? OFFSET 100",
                    clients);
            for (int i = 0; i < clients; i++) {
                Client zc = coordinators.get(i);
                long floorCase = floorCases.get(i);
                leastTransitions.add(() -> {
                    expect(zc.post("/api/bench/floor/transition/" + floorCase, Map.of("userId", zc.userId)));
                    return true;
                });
            }
            report.throughput(TRANSITION_FLOOR, Load.run("transition floor", leastTransitions, appWarmth(), measured));
        }
    }

    static final String TRANSITION_FLOOR =
            "Transition floor (plain JDBC: the case locked, history row, update, access-log line, commit)";

    // ---------------------------------------------------------------- the peer

    /**
     * The same transitions in Flowable (FlowablePeer), on the lifecycle the running product publishes: each client
     * its own case, moved to first line and then between first and second line, as our transitions above.
     */
    private void flowablePeer(String password) throws Exception {
        JsonNode lifecycle =
                Client.json(expect(signIn("zc", 1, 1, password).get(0).get("/api/lifecycle")));
        List<FlowablePeer.Rule> rules = FlowablePeer.rulesOf(lifecycle);
        try (FlowablePeer peer =
                FlowablePeer.start(database, lifecycle.path("initial").asText(), rules, 32)) {
            for (int clients : CLIENTS) {
                List<Load.Operation> transitions = new ArrayList<>();
                for (int i = 0; i < clients; i++) {
                    String theCase = peer.startCase();
                    peer.fire(theCase, "START_TRIAGE");
                    String[] state = {peer.fire(theCase, "ASSIGN_FIRST_LINE")};
                    transitions.add(() -> {
                        String event = state[0].equals("FIRST_LINE") ? "ASSIGN_SECOND_LINE" : "ASSIGN_FIRST_LINE";
                        state[0] = peer.fire(theCase, event);
                        return true;
                    });
                }
                report.throughput(FLOWABLE, Load.run("flowable", transitions, ownWarmth(), measured));
            }
        }
    }

    static final String FLOWABLE = "Flowable 7 peer (same transitions, in-process)";

    // ---------------------------------------------------------------- lists and reports

    /** The list pages, each with the request the EXPLAIN pass repeats. */
    private final Map<String, String[]> listPages = new LinkedHashMap<>();

    private void lists(String password) throws Exception {
        Map<String, Client> as = listReaders(password);
        List<String> names = List.of(
                "jansen", "sem", "van den", "de vries", "ayse", "bakker", "el amrani", "emma", "meer", "yilmaz");
        long someStudent =
                single("SELECT student_id FROM lifecycle_case WHERE location_id = 1 ORDER BY id LIMIT 1 OFFSET 500");
        listPages.put("Caseload, default (open cases, most urgent first)", new String[] {"zc1", "/api/cases?size=50"});
        listPages.put(
                "Caseload, filtered on a state (SECOND_LINE)",
                new String[] {"zc1", "/api/cases?state=SECOND_LINE&size=50"});
        listPages.put(
                "Caseload, filtered on line and urgency",
                new String[] {"zc1", "/api/cases?line=THIRD&urgency=URGENT&size=50"});
        listPages.put("Caseload, name search", new String[] {"zc1", "/api/cases?size=50&q={name}"});
        listPages.put("Caseload, closed cases (state=CLOSED)", new String[] {"zc1", "/api/cases?state=CLOSED&size=50"});
        // the screen's page, with the whole list's summary; and the whole list, which the API gives as well
        listPages.put("Waiting list, a page of 50", new String[] {"zc1", "/api/waiting-list/overview?size=50"});
        listPages.put("Waiting list, the whole list", new String[] {"zc1", "/api/waiting-list"});
        listPages.put("Access log, newest first", new String[] {"audit1", "/api/access-log?size=50"});
        listPages.put(
                "Access log, one student", new String[] {"audit1", "/api/access-log?size=50&studentId=" + someStudent});
        // the privacy officer's check of emergency access
        listPages.put(
                "Access log, break-glass only", new String[] {"audit1", "/api/access-log?size=50&breakGlass=true"});
        listPages.put("Student search", new String[] {"zc1", "/api/students?size=50&q={name}"});
        // not one of the lists: the screens an external professional works from
        listPages.put("Handover inbox (ext1, whole list)", new String[] {"ext1", "/api/handovers"});
        listPages.put("Caseload of a professional (ext1)", new String[] {"ext1", "/api/cases?size=50"});
        listPages.put(
                "Waiting list of a professional (ext1)", new String[] {"ext1", "/api/waiting-list/overview?size=50"});
        pageFloor(password);
        for (Map.Entry<String, String[]> page : listPages.entrySet()) {
            Client client = as.get(page.getValue()[0]);
            AtomicInteger next = new AtomicInteger();
            String path = page.getValue()[1];
            report.list(
                    page.getKey(),
                    path,
                    Load.repeat(
                            page.getKey(),
                            () -> {
                                String name = names.get(next.getAndIncrement() % names.size());
                                expect(client.get(path.replace("{name}", name.replace(" ", "+"))));
                                return true;
                            },
                            callWarmth(),
                            repeats));
        }
    }

    /** The least a logged page of 50 rows can do ({@code /api/bench/floor/page}), beside the list pages above. */
    private void pageFloor(String password) throws Exception {
        Client zc = new Client(base, "zc1").signIn(password);
        String path = "/api/bench/floor/page?locationId=1&userId=" + zc.userId;
        report.list(
                PAGE_FLOOR, path, Load.repeat(PAGE_FLOOR, () -> expect(zc.get(path)) != null, callWarmth(), repeats));
    }

    static final String PAGE_FLOOR =
            "Page floor (plain JDBC: 50 open cases in the default order, their access-log lines, committed)";

    private void reports(String password) throws Exception {
        Client zc = new Client(base, "zc1").signIn(password);
        Client auditor = new Client(base, "audit1").signIn(password);
        int times = Math.max(5, repeats / 20);
        report.report(
                "Compliance per team, whole institution (auditor)",
                "/api/compliance/evaluations?groupBy=team",
                Load.repeat(
                        "compliance",
                        () -> {
                            expect(auditor.get("/api/compliance/evaluations?groupBy=team"));
                            return true;
                        },
                        callWarmth(),
                        times));
        report.report(
                "Compliance per location, a year ago (auditor)",
                "/api/compliance/evaluations?groupBy=location&asOf="
                        + LocalDate.now().minusYears(1),
                Load.repeat(
                        "compliance-past",
                        () -> {
                            expect(auditor.get("/api/compliance/evaluations?groupBy=location&asOf="
                                    + LocalDate.now().minusYears(1)));
                            return true;
                        },
                        callWarmth(),
                        times));
        String waitingTimes = "/api/reports/waiting-times?groupBy=provider&from="
                + LocalDate.now().minusYears(1) + "&to=" + LocalDate.now();
        report.report(
                "Waiting times per provider, the last year (zc1)",
                waitingTimes,
                Load.repeat(
                        "waiting-times",
                        () -> {
                            expect(zc.get(waitingTimes));
                            return true;
                        },
                        callWarmth(),
                        times));
        report.report(
                "Waiting times per provider, the last year, whole institution (auditor)",
                waitingTimes,
                Load.repeat(
                        "waiting-times-institution",
                        () -> {
                            expect(auditor.get(waitingTimes));
                            return true;
                        },
                        callWarmth(),
                        times));
        report.report(
                "Compliance overdue list (auditor)",
                "/api/compliance/evaluations/overdue?groupBy=location",
                Load.repeat(
                        "overdue",
                        () -> {
                            expect(auditor.get("/api/compliance/evaluations/overdue?groupBy=location"));
                            return true;
                        },
                        callWarmth(),
                        times));
        report.report(
                "Caseload dashboard counts (zc1)",
                "/api/caseload/dashboard",
                Load.repeat(
                        "dashboard",
                        () -> {
                            expect(zc.get("/api/caseload/dashboard"));
                            return true;
                        },
                        callWarmth(),
                        times));
        report.report(
                "Evaluations due (zc1)",
                "/api/agreements/evaluations-due",
                Load.repeat(
                        "due",
                        () -> {
                            expect(zc.get("/api/agreements/evaluations-due"));
                            return true;
                        },
                        callWarmth(),
                        times));
    }

    // ---------------------------------------------------------------- EXPLAIN of every list query

    private static final List<String> SQL_LOGGERS = List.of(
            "org.hibernate.SQL",
            "org.hibernate.orm.jdbc.bind",
            "org.springframework.jdbc.core.JdbcTemplate",
            "org.springframework.jdbc.core.StatementCreatorUtils");

    private void explains(String password) throws Exception {
        Client admin = new Client(base, "admin1").signIn(password);
        Map<String, Client> as = listReaders(password);
        for (String logger : SQL_LOGGERS) {
            expect(admin.post(
                    "/actuator/loggers/" + logger,
                    Map.of(
                            "configuredLevel",
                            logger.contains("bind") || logger.contains("Utils") ? "TRACE" : "DEBUG")));
        }
        try (Connection connection = database.connect()) {
            for (Map.Entry<String, String[]> page : listPages.entrySet()) {
                String path = page.getValue()[1].replace("{name}", "jansen");
                long from = Files.size(appLog);
                expect(as.get(page.getValue()[0]).get(path));
                Thread.sleep(200);
                String logged = read(appLog, from);
                report.explain(page.getKey(), path, SqlLog.statements(logged), connection);
            }
        } finally {
            for (String logger : SQL_LOGGERS) {
                expect(admin.post("/actuator/loggers/" + logger, Map.of("configuredLevel", "INFO")));
            }
        }
    }

    /** The users the list pages are read as, each signed in once, by username. */
    private Map<String, Client> listReaders(String password) throws Exception {
        Map<String, Client> as = new LinkedHashMap<>();
        for (String user : List.of("zc1", "audit1", "ext1")) {
            as.put(user, new Client(base, user).signIn(password));
        }
        return as;
    }

    private static String read(Path file, long from) throws IOException {
        byte[] all = Files.readAllBytes(file);
        return new String(
                all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from), StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- warm-up

    /** For a throughput figure of the app: its compilers, checked every slice. */
    private Load.Warmth appWarmth() {
        return new Load.Warmth(Jit.of(appPid), warmup, Load.Warmth.SLICE, warmupMax);
    }

    /** For the JDBC floor and the Flowable peer, which run in this JVM. */
    private Load.Warmth ownWarmth() {
        return new Load.Warmth(Jit.ofThisJvm(), warmup, Load.Warmth.SLICE, warmupMax);
    }

    /** For a list or report, called one after the other: shorter slices, at most a tenth as long. */
    private Load.Warmth callWarmth() {
        return new Load.Warmth(Jit.of(appPid), Load.Warmth.CALL_SLICE, Load.Warmth.CALL_SLICE, warmupMax.dividedBy(10));
    }

    // ---------------------------------------------------------------- heap

    private void heap() throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        String before = run(jcmd, Long.toString(appPid), "GC.heap_info");
        run(jcmd, Long.toString(appPid), "GC.run");
        String after = run(jcmd, Long.toString(appPid), "GC.heap_info");
        report.heap(before, after, options.getOrDefault("heap", "512m"));
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        return output;
    }

    // ---------------------------------------------------------------- helpers

    private long single(String sql) throws SQLException {
        try (Connection connection = database.connect();
                var statement = connection.createStatement()) {
            ResultSet rs = statement.executeQuery(sql);
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<Long> longs(String sql, long parameter) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, parameter);
            ResultSet rs = statement.executeQuery();
            List<Long> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
            if (values.isEmpty()) {
                throw new IllegalStateException("nothing for " + sql.toLowerCase(Locale.ROOT) + " with " + parameter);
            }
            return values;
        }
    }
}
