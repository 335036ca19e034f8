package nl.hulproute.privacy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.hulproute.shared.BoundedPage;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the access log for the privacy officer, newest first. Each filter has an index that serves it with the
 * order: by student, by user, by action, break-glass only, or only by period. The caller checks the permission and
 * records that the log was read ({@link AccessLog#recordLogRead}).
 */
@Service
@Transactional(readOnly = true)
public class AccessLogSearch {

    private final EntityManager entityManager;
    private final AccessLogMapper mapper;

    AccessLogSearch(EntityManager entityManager, AccessLogMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /**
     * What to look for; a null set means any, an empty set none (a name that matched nobody). The period is
     * {@code from} inclusive to {@code until} exclusive.
     */
    public record Query(
            @Nullable Set<Long> studentIds,
            @Nullable Set<Long> userIds,
            @Nullable AccessAction action,
            boolean breakGlassOnly,
            Instant from,
            Instant until) {}

    /** A page of the search, its total counted a few pages ahead: the log grows with every read. */
    public BoundedPage<AccessLogView> search(Query query, Pageable pageable) {
        if (matchesNothing(query)) {
            return BoundedPage.empty(pageable);
        }
        List<AccessLogView> content = lines(query, pageable.getOffset(), pageable.getPageSize());
        return BoundedPage.of(content, pageable, limit -> countUpTo(query, limit));
    }

    /** The number of matching lines, counting no further than {@code limit}. */
    private long countUpTo(Query query, long limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<AccessLogEntry> counted = ids.from(AccessLogEntry.class);
        ids.select(counted.get("id")).where(where(query, counted, cb));
        return entityManager
                .createQuery(ids)
                .setMaxResults((int) limit)
                .getResultList()
                .size();
    }

    /** Up to {@code limit} lines of the search, newest first: for an export. */
    public List<AccessLogView> all(Query query, int limit) {
        return matchesNothing(query) ? List.of() : lines(query, 0, limit);
    }

    /** Newest first, served by the index of the filter, which ends in the time (see the migrations). */
    private List<AccessLogView> lines(Query query, long offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AccessLogEntry> select = cb.createQuery(AccessLogEntry.class);
        Root<AccessLogEntry> entry = select.from(AccessLogEntry.class);
        select.where(where(query, entry, cb)).orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
        return entityManager
                .createQuery(select)
                .setFirstResult((int) offset)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(mapper::toView)
                .toList();
    }

    private static boolean matchesNothing(Query query) {
        return (query.studentIds() != null && query.studentIds().isEmpty())
                || (query.userIds() != null && query.userIds().isEmpty());
    }

    private static Predicate[] where(Query query, Root<AccessLogEntry> entry, CriteriaBuilder cb) {
        List<Predicate> all = new ArrayList<>();
        if (query.studentIds() != null) {
            all.add(entry.get("studentId").in(query.studentIds()));
        }
        if (query.userIds() != null) {
            all.add(entry.get("userId").in(query.userIds()));
        }
        if (query.action() != null) {
            all.add(cb.equal(entry.get("action"), query.action()));
        }
        if (query.breakGlassOnly()) {
            all.add(cb.isTrue(entry.get("breakGlass")));
        }
        all.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), query.from()));
        all.add(cb.lessThan(entry.get("occurredAt"), query.until()));
        return all.toArray(Predicate[]::new);
    }
}
