package nl.hulproute.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.hulproute.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Noodtoegang: a zorgcoördinator who must see a student of another location states why and gets read access to
 * that student's cases for a limited time. The use is in the access log, and every read under it carries the reason
 * as its purpose; the caller tells the student's own zorgcoördinatoren.
 */
@Service
@Transactional
public class BreakGlass {

    private final BreakGlassGrantRepository grants;
    private final AccessLog accessLog;
    private final PrivacyProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BreakGlass(
            BreakGlassGrantRepository grants,
            AccessLog accessLog,
            PrivacyProperties properties,
            Clock clock,
            ApplicationEventPublisher events) {
        this.grants = grants;
        this.accessLog = accessLog;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
    }

    /**
     * A user was granted break-glass until then. Published inside the grant's transaction, for a listener that must
     * act in it: the grant counts from the user's next request on.
     */
    public record Granted(long userId, Instant expiresAt) {}

    /** A granted break-glass: until when, and why. */
    public record Grant(long studentId, String reason, Instant expiresAt) {

        /** The purpose reads under this grant are logged with. */
        public String purpose() {
            return "BREAK_GLASS: " + reason;
        }
    }

    /**
     * Grants break-glass and tells what happened ({@link Granted}), in this transaction: the user's account notes
     * until when, so that their next request, in any session, reads the grant (ADR 27).
     */
    public Grant grant(Actor actor, long studentId, String reason) {
        Instant now = clock.instant();
        BreakGlassGrant grant = grants.save(new BreakGlassGrant(
                actor.id(), studentId, reason.strip(), now, now.plus(properties.breakGlassDuration())));
        Grant granted = new Grant(studentId, grant.reason(), grant.expiresAt());
        events.publishEvent(new Granted(actor.id(), grant.expiresAt()));
        accessLog.record(
                actor,
                AccessAction.BREAK_GLASS,
                java.util.List.of(new AccessedRecord(studentId, "student", studentId)),
                granted.purpose());
        return granted;
    }

    /** The actor's break-glass grants in force now, by student (the latest grant per student). */
    @Transactional(readOnly = true)
    public Map<Long, Grant> activeGrants(Actor actor) {
        Instant now = clock.instant();
        // most zorgcoördinatoren hold none: their account says so, and every list page asked the database (ADR 27)
        if (!actor.mayHoldBreakGlassAt(now)) {
            return Map.of();
        }
        return grants.findByUserIdAndExpiresAtAfter(actor.id(), now).stream()
                .map(grant -> new Grant(grant.studentId(), grant.reason(), grant.expiresAt()))
                .collect(Collectors.toMap(
                        Grant::studentId,
                        Function.identity(),
                        (a, b) -> Comparator.comparing(Grant::expiresAt).compare(a, b) >= 0 ? a : b));
    }

    @Transactional(readOnly = true)
    public Optional<Grant> activeGrant(Actor actor, long studentId) {
        return Optional.ofNullable(activeGrants(actor).get(studentId));
    }
}
