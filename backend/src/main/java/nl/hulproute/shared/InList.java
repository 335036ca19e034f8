package nl.hulproute.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Writes a JPQL {@code in} over a list of values as a condition ({@link JpqlWhere}) whose SQL Hibernate keeps.
 * Hibernate 6 translates a query to SQL again on every call when a parameter is bound to a list, as one parameter
 * inside {@code in (…)} may be (JPA lets it stand for a whole list): that translation was a tenth of a caseload page's
 * CPU, and two fifths of a name search's query with its hundreds of students (docs/performance.md). So each value is
 * a parameter of its own, and the list is padded to a power of two by repeating its last value, so a query has a
 * handful of shapes, each translated once. Up to {@link #LARGEST_EXPANDED} values are written as equalities,
 * {@code (path = :name0 or path = :name1 …)}, which get the same plan from MariaDB as an {@code in} list; a longer list
 * as {@code path in (:name0, :name1, …)}, because MariaDB weighs hundreds of equalities more slowly than an {@code in}
 * list of the same values (256: 3.0 → 3.9 ms for a name search's page). Past {@link #LARGEST_LISTED} values the list
 * stays one parameter, so the plan cache is not filled with ever larger shapes.
 */
public final class InList {

    static final int LARGEST_EXPANDED = 64;

    /** A caseload's name search binds up to 1,000 students (lifecycle.CaseQueries). */
    static final int LARGEST_LISTED = 1024;

    /** Whether {@code path} is one of these values (at least one), with parameters named {@code name0}, {@code name1}… */
    public static JpqlWhere of(String path, String name, Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an in list needs at least one value: " + name);
        }
        if (values.size() > LARGEST_LISTED) {
            return new JpqlWhere(path + " in :" + name, Map.of(name, values));
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
        if (padded.size() > LARGEST_EXPANDED) {
            return new JpqlWhere(
                    IntStream.range(0, padded.size())
                            .mapToObj(i -> ":" + name + i)
                            .collect(Collectors.joining(", ", path + " in (", ")")),
                    parameters);
        }
        return new JpqlWhere(
                IntStream.range(0, padded.size())
                        .mapToObj(i -> path + " = :" + name + i)
                        .collect(Collectors.joining(" or ", "(", ")")),
                parameters);
    }

    private InList() {}
}
