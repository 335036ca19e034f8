package nl.hulproute.lifecycle;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.hulproute.people.Students;
import nl.hulproute.privacy.AccessLog;
import nl.hulproute.privacy.BreakGlass;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.DomainProblem;
import nl.hulproute.shared.Permission;
import nl.hulproute.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on which case, in one place. A zorgcoördinator works on the cases of their own locations. An
 * external professional sees a case only while it is handed over to, or in the care of, their own provider (also
 * after the school closed it as continuing there, until they report care ended) and
 * consent for that provider is in force (the student's and, while the student is under 16, a parent's as well), and
 * then only the package sections that were both sent and consented to. A zorgcoördinator who used break-glass for a
 * student of another location reads (but does not act on) that student's cases until the grant expires. No other role reads cases. The same rules filter lists (as a
 * query predicate) and guard single reads, so a list never shows what a read would refuse.
 */
@Component
class CaseAccess {

    /** The states in which the receiving provider's professionals are part of the case. */
    static final Set<CaseState> WITH_PROVIDER = EnumSet.of(CaseState.HANDOVER, CaseState.EXTERNAL_CARE);

    /** The roles the lifecycle gives some event to, from its declaration. */
    static final Set<Role> ROLES_THAT_FIRE = CaseLifecycle.RULES.stream()
            .flatMap(rule -> rule.roles().stream())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));

    private final CaseRepository cases;
    private final ConsentRepository consents;
    private final Students students;
    private final BreakGlass breakGlass;
    private final Clock clock;
    private final EntityManager entityManager;

    CaseAccess(
            CaseRepository cases,
            EntityManager entityManager,
            ConsentRepository consents,
            Students students,
            BreakGlass breakGlass,
            Clock clock) {
        this.cases = cases;
        this.entityManager = entityManager;
        this.consents = consents;
        this.students = students;
        this.breakGlass = breakGlass;
        this.clock = clock;
    }

    /** The case if this actor may read it; otherwise the same 404 as for a case that does not exist. */
    Case readable(Actor actor, long caseId) {
        return readable(actor, cases.findById(caseId));
    }

    /** The same, with the case row locked for an event (see {@link CaseRepository#findWholeForUpdate}). */
    Case readableForUpdate(Actor actor, long caseId) {
        return readable(actor, cases.findWholeForUpdate(caseId));
    }

    /** The case if the actor may see this section of it: 404 as above, 403 when the section was not consented to. */
    Case readableSection(Actor actor, long caseId, PackageSection section) {
        Case theCase = readable(actor, caseId);
        if (!visibleSections(actor, theCase).contains(section)) {
            throw sectionNotConsented(caseId, section);
        }
        return theCase;
    }

    /** The 403 for a section of the case the student did not consent to sharing with the actor. */
    static DomainProblem.Forbidden sectionNotConsented(long caseId, PackageSection section) {
        return new DomainProblem.Forbidden(
                "case.section-not-consented",
                "The student did not consent to sharing this part of the case with you.",
                Map.of("caseId", caseId, "section", section));
    }

    boolean mayRead(Actor actor, Case theCase) {
        return actsAs(actor, Role.ZORGCOORDINATOR, theCase)
                || actsAs(actor, Role.EXTERNAL_PROFESSIONAL, theCase)
                || breakGlassFor(actor, theCase).isPresent();
    }

    /** Why this actor reads this case, for the access log: normal work, or the reason they gave for break-glass. */
    String purposeOf(Actor actor, CaseOutline theCase) {
        return purposeOf(actor, theCase, () -> breakGlassFor(actor, theCase));
    }

    /**
     * {@link #purposeOf} for a case found with this reach, whose grants were read with it: a page of a caseload read
     * through break-glass asked for the grants again row by row.
     */
    String purposeOf(Actor actor, CaseOutline theCase, Reach reach) {
        return purposeOf(
                actor, theCase, () -> Optional.ofNullable(reach.grants().get(theCase.studentId())));
    }

    private String purposeOf(Actor actor, CaseOutline theCase, Supplier<Optional<BreakGlass.Grant>> grant) {
        // only a zorgcoördinator holds break-glass, so a professional's reads skip the (costlier) consent check here
        if (actsAs(actor, Role.ZORGCOORDINATOR, theCase)) {
            return AccessLog.PURPOSE_CARE;
        }
        return grant.get().map(BreakGlass.Grant::purpose).orElse(AccessLog.PURPOSE_CARE);
    }

    private Optional<BreakGlass.Grant> breakGlassFor(Actor actor, CaseOutline theCase) {
        return actor.has(Role.ZORGCOORDINATOR) ? breakGlass.activeGrant(actor, theCase.studentId()) : Optional.empty();
    }

    /** Whether the actor holds one of the rule's roles and has, in that role, the relationship with this case. */
    boolean mayFire(Actor actor, LifecycleRule rule, Case theCase) {
        return rule.roles().stream().anyMatch(role -> actsAs(actor, role, theCase));
    }

    /** Whether the actor may fire this event on this case in some state: a refusal here is a 403, not a 409. */
    boolean mayFire(Actor actor, CaseEvent event, Case theCase) {
        return CaseLifecycle.rulesFor(event).stream().anyMatch(rule -> mayFire(actor, rule, theCase));
    }

    /**
     * Whether the actor works on this case (may fire some event on it now or later), not merely reads it: they act,
     * in their relationship with the case, in a role some rule of the lifecycle gives an event to.
     */
    boolean mayFireAnything(Actor actor, Case theCase) {
        return ROLES_THAT_FIRE.stream().anyMatch(role -> actsAs(actor, role, theCase));
    }

    /**
     * {@link #mayFireAnything} for a page of cases found with this reach: the ids of those the actor works on. The
     * consents are the reach's, read once per request. Case by case they took three statements per row of a
     * professional's caseload, and read again for the page two more (docs/performance.md).
     */
    Set<Long> mayFireAnything(Actor actor, List<? extends CaseOutline> page, Reach reach) {
        Function<CaseOutline, Set<PackageSection>> consentOf =
                theCase -> reach.consented().getOrDefault(theCase.id(), Set.of());
        return page.stream()
                .filter(theCase -> ROLES_THAT_FIRE.stream().anyMatch(role -> actsAs(actor, role, theCase, consentOf)))
                .map(CaseOutline::id)
                .collect(Collectors.toSet());
    }

    /**
     * Whether the actor may correct what is recorded on this case and add the student's statement to it: one of the
     * case's own zorgcoördinatoren, who handle the student's AVG requests. Not a provider, not a break-glass reader.
     */
    boolean mayCorrect(Actor actor, Case theCase) {
        return actsAs(actor, Role.ZORGCOORDINATOR, theCase);
    }

    /**
     * Whether the actor is in the case's confidence: its owner or one of its own zorgcoördinatoren. Not a provider,
     * not a break-glass reader.
     */
    boolean inConfidence(Actor actor, Case theCase) {
        return mayCorrect(actor, theCase) || Objects.equals(theCase.ownerUserId(), actor.id());
    }

    /** 403 unless {@link #mayCorrect}. */
    void requireCorrector(Actor actor, Case theCase) {
        if (!mayCorrect(actor, theCase)) {
            throw notACorrector(theCase.id());
        }
    }

    /** The 403 for correcting what is recorded on a case by anyone but its own zorgcoördinatoren. */
    static DomainProblem.Forbidden notACorrector(long caseId) {
        return new DomainProblem.Forbidden(
                "correction.forbidden",
                "Only the case's own zorgcoördinatoren correct what is recorded on it.",
                Map.of("caseId", caseId));
    }

    /** The package sections of this case the actor may see: all for the case team, the shared ones for a provider. */
    Set<PackageSection> visibleSections(Actor actor, Case theCase) {
        if (actsAs(actor, Role.ZORGCOORDINATOR, theCase)
                || breakGlassFor(actor, theCase).isPresent()) {
            return EnumSet.allOf(PackageSection.class);
        }
        if (!actsAs(actor, Role.EXTERNAL_PROFESSIONAL, theCase)) {
            return EnumSet.noneOf(PackageSection.class);
        }
        Set<PackageSection> shared = EnumSet.noneOf(PackageSection.class);
        shared.addAll(theCase.handoverSections());
        shared.retainAll(consentedToProvider(theCase));
        return shared;
    }

    /**
     * The package sections the case's provider may receive today: those the student consented to and, while the
     * student is under 16, a parent consented to as well. Empty when there is no valid consent, for instance after
     * either of them withdrew it.
     */
    Set<PackageSection> consentedToProvider(CaseOutline theCase) {
        return requireNonNull(consentedToProvider(List.of(theCase)).get(theCase.id()));
    }

    /** The same for many cases at once, in two statements, keyed by case id. */
    private Map<Long, Set<PackageSection>> consentedToProvider(Collection<? extends CaseOutline> many) {
        LocalDate today = LocalDate.now(clock);
        // consent is for a provider: a case without one has nothing to look up (most transitions)
        List<Long> referred = many.stream()
                .filter(theCase -> theCase.providerId() != null)
                .map(CaseOutline::id)
                .toList();
        Map<Long, List<CoveredSection>> inForce = referred.isEmpty()
                ? Map.of()
                : consents.coveredSectionsOf(referred).stream()
                        .filter(covered -> covered.inForceOn(today))
                        .collect(Collectors.groupingBy(CoveredSection::caseId));
        // the student's age decides whether a parent must consent too: needed only where someone consented
        Map<Long, Integer> ages = students.agesOn(
                many.stream()
                        .filter(theCase -> inForce.containsKey(theCase.id()))
                        .map(CaseOutline::studentId)
                        .distinct()
                        .toList(),
                today);
        Map<Long, Set<PackageSection>> sections = new HashMap<>();
        for (CaseOutline theCase : many) {
            List<CoveredSection> given = inForce.getOrDefault(theCase.id(), List.of());
            Set<PackageSection> covered = sectionsBy(given, theCase, ConsentGiver.STUDENT);
            Integer age = ages.get(theCase.studentId());
            if (age != null && age < CaseGuards.AGE_OF_SOLE_CONSENT) {
                covered.retainAll(sectionsBy(given, theCase, ConsentGiver.PARENT));
            }
            sections.put(theCase.id(), covered);
        }
        return sections;
    }

    /** The sections this giver's consents for the case's provider cover today (for the guards, which name the giver). */
    Set<PackageSection> consentedSections(Case theCase, ConsentGiver giver) {
        LocalDate today = LocalDate.now(clock);
        return sectionsBy(
                consents.coveredSectionsOf(List.of(theCase.id())).stream()
                        .filter(covered -> covered.inForceOn(today))
                        .toList(),
                theCase,
                giver);
    }

    private static Set<PackageSection> sectionsBy(
            List<CoveredSection> inForce, CaseOutline theCase, ConsentGiver giver) {
        Set<PackageSection> covered = EnumSet.noneOf(PackageSection.class);
        inForce.stream()
                .filter(consent ->
                        consent.givenBy() == giver && Objects.equals(consent.providerId(), theCase.providerId()))
                .forEach(consent -> covered.add(consent.section()));
        return covered;
    }

    /** 403 for a role that does not work with cases at all. */
    static void requireCaseWork(Actor actor) {
        Permission.WORK_WITH_CASES.require(actor);
    }

    private Case readable(Actor actor, Optional<Case> found) {
        requireCaseWork(actor);
        return found.filter(theCase -> mayRead(actor, theCase))
                .orElseThrow(() -> new DomainProblem.NotFound("case.not-found", "There is no such case."));
    }

    private boolean actsAs(Actor actor, Role role, CaseOutline theCase) {
        return actsAs(actor, role, theCase, this::consentedToProvider);
    }

    /** The same, the consents read by {@code consented}: asked only of a case the actor's provider holds. */
    private static boolean actsAs(
            Actor actor, Role role, CaseOutline theCase, Function<CaseOutline, Set<PackageSection>> consented) {
        return switch (role) {
            case ZORGCOORDINATOR -> actor.has(role) && actor.worksAt(theCase.locationId());
            case EXTERNAL_PROFESSIONAL ->
                actor.worksFor(theCase.providerId())
                        && heldByProvider(theCase)
                        && !consented.apply(theCase).isEmpty();
            case SLB, AUDITOR, ADMIN -> false;
        };
    }

    /**
     * Whether the case's provider holds it: handed over, in its care, or closed by the school as continuing in its
     * care until the provider reports care ended. (Consent must be in force as well.)
     */
    static boolean heldByProvider(CaseOutline theCase) {
        return WITH_PROVIDER.contains(theCase.state())
                || (theCase.state() == CaseState.CLOSED && theCase.careContinuesAfterClose());
    }

    /**
     * Which cases an actor reaches, as {@link #mayRead} decides it, in a form a case query can use: read once per
     * request, however many queries (a page and its count) use it. {@code grants}: a zorgcoördinator's break-glass in
     * force, by student. {@code consented}: the cases a professional's provider holds with consent in force, in the
     * order they were read, each with the sections it may receive.
     */
    record Reach(Set<Long> locationIds, Map<Long, BreakGlass.Grant> grants, Map<Long, Set<PackageSection>> consented) {

        /** The students whose cases a zorgcoördinator reads through break-glass. */
        Set<Long> grantedStudentIds() {
            return grants.keySet();
        }

        List<Long> consentedCaseIds() {
            return List.copyOf(consented.keySet());
        }
    }

    Reach reachOf(Actor actor) {
        boolean zorgcoordinator = actor.has(Role.ZORGCOORDINATOR);
        Set<Long> locations = zorgcoordinator ? actor.locationIds() : Set.of();
        Map<Long, BreakGlass.Grant> grants = zorgcoordinator ? breakGlass.activeGrants(actor) : Map.of();
        List<CaseRow> held = held(actor);
        Map<Long, Set<PackageSection>> sections = consentedToProvider(held);
        Map<Long, Set<PackageSection>> consented = new LinkedHashMap<>();
        for (CaseRow theCase : held) {
            Set<PackageSection> given = requireNonNull(sections.get(theCase.id()));
            if (!given.isEmpty()) {
                consented.put(theCase.id(), given);
            }
        }
        return new Reach(Set.copyOf(locations), Map.copyOf(grants), Collections.unmodifiableMap(consented));
    }

    /**
     * The cases a provider's professional reads as such: those their provider holds, with consent in force. The rule
     * of {@link #mayRead} for that role, decided for all of them with one read of their consents and students: case by
     * case it took three statements each, over 300 for one inbox of a large provider (docs/performance.md).
     */
    List<CaseRow> heldWithConsent(Actor actor) {
        return withConsentToTheirProvider(held(actor));
    }

    /**
     * The cases a professional's provider holds ({@link #heldByProvider}), consent aside; none for anyone else. As
     * rows: what the reach and the inbox show and decide consent on, without the cases' texts (least data, ADR 25)
     * and without entities for Hibernate to build and track.
     */
    private List<CaseRow> held(Actor actor) {
        Long providerId = actor.providerId();
        if (!actor.has(Role.EXTERNAL_PROFESSIONAL) || providerId == null) {
            return List.of();
        }
        // a provider's open handovers are few; deciding consent in Java keeps this the very rule of mayRead
        List<CaseRow> held = new ArrayList<>(entityManager
                .createQuery(CaseRow.SELECT_FROM + " where " + CaseRepository.WITH_PROVIDER_IN_STATES, CaseRow.class)
                .setParameter("providerId", providerId)
                .setParameter("states", WITH_PROVIDER)
                .getResultList());
        held.addAll(entityManager
                .createQuery(CaseRow.SELECT_FROM + " where " + CaseRepository.CONTINUING_WITH_PROVIDER, CaseRow.class)
                .setParameter("providerId", providerId)
                .getResultList());
        held.removeIf(theCase -> !heldByProvider(theCase));
        return held;
    }

    /**
     * Those of these cases whose provider may receive some section today ({@link #consentedToProvider}), with one
     * read of their consents and students for all of them.
     */
    <T extends CaseOutline> List<T> withConsentToTheirProvider(List<T> many) {
        Map<Long, Set<PackageSection>> consented = consentedToProvider(many);
        return many.stream()
                .filter(theCase -> !requireNonNull(consented.get(theCase.id())).isEmpty())
                .toList();
    }

    /**
     * The students whose name or number matches {@code term}, among those whose cases this actor may list: a
     * zorgcoördinator's are at their locations or open to them by break-glass (the grants of {@code reach}, read
     * once for the search and the list), so the search looks there, not among every student of the school (a common
     * name would fill the limit with students of other locations); a provider's professional's few cases may be
     * anywhere ({@code reach} then keeps theirs).
     */
    List<Long> studentsNamed(Actor actor, String term, Reach reach, int limit) {
        if (actor.has(Role.EXTERNAL_PROFESSIONAL)) {
            return students.idsMatching(term, limit);
        }
        return students.idsMatching(term, actor.locationIds(), reach.grantedStudentIds(), limit);
    }
}
