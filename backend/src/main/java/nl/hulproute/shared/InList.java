package nl.hulproute.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Writes a JPQL {@code in} over a list of values as a condition ({@link JpqlWhere}), one equality per value, so that
 * Hibernate keeps the query's SQL. Hibernate 6 translates a query to SQL again on every call when a parameter may take
 * a list, and a parameter inside {@code in (…)} always may (JPA lets one parameter there stand for a whole list); that
 * translation was a tenth of a caseload page's CPU (docs/performance.md). {@code (path = :name0 or path = :name1 …)}
 * gets the same plan from MariaDB. The list is padded to a power of two by repeating its last value, so a query has a
 * handful of shapes, each translated once. Past {@link #LARGEST_EXPANDED} values (a name search's hundreds of
 * students, a provider's consented cases) the values are ids, written as one JSON array in one parameter
 * ({@link InListFunction}): Hibernate keeps that query's SQL too, and binds one string, not hundreds of parameters.
 */
public final class InList {

    static final int LARGEST_EXPANDED = 64;

    /** Whether {@code path} is one of these values (at least one), with parameters named {@code name0}, {@code name1}… */
    public static JpqlWhere of(String path, String name, Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an in list needs at least one value: " + name);
        }
        if (values.size() > LARGEST_EXPANDED) {
            return new JpqlWhere(
                    InListFunction.NAME + "(:" + name + ", " + path + ")", Map.of(name, jsonArray(values)));
        }
        List<Object> padded = new ArrayList<>(values);
        int size = Integer.highestOneBit(values.size());
        if (size < values.size()) {
            size <<= 1;
        }
        while (padded.size() < size) {
            padded.add(padded.get(padded.size() - 1));
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < padded.size(); i++) {
            parameters.put(name + i, padded.get(i));
        }
        return new JpqlWhere(
                IntStream.range(0, padded.size())
                        .mapToObj(i -> path + " = :" + name + i)
                        .collect(Collectors.joining(" or ", "(", ")")),
                parameters);
    }

    /** The ids as a JSON array of whole numbers, which {@code JSON_TABLE} reads back as {@code bigint}. */
    private static String jsonArray(Collection<?> ids) {
        return ids.stream()
                .map(id -> {
                    if (id instanceof Long || id instanceof Integer) {
                        return id.toString();
                    }
                    throw new IllegalArgumentException("a list past " + LARGEST_EXPANDED + " values holds ids: " + id);
                })
                .collect(Collectors.joining(",", "[", "]"));
    }

    private InList() {}
}
