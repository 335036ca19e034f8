package nl.hulproute.shared;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What each role may do, declared once. Whether a user may do it to a particular record also depends on their
 * relationship with it (their own students, their location, a handover to their provider): those rules live with
 * the records, in {@code people.Students} and {@code lifecycle.CaseAccess}; the lifecycle's events carry their roles
 * in {@code lifecycle.CaseLifecycle}. {@code docs/generated/access-matrix.md} shows the effect, endpoint by endpoint.
 */
public enum Permission {
    /** Look up students and see them in lists: an SLB'er their own, a zorgcoördinator their locations'. */
    SEE_STUDENTS(
            "people.students-forbidden",
            "This role does not work with student records.",
            Role.SLB,
            Role.ZORGCOORDINATOR),
    /** Raise a signal about one of those students. */
    RAISE_SIGNALS(
            "signal.raise-forbidden",
            "This role does not raise signals about students.",
            Role.SLB,
            Role.ZORGCOORDINATOR),
    /** Read and work on cases: a zorgcoördinator those of their locations, a professional those handed to them. */
    WORK_WITH_CASES(
            "case.read-forbidden",
            "Your role does not work with case content.",
            Role.ZORGCOORDINATOR,
            Role.EXTERNAL_PROFESSIONAL),
    /** See the caseload figures of one's own locations. */
    SEE_CASELOAD_FIGURES(
            "caseload.location-forbidden",
            "These figures are for the zorgcoördinatoren of the location.",
            Role.ZORGCOORDINATOR),
    /**
     * See the waiting-time report (counts and durations only, groups under five cases suppressed): a zorgcoördinator
     * for their locations, an auditor for the whole institution.
     */
    SEE_WAITING_TIMES(
            "report.waiting-times-forbidden",
            "Only zorgcoördinatoren and auditors see the waiting times.",
            Role.ZORGCOORDINATOR,
            Role.AUDITOR),
    /** Look up colleagues at one's own location, to hand them a case or a bridging contact. */
    LOOK_UP_STAFF("people.staff-forbidden", "Only zorgcoördinatoren look up colleagues.", Role.ZORGCOORDINATOR),
    /**
     * See the waiting list: a zorgcoördinator their locations' waiting students, a professional their provider's, a
     * bridging contact person (SLB'er) the students they keep contact with.
     */
    SEE_WAITING_LIST(
            "waiting-list.forbidden",
            "This role has no waiting list.",
            Role.ZORGCOORDINATOR,
            Role.EXTERNAL_PROFESSIONAL,
            Role.SLB),
    /** Find any student of the school by number and use break-glass for one of another location. */
    USE_BREAK_GLASS(
            "people.directory-forbidden",
            "Only zorgcoördinatoren look up students across locations.",
            Role.ZORGCOORDINATOR),
    /** Read the access log: the privacy officer. */
    READ_ACCESS_LOG("privacy.access-log-forbidden", "Only the privacy officer reads the access log.", Role.AUDITOR),
    /**
     * Run the system: users, locations and teams, the sociale kaart, settings. The functioneel beheerder; never case
     * content (docs/adr/0011).
     */
    ADMINISTER("admin.forbidden", "Only the functioneel beheerder administers Hulproute.", Role.ADMIN),
    /** Read and write support agreements and their evaluations: the zorgcoördinator of the student's location. */
    WORK_WITH_AGREEMENTS(
            "agreement.forbidden",
            "Only the student's zorgcoördinator works with support agreements.",
            Role.ZORGCOORDINATOR),
    /** See the measures in force for a student (never the need behind them): their SLB'er and zorgcoördinator. */
    SEE_MEASURES(
            "agreement.measures-forbidden",
            "Only SLB'ers and zorgcoördinatoren see the measures a student may count on.",
            Role.SLB,
            Role.ZORGCOORDINATOR),
    /**
     * See the compliance figures of the yearly evaluation (dates and counts, never content): an auditor for the
     * whole institution, a zorgcoördinator for their locations.
     */
    SEE_COMPLIANCE(
            "compliance.forbidden",
            "Only auditors and zorgcoördinatoren see the compliance figures.",
            Role.AUDITOR,
            Role.ZORGCOORDINATOR);

    private final String code;
    private final String refusal;
    private final Set<Role> roles;

    Permission(String code, String refusal, Role first, Role... rest) {
        this.code = code;
        this.refusal = refusal;
        this.roles = EnumSet.of(first, rest);
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public boolean grantedTo(Actor actor) {
        return roles.stream().anyMatch(actor::has);
    }

    /** Every permission the actor's roles grant, in declaration order. */
    public static Set<Permission> of(Actor actor) {
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        for (Permission permission : values()) {
            if (permission.grantedTo(actor)) {
                granted.add(permission);
            }
        }
        return granted;
    }

    /** Passes when the actor holds a role with this permission; a 403 with the permission's code otherwise. */
    public void require(Actor actor) {
        if (!grantedTo(actor)) {
            throw new DomainProblem.Forbidden(code, refusal, Map.of());
        }
    }

    /** The stable code of the refusal. */
    public String code() {
        return code;
    }
}
