package nl.hulproute.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.hulproute.privacy.AccessAction;
import nl.hulproute.privacy.AccessLog;
import nl.hulproute.privacy.AccessedRecord;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.DomainProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What choosing a provider for a case needs from the lifecycle: the case as its zorgcoördinator sees it, and how long
 * students recently waited for each provider, from the case history.
 */
@Service
@Transactional(readOnly = true)
public class Referrals {

    private final CaseAccess access;
    private final AccessLog accessLog;
    private final EntityManager entities;
    private final ObjectMapper json;
    private final Clock clock;

    Referrals(CaseAccess access, AccessLog accessLog, EntityManager entities, ObjectMapper json, Clock clock) {
        this.access = access;
        this.accessLog = accessLog;
        this.entities = entities;
        this.json = json;
        this.clock = clock;
    }

    /** The case a provider is being chosen for: whose it is, where, in which state, and the provider so far. */
    public record ReferralCase(
            long caseId,
            long studentId,
            long locationId,
            CaseState state,
            @Nullable Long providerId) {}

    /**
     * The case, for one of its own zorgcoördinatoren choosing where to refer the student: 404 for anyone who may not
     * see it, 403 for anyone else who may (a provider, a break-glass reader). The read is logged under {@code record}.
     */
    public ReferralCase forReferral(Actor actor, long caseId, String record) {
        Case theCase = access.readable(actor, caseId);
        if (!access.mayCorrect(actor, theCase)) {
            throw new DomainProblem.Forbidden(
                    "referral.forbidden",
                    "Only the case's own zorgcoördinatoren choose where to refer the student.",
                    Map.of("caseId", caseId));
        }
        accessLog.record(
                actor,
                AccessAction.VIEW,
                List.of(new AccessedRecord(theCase.studentId(), record, caseId)),
                access.purposeOf(actor, theCase));
        return new ReferralCase(
                theCase.id(), theCase.studentId(), theCase.locationId(), theCase.state(), theCase.providerId());
    }

    /**
     * The recorded waits per provider, in days: from the referral to a provider (the last {@code REFER} to it) until
     * it accepted the handover, for every handover accepted on or after {@code since}. No student data, only days.
     */
    public Map<Long, List<Long>> recordedWaits(LocalDate since) {
        Instant from = since.atStartOfDay(clock.getZone()).toInstant();
        List<CaseTransition> steps = entities.createQuery("""
                        select t from CaseTransition t
                        where t.event in :events and t.caseId in (
                            select a.caseId from CaseTransition a where a.event = :accepted and a.occurredAt >= :from)
                        order by t.caseId, t.occurredAt, t.id
                        """, CaseTransition.class)
                .setParameter("events", List.of(CaseEvent.REFER, CaseEvent.ACCEPT_HANDOVER))
                .setParameter("accepted", CaseEvent.ACCEPT_HANDOVER)
                .setParameter("from", from)
                .getResultList();
        Map<Long, List<Long>> waits = new HashMap<>();
        long caseId = -1;
        Instant referredAt = null;
        Long referredTo = null;
        for (CaseTransition step : steps) {
            if (step.caseId() != caseId) {
                caseId = step.caseId();
                referredAt = null;
                referredTo = null;
            }
            if (step.event() == CaseEvent.REFER) {
                referredAt = step.occurredAt();
                referredTo = providerIn(step.payload());
            } else if (referredAt != null
                    && referredTo != null
                    && !step.occurredAt().isBefore(from)) {
                waits.computeIfAbsent(referredTo, provider -> new ArrayList<>())
                        .add(ChronoUnit.DAYS.between(
                                referredAt.atZone(clock.getZone()).toLocalDate(),
                                step.occurredAt().atZone(clock.getZone()).toLocalDate()));
                referredAt = null;
            }
        }
        return waits;
    }

    private @Nullable Long providerIn(String payload) {
        try {
            JsonNode provider = json.readTree(payload).path("providerId");
            return provider.isIntegralNumber() ? provider.asLong() : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
