package nl.hulproute.people;

import java.sql.ResultSet;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds students by what people type: any words of the first name, tussenvoegsel and last name and the student number,
 * in any order, each the start of a word ("Sem J", "van den", "jacobs sem", "Jose" for José), case- and
 * accent-insensitive. Each typed word must start one of the student's search keys ({@code people_student_search_key});
 * every word is answered by a range on the key index, so a search never scans the students.
 */
@Component
class StudentSearch {

    /** More words than this add nothing a person types to find someone; the rest are ignored. */
    static final int MAX_WORDS = 5;

    private static final int MAX_KEY_LENGTH = 100;
    private static final Pattern NOT_A_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern COMBINING_MARK = Pattern.compile("\\p{M}+");

    private final NamedParameterJdbcTemplate jdbc;

    StudentSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The search keys of a student: each word of their names and their number, folded. */
    static Set<String> keysOf(
            String firstName, @Nullable String lastNamePrefix, String lastName, String studentNumber) {
        Set<String> keys = new LinkedHashSet<>(
                words(firstName + " " + (lastNamePrefix == null ? "" : lastNamePrefix) + " " + lastName));
        keys.addAll(words(studentNumber));
        return keys;
    }

    /** The words of what someone typed, folded like the keys: lower case, without accents, without punctuation. */
    static List<String> words(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        String folded = COMBINING_MARK
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace('ı', 'i')
                .replace('ł', 'l')
                .replace("ø", "o")
                .replace("ß", "ss")
                .replace("æ", "ae")
                .replace("œ", "oe");
        return Arrays.stream(NOT_A_LETTER_OR_DIGIT.split(folded))
                .filter(word -> !word.isEmpty())
                .map(word -> word.length() > MAX_KEY_LENGTH ? word.substring(0, MAX_KEY_LENGTH) : word)
                .distinct()
                .toList();
    }

    /**
     * Whether what someone typed can match no one: text without a letter or digit, or with a {@code %} or {@code _},
     * which no name or number holds (they are characters here, not wildcards).
     */
    static boolean findsNobody(@Nullable String text) {
        return text != null
                && !text.isBlank()
                && (text.indexOf('%') >= 0
                        || text.indexOf('_') >= 0
                        || words(text).isEmpty());
    }

    /**
     * Which students someone sees (the students they coach as SLB'er, those at the locations they work at as
     * zorgcoördinator, or both) and the words typed; without words, all of those students.
     */
    record Query(@Nullable Long slbUserId, Set<Long> locationIds, List<String> words) {
        Query {
            locationIds = Set.copyOf(locationIds);
            words = limited(words);
        }

        /** Whether this actor sees no student at all: neither an SLB'er nor a zorgcoördinator with locations. */
        boolean seesNobody() {
            return slbUserId == null && locationIds.isEmpty();
        }

        /**
         * Only the rules that apply: a zorgcoördinator's search reads their locations' students in name order from
         * {@code ix_people_student_location_listed} and stops at the page, where {@code slb_user_id = -1 OR …} made
         * MariaDB read and sort every student of the location (30 ms for one name at `national`).
         */
        String visibility() {
            return anyOf(
                    slbUserId == null ? null : "s.slb_user_id = :slbUserId",
                    locationIds.isEmpty() ? null : AT_LOCATIONS);
        }

        /** Whether the students seen are those of some locations only, so the words are looked up there. */
        boolean atLocationsOnly() {
            return slbUserId == null && !locationIds.isEmpty();
        }

        MapSqlParameterSource parameters() {
            return StudentSearch.parameters(words)
                    .addValue("slbUserId", slbUserId)
                    .addValue("locationIds", locationIds);
        }
    }

    /**
     * The SQL of {@link #visible}: what the EXPLAIN in the tests looks at. A search collects and sorts its matches
     * anyway, so it counts them in the same statement, with a window over the whole result taken before the
     * {@code LIMIT}; the list without words is read in name order from the index and stops at the page, so it is
     * counted apart ({@link #countVisible}).
     */
    static String visibleSql(Query query) {
        return "SELECT s.id" + (query.words().isEmpty() ? "" : ", COUNT(*) OVER () AS total")
                + " FROM people_student s WHERE " + query.visibility() + " AND s.anonymised_at IS NULL"
                + wordConditions(query.words().size(), query.atLocationsOnly())
                + " ORDER BY s.last_name, s.first_name, s.student_number, s.id LIMIT :limit OFFSET :offset";
    }

    /** A page of ids, and how many there are in all when the page's statement counted them. */
    record Found(List<Long> ids, OptionalLong total) {}

