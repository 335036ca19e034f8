package nl.hulproute.lifecycle;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CaseRepository extends Repository<Case, Long> {

    /**
     * A case with its bridging plans and handover sections, in one statement. Not {@code distinct} (Hibernate returns
     * the case once anyway): with it, MariaDB's dialect takes a lock in a second statement after the read (follow-on
     * locking).
     */
    String WHOLE_CASE = "select c from LifecycleCase c left join fetch c.bridgingPlans "
            + "left join fetch c.handoverSections where c.id = :id and c.anonymisedAt is null";

    Case save(Case theCase);

    Case saveAndFlush(Case theCase);

    /**
     * The case, unless retention anonymised it: an anonymised case is no longer anyone's to read. Its bridging plans
     * and handover sections come in the same statement: every view of a case shows them.
     */
    @Query(WHOLE_CASE)
    Optional<Case> findById(long id);

    /**
     * The case, locked for this transaction: a second event on the same case waits here, then sees the first
     * one's version and is refused as stale, instead of both racing into the tables.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from LifecycleCase c where c.id = :id and c.anonymisedAt is null")
    Optional<Case> findByIdForUpdate(long id);

    /**
     * The case locked as above, with its bridging plans and handover sections, which every view of it shows: one
     * {@code SELECT … FOR UPDATE}. A lock taken after the read instead would let an event racing in between fail on
     * the version rather than wait. Every writer of a case locks its row before its plans, as this does.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query(WHOLE_CASE)
    Optional<Case> findWholeForUpdate(long id);

    @Query("select c from LifecycleCase c where c.id in :ids")
    List<Case> findByIdIn(Collection<Long> ids);

    /** Cases {@code c} of a provider ({@code :providerId}) in some states ({@code :states}). */
    String WITH_PROVIDER_IN_STATES = "c.providerId = :providerId and c.state in :states";

    /** Closed cases {@code c} that go on in a provider's care ({@code :providerId}) until it reports care ended. */
    String CONTINUING_WITH_PROVIDER =
            "c.providerId = :providerId and c.careContinuesAfterClose = true and c.anonymisedAt is null";

    @Query("select c from LifecycleCase c where " + WITH_PROVIDER_IN_STATES)
    List<Case> findByProviderIdAndStateIn(long providerId, Collection<CaseState> states);

    /** The cases in this state at these locations (served by ix_lifecycle_case_location_state). */
    @Query("select c from LifecycleCase c where c.locationId in :locationIds and c.state = :state")
    List<Case> findByLocationIdInAndState(Collection<Long> locationIds, CaseState state);

    /** The cases in these states whose current bridging plan names this contact person. */
    @Query("""
            select c from LifecycleCase c
            where c.state in :states and c.anonymisedAt is null and exists (
                select p from c.bridgingPlans p where p.contactUserId = :contactUserId and p.endedAt is null)
            """)
    List<Case> findBridgedBy(long contactUserId, Collection<CaseState> states);

    /** Every case in these states (served by ix_lifecycle_case_state_waiting). */
    @Query(
            "select c from LifecycleCase c where c.state in :states and c.anonymisedAt is null order by c.waitingSince, c.id")
    List<Case> findByStateIn(Collection<CaseState> states);

    /** Every case in this state (served by ix_lifecycle_case_state_waiting). */
    @Query(
            "select c from LifecycleCase c where c.state = :state and c.anonymisedAt is null order by c.waitingSince, c.id")
    List<Case> findByState(CaseState state);

    @Query("select c from LifecycleCase c where c.state = :state and c.handoverStartedAt < :before")
    List<Case> findByStateAndHandoverStartedAtBefore(CaseState state, Instant before);

    @Query(
            "select c from LifecycleCase c where c.studentId = :studentId and c.state <> nl.hulproute.lifecycle.CaseState.CLOSED")
    Optional<Case> findOpenByStudentId(long studentId);

    long count();

    /** When the cases of these locations opened since {@code from} were opened (ix_lifecycle_case_location_opened). */
    @Query("select c.openedAt from LifecycleCase c where c.locationId in :locationIds and c.openedAt >= :from")
    List<Instant> openedSince(Collection<Long> locationIds, Instant from);

    /** The cases of these locations open now (ix_lifecycle_case_open_opened). */
    @Query("select count(c) from LifecycleCase c where c.openCase = true and c.locationId in :locationIds")
    long countOpen(Collection<Long> locationIds);

    /** The case waiting longest for triage at these locations. */
    Optional<Case> findFirstByLocationIdInAndStateOrderByOpenedAtAscIdAsc(
            Collection<Long> locationIds, CaseState state);
}
