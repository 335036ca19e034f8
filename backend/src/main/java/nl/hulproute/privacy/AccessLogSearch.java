package nl.hulproute.privacy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.hulproute.shared.BoundedPage;
import nl.hulproute.shared.InList;
import nl.hulproute.shared.JpqlWhere;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the access log for the privacy officer, newest first. Each filter has an index that serves it with the
 * order: by student, by user, by action, break-glass only, or only by period. Written as JPQL whose text depends only
 * on which filters are present, so Hibernate keeps each variant's SQL; a criteria query is translated again on every
 * call (docs/performance.md). The caller checks the permission and records that the log was read
 * ({@link AccessLog#recordLogRead}).
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
        JpqlWhere where = where(query);
        return where.bind(entityManager.createQuery(
                        "select e.id from AccessLogEntry e where " + where.jpql(), Long.class))
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
        JpqlWhere where = where(query);
        return where
                .bind(entityManager.createQuery(
                        "select e from AccessLogEntry e where " + where.jpql()
                                + " order by e.occurredAt desc, e.id desc",
                        AccessLogEntry.class))
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

    private static JpqlWhere where(Query query) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        if (query.studentIds() != null) {
            all.add(InList.of("e.studentId", "students", query.studentIds()).into(parameters));
        }
        if (query.userIds() != null) {
            all.add(InList.of("e.userId", "users", query.userIds()).into(parameters));
        }
        if (query.action() != null) {
            all.add("e.action = :action");
            parameters.put("action", query.action());
        }
        if (query.breakGlassOnly()) {
            // `break_glass = ?` (true), not a bare `break_glass`: MariaDB reads that as a range, and then sorts the
            // matching lines where ix_privacy_access_log_break_glass serves the order
            all.add("e.breakGlass = :breakGlass");
            parameters.put("breakGlass", true);
        }
        all.add("e.occurredAt >= :from");
        parameters.put("from", query.from());
        all.add("e.occurredAt < :until");
        parameters.put("until", query.until());
        return new JpqlWhere(String.join(" and ", all), parameters);
    }
}
