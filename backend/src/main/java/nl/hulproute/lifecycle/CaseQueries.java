package nl.hulproute.lifecycle;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.hulproute.shared.Actor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** The caseload query: the filter, the access rules of {@link CaseAccess}, and the caseload's orderings. */
@Component
class CaseQueries {

    private final EntityManager entityManager;
    private final CaseAccess access;

    CaseQueries(EntityManager entityManager, CaseAccess access) {
        this.entityManager = entityManager;
        this.access = access;
    }

    Page<Case> caseload(Actor actor, CaseFilter filter, Pageable pageable) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();

        CaseAccess.Reach reach = access.reachOf(actor);
        CriteriaQuery<Case> select = cb.createQuery(Case.class);
        Root<Case> theCase = select.from(Case.class);
        select.where(listed(where(reach, filter, theCase, cb), filter, theCase, cb))
                .orderBy(orderOf(filter.sort(), theCase, cb));
        List<Case> content = entityManager
                .createQuery(select)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Case> counted = count.from(Case.class);
        count.select(cb.count(counted)).where(listed(where(reach, filter, counted, cb), filter, counted, cb));
        long total = entityManager.createQuery(count).getSingleResult();

        return new PageImpl<>(content, pageable, total);
    }

    /** How many of the actor's cases are in each state, under the filter (its states aside). */
    Map<CaseState, Long> countByState(Actor actor, CaseFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Case> theCase = query.from(Case.class);
        query.multiselect(theCase.get("state"), cb.count(theCase))
                .where(where(access.reachOf(actor), filter.anyState(), theCase, cb))
                .groupBy(theCase.get("state"));
        Map<CaseState, Long> counts = new EnumMap<>(CaseState.class);
        for (CaseState state : CaseState.values()) {
            counts.put(state, 0L);
        }
        for (Object[] row : entityManager.createQuery(query).getResultList()) {
            counts.put((CaseState) row[0], (Long) row[1]);
        }
        return counts;
    }

    private Predicate[] where(CaseAccess.Reach reach, CaseFilter filter, Root<Case> theCase, CriteriaBuilder cb) {
        List<Predicate> all = new ArrayList<>();
        all.add(reach.of(theCase, cb));
        if (!filter.states().isEmpty()) {
            all.add(theCase.get("state").in(filter.states()));
        }
        if (filter.line() != null) {
            all.add(theCase.get("state")
                    .in(Arrays.stream(CaseState.values())
                            .filter(state -> state.line() == filter.line())
                            .toList()));
        }
        if (filter.ownerId() != null) {
            all.add(cb.equal(theCase.get("ownerUserId"), filter.ownerId()));
        }
        if (filter.locationId() != null) {
            all.add(cb.equal(theCase.get("locationId"), filter.locationId()));
        }
        if (!filter.urgencies().isEmpty()) {
            all.add(theCase.get("urgency").in(filter.urgencies()));
        }
        if (filter.studentIds() != null) {
            all.add(
                    filter.studentIds().isEmpty()
                            ? cb.disjunction()
                            : theCase.get("studentId").in(filter.studentIds()));
        }
        return all.toArray(Predicate[]::new);
    }

    /**
     * Anonymised cases are left out of the list (there is nothing left to open) but not out of the counts, which
     * are figures and keep counting them. Without a state, the list holds the open cases (closed ones are asked for
     * by state): {@code ix_lifecycle_case_open_listed} serves that filter and the default order, and the count of
     * the page is read from it alone; {@code ix_lifecycle_case_state_listed} does the same for one state.
     */
    private static Predicate[] listed(Predicate[] where, CaseFilter filter, Root<Case> theCase, CriteriaBuilder cb) {
        List<Predicate> listed = new ArrayList<>(Arrays.asList(where));
        listed.add(cb.isNull(theCase.get("anonymisedAt")));
        if (filter.states().isEmpty()) {
            // `open_case = 1`, not `isTrue`: MariaDB reads a bare `WHERE open_case` as a range, and then neither
            // the filter nor the order is served by the index (a filesort of every open case, docs/performance.md)
            listed.add(cb.equal(theCase.get("openCase"), true));
        }
        return listed.toArray(Predicate[]::new);
    }

    private static List<Order> orderOf(CaseSort sort, Root<Case> theCase, CriteriaBuilder cb) {
        Order oldestFirst = cb.asc(theCase.get("openedAt"));
        Order stable = cb.asc(theCase.get("id"));
        return switch (sort) {
            case URGENCY -> List.of(cb.asc(theCase.get("urgencyRank")), oldestFirst, stable);
            case OLDEST_FIRST -> List.of(oldestFirst, stable);
            case NEWEST_FIRST -> List.of(cb.desc(theCase.get("openedAt")), cb.desc(theCase.get("id")));
            case STATE -> List.of(cb.asc(stateRank(theCase, cb)), oldestFirst, stable);
        };
    }

    /** States in route order, as {@link CaseState} declares them. */
    private static Expression<Integer> stateRank(Root<Case> theCase, CriteriaBuilder cb) {
        CriteriaBuilder.SimpleCase<CaseState, Integer> rank = cb.selectCase(theCase.get("state"));
        for (CaseState state : CaseState.values()) {
            rank.when(state, state.ordinal());
        }
        return rank.otherwise(CaseState.values().length);
    }
}
