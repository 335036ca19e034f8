package nl.hulproute.shared;

import jakarta.persistence.TypedQuery;
import java.util.Map;

/**
 * A JPQL where clause and its parameters by name, for a query whose text depends only on which filters are present:
 * Hibernate keeps the SQL of each such text, where a criteria query is translated again on every call
 * (docs/performance.md).
 *
 * @param jpql the condition
 * @param parameters the values to bind, by name
 */
public record JpqlWhere(String jpql, Map<String, Object> parameters) {

    /** Adds the parameters to those of a larger condition; this part of its text. */
    public String into(Map<String, Object> parameters) {
        parameters.putAll(this.parameters);
        return jpql;
    }

    /** Binds the parameters to a query written with {@link #jpql}. */
    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
