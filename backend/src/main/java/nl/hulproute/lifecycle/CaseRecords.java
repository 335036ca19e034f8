package nl.hulproute.lifecycle;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.hulproute.lifecycle.CaseViews.ConsentView;
import nl.hulproute.lifecycle.CaseViews.TransitionView;
import nl.hulproute.people.People;
import nl.hulproute.people.PersonRef;
import nl.hulproute.people.UserSummary;
import nl.hulproute.socialmap.ProviderRef;
import nl.hulproute.socialmap.ProviderSummary;
import nl.hulproute.socialmap.Providers;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything this module holds about one student, for their record (AVG inzage): every case with all its fields,
 * its history, its consents and its bridging plans (the notes on them are the casenotes module's); and retention, which anonymises cases closed long enough ago.
 * Not for showing cases at work: the caller has decided that the actor may have the student's whole record, and
 * logs the export itself (one EXPORT line, see docs/adr/0008).
 */
@Service
@Transactional(readOnly = true)
public class CaseRecords {

    private final EntityManager entityManager;
    private final People people;
    private final Providers providers;
    private final Clock clock;
    private final ObjectMapper json;
    private final CaseRecordMapper mapper;

    CaseRecords(
            EntityManager entityManager,
            People people,
            Providers providers,
            Clock clock,
            ObjectMapper json,
            CaseRecordMapper mapper) {
        this.entityManager = entityManager;
        this.people = people;
        this.providers = providers;
        this.clock = clock;
        this.json = json;
        this.mapper = mapper;
    }

    /** A case as recorded; the student's record shows it with its notes (records.StudentRecordView). */
    @Schema(name = "CaseRecordOfLifecycle")
    public record CaseRecord(
            long id,
            CaseState state,
            @Nullable Line line,
            Urgency urgency,
            Instant openedAt,
            Instant lastSignalAt,
            long locationId,
            String locationName,
            @Nullable PersonRef owner,
            @Nullable ProviderRef provider,
            @Nullable String advice,
            @Nullable LocalDate checkInDate,
            @Nullable Instant triageStartedAt,
            @Nullable Instant referredAt,
            @Nullable Instant waitingSince,
            @Nullable LocalDate expectedStartDate,
            @Nullable Instant handoverStartedAt,
            List<PackageSection> handoverSections,
            @Nullable Instant handoverAcceptedAt,
            @Nullable LocalDate firstContactDate,
            @Nullable String externalCareSummary,
            @Nullable Instant externalCareEndedAt,
            @Nullable Outcome outcome,
            @Nullable Instant closedAt,

            @Schema(description = "Every step, oldest first")
            List<TransitionView> history,

            @Schema(description = "Every consent recorded, withdrawn ones too")
            List<ConsentView> consents,

            @Schema(description = "Every bridging plan, oldest first")
            List<BridgingPlanRecord> bridgingPlans) {}

    @Schema(name = "BridgingPlanRecord", description = "A bridging plan as recorded: who kept contact, or why none")
    public record BridgingPlanRecord(
            @Nullable PersonRef contact,
            @Nullable Integer contactEveryDays,

            @Schema(description = "what the bridging is") @Nullable
            String description,

            @Nullable String noBridgingReason,
            Instant startedAt,

            @Schema(description = "the day of the latest bridging contact") @Nullable
            LocalDate lastContactOn,

            @Nullable Instant endedAt) {}

    /** The student's cases, oldest first, each with everything recorded on it. */
    public List<CaseRecord> ofStudent(long studentId) {
        List<Case> cases = entityManager
                .createQuery(
                        "select c from LifecycleCase c where c.studentId = :studentId order by c.openedAt, c.id",
                        Case.class)
                .setParameter("studentId", studentId)
                .getResultList();
        if (cases.isEmpty()) {
            return List.of();
        }
        List<Long> caseIds = cases.stream().map(Case::id).toList();
        Map<Long, List<CaseTransition>> history = entityManager
                .createQuery(
                        "select t from CaseTransition t where t.caseId in :caseIds order by t.occurredAt, t.id",
                        CaseTransition.class)
                .setParameter("caseIds", caseIds)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(CaseTransition::caseId));
        Map<Long, List<Consent>> consents = entityManager
                .createQuery(
                        "select c from Consent c where c.caseId in :caseIds order by c.givenAt, c.id", Consent.class)
                .setParameter("caseIds", caseIds)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(Consent::caseId));

        Set<Long> userIds = new HashSet<>();
        Set<Long> providerIds = new HashSet<>();
        for (Case theCase : cases) {
            addIfPresent(userIds, theCase.ownerUserId());
            addIfPresent(providerIds, theCase.providerId());
            theCase.bridgingPlans().forEach(plan -> addIfPresent(userIds, plan.contactUserId()));
        }
        history.values().stream().flatMap(List::stream).forEach(step -> userIds.add(step.actorUserId()));
        consents.values().stream().flatMap(List::stream).forEach(consent -> {
            userIds.add(consent.recordedByUserId());
            addIfPresent(userIds, consent.withdrawnByUserId());
            providerIds.add(consent.providerId());
        });
        Map<Long, UserSummary> users = people.users(userIds);
        Map<Long, ProviderSummary> providersById = providers.providers(providerIds);
        Map<Long, String> locations = people.locationNames(
                cases.stream().map(Case::locationId).distinct().toList());
        CaseRecordMapper.Parts parts = new CaseRecordMapper.Parts(
                users, providersById, locations, history, consents, json, LocalDate.now(clock));
        return cases.stream().map(theCase -> mapper.toRecord(theCase, parts)).toList();
    }

    // --- retention -----------------------------------------------------------------------------------------------

    /** A closed case that is not anonymised yet, with its student. */
    public record ClosedCase(long caseId, long studentId) {}

    /** What {@link #anonymise} did. */
    public record Anonymised(List<Long> caseIds, int transitions, int bridgingPlans, int consents) {}

    /** Up to {@code limit} cases, by id after {@code afterCaseId}, closed before this moment and not anonymised yet. */
    public List<ClosedCase> closedBefore(Instant closedBefore, long afterCaseId, int limit) {
        return entityManager
                .createQuery("""
                        select c.id, c.studentId from LifecycleCase c
                        where c.state = nl.hulproute.lifecycle.CaseState.CLOSED and c.anonymisedAt is null
                          and c.closedAt < :closedBefore and c.id > :afterCaseId
                        order by c.id
                        """, Object[].class)
                .setParameter("closedBefore", closedBefore)
                .setParameter("afterCaseId", afterCaseId)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(row -> new ClosedCase((Long) row[0], (Long) row[1]))
                .toList();
    }

    /**
     * Anonymises the content of those of these cases that are (still) closed since before {@code closedBefore}:
     * their free text goes (advice, external-care summary, every transition's reason and fields, the reasons for no
     * bridging; the notes on them are the casenotes module's to remove) and so does the link to the student (on the
     * case and its consents). What figures count stays: the state, location, urgency, outcome, provider, owner, dates,
     * and every transition's event, states, actor and time. The rows are locked first, so an event cannot reopen a case half-way. An anonymised case is no longer
     * read by anyone; counts still include it.
     */
    @Transactional
    public Anonymised anonymise(Collection<Long> caseIds, Instant closedBefore) {
        if (caseIds.isEmpty()) {
            return new Anonymised(List.of(), 0, 0, 0);
        }
        @SuppressWarnings("unchecked")
        List<Number> due = entityManager
                .createNativeQuery("""
                        SELECT id FROM lifecycle_case
                        WHERE id IN (:ids) AND state = 'CLOSED' AND anonymised_at IS NULL AND closed_at < :closedBefore
                        ORDER BY id
                        FOR UPDATE
                        """)
                .setParameter("ids", caseIds)
                .setParameter("closedBefore", closedBefore)
                .getResultList();
        List<Long> ids = due.stream().map(Number::longValue).toList();
        if (ids.isEmpty()) {
            return new Anonymised(List.of(), 0, 0, 0);
        }
        int transitions = update(
                "UPDATE lifecycle_case_transition SET reason = NULL, payload = '{}' WHERE case_id IN (:ids)", ids);
        int bridgingPlans = update("""
                UPDATE lifecycle_bridging_plan
                SET no_bridging_reason = CASE WHEN no_bridging_reason IS NULL THEN NULL ELSE '' END,
                    description = NULL
                WHERE case_id IN (:ids) AND (no_bridging_reason IS NOT NULL OR description IS NOT NULL)
                """, ids);
        int consents = update("UPDATE lifecycle_consent SET student_id = NULL WHERE case_id IN (:ids)", ids);
        entityManager
                .createNativeQuery("""
                        UPDATE lifecycle_case
                        SET student_id = NULL, advice = NULL, external_care_summary = NULL,
                            anonymised_at = :now, version = version + 1
                        WHERE id IN (:ids)
                        """)
                .setParameter("now", clock.instant())
                .setParameter("ids", ids)
                .executeUpdate();
        return new Anonymised(ids, transitions, bridgingPlans, consents);
    }

    /** Those of these students who still have a case that is not anonymised (open, or closed within retention). */
    public Set<Long> studentsWithCases(Collection<Long> studentIds) {
        if (studentIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entityManager
                .createQuery("select distinct c.studentId from LifecycleCase c where c.studentId in :ids", Long.class)
                .setParameter("ids", studentIds)
                .getResultList());
    }

    private int update(String sql, List<Long> caseIds) {
        return entityManager.createNativeQuery(sql).setParameter("ids", caseIds).executeUpdate();
    }

    private static void addIfPresent(Collection<Long> ids, @Nullable Long id) {
        Stream.ofNullable(id).forEach(ids::add);
    }
}
