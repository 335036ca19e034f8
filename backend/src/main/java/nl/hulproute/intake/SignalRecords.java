package nl.hulproute.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.hulproute.lifecycle.CaseViews.CorrectionView;
import nl.hulproute.lifecycle.Urgency;
import nl.hulproute.people.People;
import nl.hulproute.people.UserSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every signal raised about one student, as written down, for their record (AVG inzage), and the anonymisation of
 * signals whose retention ended. The caller has decided that the actor may have the student's whole record, and
 * logs the export itself (see docs/adr/0008).
 */
@Service
@Transactional(readOnly = true)
public class SignalRecords {

    private final EntityManager entityManager;
    private final People people;
    private final Clock clock;
    private final SignalRecordMapper mapper;

    SignalRecords(EntityManager entityManager, People people, Clock clock, SignalRecordMapper mapper) {
        this.entityManager = entityManager;
        this.people = people;
        this.clock = clock;
        this.mapper = mapper;
    }

    @Schema(
            name = "SignalRecord",
            description = "A signal as recorded: who raised it, when, about what, and what they saw")
    public record SignalRecord(
            long id,
            long caseId,
            Instant raisedAt,
            long raisedById,
            String raisedByName,
            Urgency urgency,
            List<LifeDomain> lifeDomains,

            @Schema(description = "As raised or as last corrected")
            String observation,

            boolean discussedWithStudent,

            @Schema(description = "Every correction of the observation, oldest first")
            List<CorrectionView> corrections) {}

    /**
     * The life domains of a case: every domain its signals are about. For routing: the caller has already checked
     * that the case is theirs to refer; no signal text leaves here.
     */
    public Set<LifeDomain> lifeDomainsOfCase(long caseId) {
        Set<LifeDomain> domains = EnumSet.noneOf(LifeDomain.class);
        entityManager
                .createQuery("select s from Signal s where s.caseId = :caseId", Signal.class)
                .setParameter("caseId", caseId)
                .getResultList()
                .forEach(signal -> domains.addAll(signal.lifeDomains()));
        return domains;
    }

    /** The student's signals, oldest first. */
    public List<SignalRecord> ofStudent(long studentId) {
        List<Signal> signals = entityManager
                .createQuery(
                        "select s from Signal s where s.studentId = :studentId order by s.raisedAt, s.id", Signal.class)
                .setParameter("studentId", studentId)
                .getResultList();
        Map<Long, UserSummary> users = people.users(SignalIntake.userIds(signals));
        return signals.stream().map(signal -> mapper.toRecord(signal, users)).toList();
    }

    /**
     * Retention: anonymises the signals of these cases (whose content the lifecycle has just anonymised). The
     * observation, the reasons of its corrections and the link to the student go; when, where, how urgent, which
     * life domains, who raised (and corrected) it and whether it was discussed stay, so signal figures still count
     * them. Returns how many were anonymised.
     */
    @Transactional
    public int anonymiseOfCases(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return 0;
        }
        entityManager.createNativeQuery("""
                        UPDATE intake_signal_correction SET reason = ''
                        WHERE signal_id IN (SELECT id FROM intake_signal WHERE case_id IN (:caseIds))
                        """).setParameter("caseIds", caseIds).executeUpdate();
        return entityManager
                .createNativeQuery("""
                        UPDATE intake_signal
                        SET student_id = NULL, observation = '', anonymised_at = :now, version = version + 1
                        WHERE case_id IN (:caseIds) AND anonymised_at IS NULL
                        """)
                .setParameter("now", clock.instant())
                .setParameter("caseIds", caseIds)
                .executeUpdate();
    }
}
