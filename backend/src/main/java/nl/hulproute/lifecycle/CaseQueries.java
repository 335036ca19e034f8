package nl.hulproute.lifecycle;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.BoundedPage;
import nl.hulproute.shared.InList;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The caseload query: the filter, the access rules of {@link CaseAccess}, and the caseload's orderings. Written as
 * JPQL whose text depends only on which filters are present, so Hibernate keeps each variant's plan; a criteria
 * query is translated to SQL again on every call (docs/performance.md).
 */
@Component
class CaseQueries {

    /** A name search matching more students than this is too broad to be useful; the first ones are used. */
    private static final int NAMED_STUDENTS_LIMIT = 1000;

    private final EntityManager entityManager;
    private final CaseAccess access;

    CaseQueries(EntityManager entityManager, CaseAccess access) {
        this.entityManager = entityManager;
        this.access = access;
    }

    /**
     * A page of the caseload, its total counted a few pages ahead ({@link BoundedPage}): a large location has
     * thousands of open cases and tens of thousands of closed ones, and an exact count read every one of their index
     * entries on every page (docs/performance.md). The counts per state ({@link #countByState}) stay exact.
     */
    BoundedPage<Case> caseload(Actor actor, CaseFilter filter, Pageable pageable) {
        Where where = listed(where(actor, filter), filter);
        List<Case> content = where.bind(entityManager.createQuery(
                        "select c from LifecycleCase c where " + where.jpql() + " order by " + orderOf(filter.sort()),
                        Case.class))
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
        return BoundedPage.of(
                content,
                pageable,
                limit -> where.bind(entityManager.createQuery(
                                "select c.id from LifecycleCase c where " + where.jpql(), Long.class))
                        .setMaxResults((int) limit)
                        .getResultList()
                        .size());
    }

    /** How many of the actor's cases are in each state, under the filter (its states aside). */
    Map<CaseState, Long> countByState(Actor actor, CaseFilter filter) {
        Where where = where(actor, filter.anyState());
        Map<CaseState, Long> counts = new EnumMap<>(CaseState.class);
        for (CaseState state : CaseState.values()) {
            counts.put(state, 0L);
        }
        for (Object[] row : where.bind(entityManager.createQuery(
                        "select c.state, count(c) from LifecycleCase c where " + where.jpql() + " group by c.state",
                        Object[].class))
                .getResultList()) {
            counts.put((CaseState) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** A where clause and its parameters. */
    private record Where(String jpql, Map<String, Object> parameters) {

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    /**
     * The access rules and the filter. A name search looks among the students the actor reaches, with the reach the
     * query itself uses: the break-glass grants are read once.
     */
    private Where where(Actor actor, CaseFilter filter) {
        CaseAccess.Reach reach = access.reachOf(actor);
        return where(
                reach,
                filter,
                filter.name() == null ? null : access.studentsNamed(actor, filter.name(), reach, NAMED_STUDENTS_LIMIT));
    }

    /** The access rules ({@link CaseAccess.Reach}) and the filter, its name search as the students it found. */
    private static Where where(CaseAccess.Reach reach, CaseFilter filter, @Nullable List<Long> namedStudents) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> reachable = new ArrayList<>();
        if (!reach.locationIds().isEmpty()) {
            reachable.add(in(parameters, "c.locationId", "reachLocations", reach.locationIds()));
        }
        if (!reach.grantedStudentIds().isEmpty()) {
            reachable.add(in(parameters, "c.studentId", "grantedStudents", reach.grantedStudentIds()));
        }
        if (!reach.consentedCaseIds().isEmpty()) {
            reachable.add(in(parameters, "c.id", "consentedCases", reach.consentedCaseIds()));
        }
        List<String> all = new ArrayList<>();
        all.add(reachable.isEmpty() ? "1 = 0" : "(" + String.join(" or ", reachable) + ")");
        if (!filter.states().isEmpty()) {
            all.add(in(parameters, "c.state", "states", filter.states()));
        }
        if (filter.line() != null) {
            // the column the database keeps from the state, not the line's states: ix_lifecycle_case_line_listed
            // serves it with the default order, where a range of states was sorted (docs/performance.md)
            all.add("c.line = :line");
            parameters.put("line", filter.line());
        }
        if (filter.ownerId() != null) {
            all.add("c.ownerUserId = :ownerId");
            parameters.put("ownerId", filter.ownerId());
        }
        if (filter.locationId() != null) {
            all.add("c.locationId = :locationId");
            parameters.put("locationId", filter.locationId());
        }
        if (!filter.urgencies().isEmpty()) {
            all.add(in(
                    parameters,
                    "c.urgencyRank",
                    "urgencyRanks",
                    filter.urgencies().stream().map(Urgency::rank).sorted().toList()));
        }
        if (namedStudents != null) {
            if (namedStudents.isEmpty()) {
                all.add("1 = 0");
            } else {
                all.add(in(parameters, "c.studentId", "namedStudents", namedStudents));
            }
        }
        return new Where(String.join(" and ", all), parameters);
    }

    /** {@code path in (…)}, its values added to the parameters ({@link InList}: so Hibernate keeps the SQL). */
    private static String in(Map<String, Object> parameters, String path, String name, Collection<?> values) {
        InList in = InList.of(path, name, values);
        parameters.putAll(in.parameters());
        return in.jpql();
    }

    /**
     * Anonymised cases are left out of the list (there is nothing left to open) but not out of the counts, which
     * are figures and keep counting them. Without a state, the list holds the open cases (closed ones are asked for
     * by state): {@code ix_lifecycle_case_open_listed} serves that filter and the default order, and the count of
     * the page is read from it alone; {@code ix_lifecycle_case_state_listed} does the same for one state, and
     * {@code ix_lifecycle_case_line_listed} for one line.
     */
    private static Where listed(Where where, CaseFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>(where.parameters());
        String jpql = where.jpql() + " and c.anonymisedAt is null";
        if (filter.states().isEmpty()) {
            // `open_case = ?` (true), not a bare `open_case`: MariaDB reads `WHERE open_case` as a range, and then
            // neither the filter nor the order is served by the index (a filesort of every open case)
            jpql += " and c.openCase = :open";
            parameters.put("open", true);
        }
        return new Where(jpql, parameters);
    }

    private static String orderOf(CaseSort sort) {
        return switch (sort) {
            case URGENCY -> "c.urgencyRank, c.openedAt, c.id";
            case OLDEST_FIRST -> "c.openedAt, c.id";
            case NEWEST_FIRST -> "c.openedAt desc, c.id desc";
            case STATE -> STATE_RANK + ", c.openedAt, c.id";
        };
    }

    /** States in route order, as {@link CaseState} declares them. */
    private static final String STATE_RANK = Arrays.stream(CaseState.values())
            .map(state -> " when " + CaseState.class.getName() + "." + state.name() + " then " + state.ordinal())
            .collect(Collectors.joining("", "case c.state", " else " + CaseState.values().length + " end"));
}
