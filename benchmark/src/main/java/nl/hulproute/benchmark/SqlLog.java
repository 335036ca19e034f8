package nl.hulproute.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL one request ran, read back from the app's log while Hibernate's and JdbcTemplate's statement and binding
 * loggers are on: each statement with its parameters put in as literals, ready for {@code EXPLAIN}. Only the request
 * threads ({@code http-nio-…-exec-…}) count; scheduled jobs are left out.
 */
final class SqlLog {

    /** A statement as the database received it. */
    record Statement(String sql) {
        boolean isSelect() {
            return sql.stripLeading().regionMatches(true, 0, "select", 0, 6)
                    || sql.stripLeading().regionMatches(true, 0, "with", 0, 4);
        }
    }

    private static final Pattern ENTRY_START = Pattern.compile("(?m)^\\d{4}-\\d\\d-\\d\\dT");
    private static final Pattern HIBERNATE_SQL = Pattern.compile("org\\.hibernate\\.SQL\\s*:\\s(.*)", Pattern.DOTALL);
    private static final Pattern HIBERNATE_BIND =
            Pattern.compile("binding parameter \\((\\d+):(\\w+)\\) <- \\[(.*)\\]\\s*$", Pattern.DOTALL);
    private static final Pattern JDBC_SQL =
            Pattern.compile("Executing (?:prepared )?SQL (?:statement|query|update) \\[(.*)\\]\\s*$", Pattern.DOTALL);
    private static final Pattern JDBC_BIND = Pattern.compile(
            "Setting SQL statement parameter value: column index (\\d+), parameter value \\[(.*)\\], value class \\[([^\\]]*)\\]",
            Pattern.DOTALL);
    private static final Pattern ISO_TIME =
            Pattern.compile("(\\d{4}-\\d\\d-\\d\\d)T(\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?)(Z|[+-]\\d\\d:\\d\\d)?");

    private SqlLog() {}

    static List<Statement> statements(String log) {
        List<String> entries = new ArrayList<>();
        Matcher starts = ENTRY_START.matcher(log);
        List<Integer> offsets = new ArrayList<>();
        while (starts.find()) {
            offsets.add(starts.start());
        }
        for (int i = 0; i < offsets.size(); i++) {
            entries.add(log.substring(offsets.get(i), i + 1 < offsets.size() ? offsets.get(i + 1) : log.length()));
        }
        List<String> sql = new ArrayList<>();
        List<List<String>> parameters = new ArrayList<>();
        for (String entry : entries) {
            if (!entry.contains("-exec-")) {
                continue;
            }
            Matcher matcher;
            if ((matcher = HIBERNATE_SQL.matcher(entry)).find() || (matcher = JDBC_SQL.matcher(entry)).find()) {
                sql.add(matcher.group(1).strip());
                parameters.add(new ArrayList<>());
            } else if ((matcher = HIBERNATE_BIND.matcher(entry)).find() && !sql.isEmpty()) {
                put(
                        parameters.get(parameters.size() - 1),
                        Integer.parseInt(matcher.group(1)),
                        literal(matcher.group(3), numeric(matcher.group(2))));
            } else if ((matcher = JDBC_BIND.matcher(entry)).find() && !sql.isEmpty()) {
                String type = matcher.group(3);
                put(
                        parameters.get(parameters.size() - 1),
                        Integer.parseInt(matcher.group(1)),
                        literal(
                                matcher.group(2),
                                type.startsWith("java.lang.Long")
                                        || type.startsWith("java.lang.Integer")
                                        || type.startsWith("java.lang.Boolean")));
            }
        }
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < sql.size(); i++) {
            statements.add(new Statement(substitute(sql.get(i), parameters.get(i))));
        }
        return statements;
    }

    private static boolean numeric(String jdbcType) {
        return switch (jdbcType) {
            case "BIGINT",
                    "INTEGER",
                    "SMALLINT",
                    "TINYINT",
                    "BOOLEAN",
                    "BIT",
                    "NUMERIC",
                    "DECIMAL",
                    "DOUBLE",
                    "FLOAT" -> true;
            default -> false;
        };
    }

    private static void put(List<String> parameters, int index, String literal) {
        while (parameters.size() < index) {
            parameters.add("NULL");
        }
        parameters.set(index - 1, literal);
    }

    static String literal(String value, boolean numeric) {
        if (value.equals("null")) {
            return "NULL";
        }
        if (numeric) {
            return value.equals("true") ? "1" : value.equals("false") ? "0" : value;
        }
        Matcher time = ISO_TIME.matcher(value);
        if (time.matches()) {
            value = time.group(1) + " " + time.group(2);
        }
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** Puts the literals in for the {@code ?} outside quotes, in order. */
    static String substitute(String sql, List<String> parameters) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        boolean quoted = false;
        for (char c : sql.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == '?' && !quoted && next < parameters.size()) {
                out.append(parameters.get(next++));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
