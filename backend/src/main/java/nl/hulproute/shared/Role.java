package nl.hulproute.shared;

/** What a user does in the school's care structure. A user may hold several roles. */
public enum Role {
    /** Studieloopbaanbegeleider, mentor or teacher: the first line. Raises signals about their own students. */
    SLB,
    /** Zorgcoördinator: the second line. Triages and owns the caseload of one or more locations. */
    ZORGCOORDINATOR,
    /** A professional of an external care provider (the third line) who receives handovers. */
    EXTERNAL_PROFESSIONAL,
    /** Checks compliance; sees figures and dated evidence, never content. */
    AUDITOR,
    /** Functioneel beheerder: runs the system; no case content. */
    ADMIN;

    /** The Spring Security authority that carries this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
