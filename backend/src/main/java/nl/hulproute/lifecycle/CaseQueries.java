package nl.hulproute.lifecycle;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.BoundedPage;
import nl.hulproute.shared.InList;
import nl.hulproute.shared.JpqlWhere;
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

    /** A name search matching more students than this is too broad to be useful; this many of them are used. */
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
     * {@code read} gets the page's rows before the list is counted, so what it starts (the access-log line of ADR 22)
     * goes on meanwhile.
     */
    BoundedPage<CaseRow> caseload(
            Actor actor, CaseAccess.Reach reach, CaseFilter filter, Pageable pageable, Consumer<List<CaseRow>> read) {
        JpqlWhere where = listed(where(actor, reach, filter), filter);
        List<CaseRow> content = where.bind(entityManager.createQuery(
                        CaseRow.SELECT_FROM + " where " + where.jpql() + " order by " + orderOf(filter.sort()),
                        CaseRow.class))
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
        read.accept(content);
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
        JpqlWhere where = where(actor, filter.anyState());
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

    private JpqlWhere where(Actor actor, CaseFilter filter) {
        return where(actor, access.reachOf(actor), filter);
    }

    /**
     * The access rules and the filter. A name search looks among the students the actor reaches, with the reach the
     * query itself uses: the break-glass grants are read once.
     */
    private JpqlWhere where(Actor actor, CaseAccess.Reach reach, CaseFilter filter) {
        return where(
                reach,
                filter,
                filter.name() == null ? null : access.studentsNamed(actor, filter.name(), reach, NAMED_STUDENTS_LIMIT));
    }

    /** The access rules ({@link CaseAccess.Reach}) and the filter, its name search as the students it found. */
    private static JpqlWhere where(CaseAccess.Reach reach, CaseFilter filter, @Nullable List<Long> namedStudents) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> reachable = new ArrayList<>();
        if (!reach.locationIds().isEmpty()) {
            reachable.add(InList.of("c.locationId", "reachLocations", reach.locationIds())
                    .into(parameters));
        }
        if (!reach.grantedStudentIds().isEmpty()) {
            reachable.add(InList.of("c.studentId", "grantedStudents", reach.grantedStudentIds())
                    .into(parameters));
        }
        if (!reach.consentedCaseIds().isEmpty()) {
            reachable.add(InList.of("c.id", "consentedCases", reach.consentedCaseIds())
                    .into(parameters));
        }
        List<String> all = new ArrayList<>();
        all.add(reachable.isEmpty() ? "1 = 0" : "(" + String.join(" or ", reachable) + ")");
        if (!filter.states().isEmpty()) {
            all.add(InList.of("c.state", "states", filter.states()).into(parameters));
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
            all.add(InList.of(
                            "c.urgencyRank",
                            "urgencyRanks",
                            filter.urgencies().stream()
                                    .map(Urgency::rank)
                                    .sorted()
                                    .toList())
                    .into(parameters));
        }
        if (namedStudents != null) {
            if (namedStudents.isEmpty()) {
                all.add("1 = 0");
            } else {
                all.add(InList.of("c.studentId", "namedStudents", namedStudents).into(parameters));
            }
        }
        return new JpqlWhere(String.join(" and ", all), parameters);
    }

    /**
     * Anonymised cases are left out of the list (there is nothing left to open) but not out of the counts, which
     * are figures and keep counting them. Without a state, the list holds the open cases (closed ones are asked for
     * by state): {@code ix_lifecycle_case_open_listed} serves that filter and the default order, and the count of
     * the page is read from it alone. MariaDB may read the page itself on {@code ix_lifecycle_case_open_urgency}, the
     * same without the anonymisation, checking it per row: either is read in order and stops at the page's end
     * (docs/performance.md, the EXPLAINs). {@code ix_lifecycle_case_state_listed} does the same for one state, and
     * {@code ix_lifecycle_case_line_listed} for one line.
     */
    private static JpqlWhere listed(JpqlWhere where, CaseFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>(where.parameters());
        String jpql = where.jpql() + " and c.anonymisedAt is null";
        if (filter.states().isEmpty()) {
            // `open_case = ?` (true), not a bare `open_case`: MariaDB reads `WHERE open_case` as a range, and then
            // neither the filter nor the order is served by the index (a filesort of every open case)
            jpql += " and c.openCase = :open";
            parameters.put("open", true);
        }
        return new JpqlWhere(jpql, parameters);
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