    /** The ids of a page of students this actor sees whose keys start with every word (if any), by name. */
    Found visible(Query query, long offset, int limit) {
        if (query.seesNobody()) {
            return new Found(List.of(), OptionalLong.of(0));
        }
        MapSqlParameterSource parameters =
                query.parameters().addValue("limit", limit).addValue("offset", offset);
        if (query.words().isEmpty()) {
            return new Found(jdbc.queryForList(visibleSql(query), parameters, Long.class), OptionalLong.empty());
        }
        List<Long> ids = new ArrayList<>(limit);
        long[] total = {0};
        jdbc.query(visibleSql(query), parameters, (ResultSet row) -> {
            ids.add(row.getLong(1));
            total[0] = row.getLong(2);
        });
        // a page past the last has no row to carry the total
        return new Found(ids, ids.isEmpty() && offset > 0 ? OptionalLong.empty() : OptionalLong.of(total[0]));
    }

    long countVisible(Query query) {
        if (query.seesNobody()) {
            return 0;
        }
        Long count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM people_student s WHERE " + query.visibility() + " AND s.anonymised_at IS NULL"
                        + wordConditions(query.words().size(), query.atLocationsOnly()),
                query.parameters(),
                Long.class);
        return count == null ? 0 : count;
    }

    /** The SQL of {@link #anywhere}: students of the whole school, by name. */
    static String anywhereSql(int words) {
        return "SELECT s.id FROM people_student s WHERE s.anonymised_at IS NULL"
                + wordConditions(words, false)
                + " ORDER BY s.last_name, s.first_name, s.student_number, s.id LIMIT :limit";
    }

    /** Ids of up to {@code limit} students anywhere in the school whose keys start with every word. */
    List<Long> anywhere(List<String> words, int limit) {
        List<String> limited = limited(words);
        return jdbc.queryForList(
                anywhereSql(limited.size()), parameters(limited).addValue("limit", limit), Long.class);
    }

    /**
     * The SQL of {@link #among}: students at some locations, or some students, or both, answered from the keys alone.
     * A student's keys are kept at their location and removed when they are anonymised ({@link Student#anonymise}),
     * so no student row is read, and nothing is sorted: the caller filters its own records by the ids, in its own
     * order. Reading each student for its location and sorting them by name was 29% of the statement for "van den"
     * (704 students at one `roc` location) and 46% for "jansen" (205; docs/performance.md). Only the reach that is
     * there is written (see {@link Query#visibility}).
     */
    static String amongSql(int words, boolean atLocations, boolean granted) {
        String reach = anyOf(
                atLocations ? "k0.location_id IN (:locationIds)" : null,
                granted ? "k0.student_id IN (:studentIds)" : null);
        return "SELECT DISTINCT k0.student_id FROM people_student_search_key k0 WHERE " + reach
                + " AND k0.search_key LIKE :w0"
                + wordConditions("k0.student_id", 1, words, atLocations && !granted)
                + " LIMIT :limit";
    }

    /**
     * Ids of up to {@code limit} students at these locations or with these ids (one of them not empty: the caller,
     * {@link Students#idsMatching}, asks for none otherwise) whose keys start with every word, in no order.
     */
    List<Long> among(List<String> words, Collection<Long> locationIds, Collection<Long> studentIds, int limit) {
        List<String> limited = limited(words);
        return jdbc.queryForList(
                amongSql(limited.size(), !locationIds.isEmpty(), !studentIds.isEmpty()),
                parameters(limited)
                        .addValue("locationIds", locationIds)
                        .addValue("studentIds", studentIds)
                        .addValue("limit", limit),
                Long.class);
    }

    private static final String AT_LOCATIONS = "s.location_id IN (:locationIds)";

    /** The conditions that are there (at least one), joined by {@code OR}: no rule is written that no one matches. */
    private static String anyOf(@Nullable String... conditions) {
        return Stream.of(conditions).filter(Objects::nonNull).collect(Collectors.joining(" OR ", "(", ")"));
    }

    /**
     * One condition per word: some key of the student starts with it. Among some locations' students only, the keys
     * are looked up at those locations ({@code ix_people_student_search_key_location}), not in the whole school's
     * ({@code ix_people_student_search_key_key}), each of which was then looked up for its location.
     */
    private static String wordConditions(int words, boolean atLocationsOnly) {
        return wordConditions("s.id", 0, words, atLocationsOnly);
    }

    /** The same for the words from {@code first} on, each a condition on the student id in {@code studentId}. */
    private static String wordConditions(String studentId, int first, int words, boolean atLocationsOnly) {
        return Stream.iterate(first, i -> i + 1)
                .limit(Math.max(0, words - first))
                .map(i -> (" AND %2$s IN (SELECT k%1$d.student_id FROM people_student_search_key k%1$d WHERE "
                                + (atLocationsOnly ? "k%1$d.location_id IN (:locationIds) AND " : "")
                                + "k%1$d.search_key LIKE :w%1$d)")
                        .formatted(i, studentId))
                .collect(Collectors.joining("\n"));
    }

    private static MapSqlParameterSource parameters(List<String> words) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        for (int i = 0; i < words.size(); i++) {
            // words hold only letters and digits, so no LIKE wildcard comes from the user
            parameters.addValue("w" + i, words.get(i) + "%");
        }
        return parameters;
    }

    static List<String> limited(List<String> words) {
        return List.copyOf(words.subList(0, Math.min(words.size(), MAX_WORDS)));
    }
}
