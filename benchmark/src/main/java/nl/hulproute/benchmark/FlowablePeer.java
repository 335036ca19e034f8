package nl.hulproute.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.api.Task;

/**
 * The peer issue 13 compares with: the engine a developer would otherwise pick. The same lifecycle, read from the
 * product's own declaration ({@code GET /api/lifecycle}), becomes a BPMN process for Flowable: a user task per state,
 * after it an exclusive gateway that follows the event to the next state's task. A transition is what a
 * Flowable-based product does for one event: find the case's open task and complete it with the event. Flowable keeps
 * its tables in a database of its own on the same MariaDB server, with its default (audit) history.
 *
 * <p>What it leaves out, in Flowable's favour: guards (a gateway only routes), the access log, the outbox and HTTP
 * (it is called in-process). The report says so beside the figure.
 */
final class FlowablePeer implements AutoCloseable {

    static final String PROCESS = "caseLifecycle";
    private static final Pattern SERVER = Pattern.compile("(jdbc:mariadb://[^/]+)/([A-Za-z0-9_]+)(\\?.*)?");

    /** One rule of the declaration: from these states, this event leads to that state. */
    record Rule(String event, Set<String> from, String to) {}

    private final ProcessEngine engine;

    private FlowablePeer(ProcessEngine engine) {
        this.engine = engine;
    }

    /** The declaration as the product publishes it. */
    static List<Rule> rulesOf(JsonNode lifecycle) {
        List<Rule> rules = new ArrayList<>();
        for (JsonNode transition : lifecycle.path("transitions")) {
            Set<String> from = new LinkedHashSet<>();
            transition.path("from").forEach(state -> from.add(state.asText()));
            rules.add(new Rule(
                    transition.path("event").asText(),
                    from,
                    transition.path("to").asText()));
        }
        return rules;
    }

    /** Starts Flowable on {@code <database>_flowable} beside the benchmark's database, emptied, with the process deployed. */
    static FlowablePeer start(Database database, String initial, List<Rule> rules, int connections)
            throws SQLException {
        Matcher matcher = SERVER.matcher(database.url());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("expected jdbc:mariadb://host:port/database, got " + database.url());
        }
        String name = matcher.group(2) + "_flowable";
        try (var server = DriverManager.getConnection(matcher.group(1) + "/", database.user(), database.password());
                var statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
            statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        ProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration()
                .setJdbcUrl(matcher.group(1) + "/" + name)
                .setJdbcDriver("org.mariadb.jdbc.Driver")
                .setJdbcUsername(database.user())
                .setJdbcPassword(database.password())
                .setDatabaseType(ProcessEngineConfiguration.DATABASE_TYPE_MYSQL)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setAsyncExecutorActivate(false);
        // its tables are looked up in its own database only: MariaDB's metadata otherwise finds another Flowable
        // database on the same server, and Flowable then "upgrades" tables that are not there
        configuration.setDatabaseCatalog(name);
        configuration.setJdbcMaxActiveConnections(connections);
        configuration.setJdbcMaxIdleConnections(connections);
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService()
                .createDeployment()
                .name("Hulproute case lifecycle")
                .addString(PROCESS + ".bpmn20.xml", bpmn(initial, rules))
                // Flowable's validator refuses a condition on a gateway's only way out; here it is what refuses an
                // event the state has no rule for, as the lifecycle does
                .disableBpmnValidation()
                .deploy();
        return new FlowablePeer(engine);
    }

    /** Starts a case: a process instance waiting in the initial state; returns its id. */
    String startCase() {
        return engine.getRuntimeService().startProcessInstanceByKey(PROCESS).getId();
    }

    /** Fires an event on a case: completes its open task with the event; returns the state it is in after. */
    String fire(String caseId, String event) {
        Task open = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(caseId)
                .singleResult();
        if (open == null) {
            throw new IllegalStateException("case " + caseId + " has ended");
        }
        engine.getTaskService().complete(open.getId(), Map.of("event", event));
        return state(caseId);
    }

    /** The state the case waits in, or {@code null} once its process has ended. */
    String state(String caseId) {
        Task open = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(caseId)
                .singleResult();
        return open == null ? null : open.getTaskDefinitionKey();
    }

    @Override
    public void close() {
        engine.close();
    }

    /**
     * The BPMN for the declaration: start → initial state's task; each state's task → its gateway → the task of each
     * rule's target, on the condition that the event is the rule's; a state no rule leaves → end.
     */
    static String bpmn(String initial, List<Rule> rules) {
        Set<String> states = new LinkedHashSet<>();
        states.add(initial);
        rules.forEach(rule -> {
            states.addAll(rule.from());
            states.add(rule.to());
        });
        Map<String, List<Rule>> leaving = new LinkedHashMap<>();
        states.forEach(state -> leaving.put(state, new ArrayList<>()));
        rules.forEach(rule -> rule.from().forEach(state -> leaving.get(state).add(rule)));

        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                             targetNamespace="https://hulproute.nl/benchmark">
                  <process id="%s" name="Case lifecycle" isExecutable="true">
                    <startEvent id="start"/>
                    <sequenceFlow id="start-%s" sourceRef="start" targetRef="%s"/>
                """.formatted(PROCESS, initial, initial));
        int flow = 0;
        for (Map.Entry<String, List<Rule>> state : leaving.entrySet()) {
            String id = state.getKey();
            xml.append("    <userTask id=\"")
                    .append(id)
                    .append("\" name=\"")
                    .append(id)
                    .append("\"/>\n");
            if (state.getValue().isEmpty()) {
                xml.append("    <endEvent id=\"end-")
                        .append(id)
                        .append("\"/>\n")
                        .append("    <sequenceFlow id=\"f")
                        .append(flow++)
                        .append("\" sourceRef=\"")
                        .append(id)
                        .append("\" targetRef=\"end-")
                        .append(id)
                        .append("\"/>\n");
                continue;
            }
            String gateway = "after-" + id;
            xml.append("    <exclusiveGateway id=\"")
                    .append(gateway)
                    .append("\"/>\n")
                    .append("    <sequenceFlow id=\"f")
                    .append(flow++)
                    .append("\" sourceRef=\"")
                    .append(id)
                    .append("\" targetRef=\"")
                    .append(gateway)
                    .append("\"/>\n");
            for (Rule rule : state.getValue()) {
                xml.append("    <sequenceFlow id=\"f")
                        .append(flow++)
                        .append("\" sourceRef=\"")
                        .append(gateway)
                        .append("\" targetRef=\"")
                        .append(rule.to())
                        .append("\">\n")
                        .append("      <conditionExpression xsi:type=\"tFormalExpression\"><![CDATA[${event == '")
                        .append(rule.event())
                        .append("'}]]></conditionExpression>\n")
                        .append("    </sequenceFlow>\n");
            }
        }
        return xml.append("  </process>\n</definitions>\n").toString();
    }
}
