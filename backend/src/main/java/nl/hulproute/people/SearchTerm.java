package nl.hulproute.people;

import java.util.Locale;

/**
 * What someone types to find a person is text, not a pattern: {@code %} and {@code _} match themselves. The queries
 * say {@code like … escape '!'}; {@code !} is the escape character because a backslash means something of its own
 * in both HQL and MariaDB string literals.
 */
final class SearchTerm {

    static final char ESCAPE = '!';

    private SearchTerm() {}

    /** The term with LIKE's wildcards and the escape character escaped. */
    static String escaped(String term) {
        StringBuilder escaped = new StringBuilder(term.length() + 8);
        for (char c : term.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** A pattern for "contains the term", in lower case. */
    static String containing(String term) {
        return "%" + escaped(term.toLowerCase(Locale.ROOT)) + "%";
    }
}
