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
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
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

    AccessLogSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
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

    public Page<AccessLogView> search(Query query, Pageable pageable) {
        if (matchesNothing(query)) {
            return Page.empty(pageable);
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AccessLogEntry> select = cb.createQuery(AccessLogEntry.class);
        Root<AccessLogEntry> entry = select.from(AccessLogEntry.class);
        select.where(where(query, entry, cb)).orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
        List<AccessLogView> content = entityManager.createQuery(select)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList()
                .stream()
                .map(AccessLogEntry::toView)
                .toList();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AccessLogEntry> counted = count.from(AccessLogEntry.class);
        count.select(cb.count(counted)).where(where(query, counted, cb));
        return new PageImpl<>(content, pageable, entityManager.createQuery(count).getSingleResult());
    }

    /** Up to {@code limit} lines of the search, newest first: for an export. */
    public List<AccessLogView> all(Query query, int limit) {
        return search(query, org.springframework.data.domain.PageRequest.of(0, limit)).getContent();
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
