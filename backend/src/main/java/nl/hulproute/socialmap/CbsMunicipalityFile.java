package nl.hulproute.socialmap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.hulproute.shared.DomainProblem;
import org.jspecify.annotations.Nullable;

/**
 * Reads CBS's list of gemeenten saved as CSV: the header names the columns (the code as {@code GemeentecodeGM} =
 * {@code GM0344}, or {@code Gemeentecode} = {@code 344}; the name as {@code Gemeentenaam}), other columns (provincie)
 * are ignored, and the separator is whatever the header uses most: semicolon, comma or tab.
 */
final class CbsMunicipalityFile {

    static final int MAX_LINES = 5_000;

    private CbsMunicipalityFile() {}

    /** Code to name, in file order. */
    static Map<String, String> read(String file) {
        List<String> lines = file.replace("\uFEFF", "")
                .lines()
                .filter(line -> !line.isBlank())
                .toList();
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            throw unreadable("The file is empty or too long.");
        }
        String header = lines.get(0);
        char separator = separatorOf(header);
        List<String> columns = split(header, separator).stream()
                .map(column -> column.toLowerCase(Locale.ROOT))
                .toList();
        int codeColumn = columns.indexOf("gemeentecodegm");
        if (codeColumn < 0) {
            codeColumn = columns.indexOf("gemeentecode");
        }
        int nameColumn = columns.indexOf("gemeentenaam");
        if (codeColumn < 0 || nameColumn < 0) {
            throw unreadable("The first line must name the columns Gemeentecode (or GemeentecodeGM) and Gemeentenaam.");
        }
        Map<String, String> rows = new LinkedHashMap<>();
        for (int number = 1; number < lines.size(); number++) {
            List<String> cells = split(lines.get(number), separator);
            @Nullable String code = cells.size() > codeColumn ? codeOf(cells.get(codeColumn)) : null;
            String name = cells.size() > nameColumn ? cells.get(nameColumn).strip() : "";
            if (code == null || name.isEmpty() || name.length() > 100 || rows.containsKey(code)) {
                throw new DomainProblem.Unprocessable(
                        "admin.municipality.import-line-invalid",
                        "Line " + (number + 1) + " holds no gemeente: a code, a name, each once.",
                        Map.of("line", number + 1));
            }
            rows.put(code, name);
        }
        return rows;
    }

    private static char separatorOf(String header) {
        char best = ';';
        long most = -1;
        for (char candidate : new char[] {';', ',', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }

    /** The cells of a line; a cell in double quotes may hold the separator, "" is a quote. */
    private static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == separator && !quoted) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    /** GM0344, or the number 344 / 0344, as GM0344; null for anything else. */
    private static @Nullable String codeOf(String cell) {
        String value = cell.strip().toUpperCase(Locale.ROOT);
        if (Municipalities.CODE.matcher(value).matches()) {
            return value;
        }
        if (value.matches("\\d{1,4}")) {
            return "GM" + "0".repeat(4 - value.length()) + value;
        }
        return null;
    }

    private static DomainProblem unreadable(String detail) {
        return new DomainProblem.Unprocessable("admin.municipality.import-unreadable", detail, Map.of());
    }
}
