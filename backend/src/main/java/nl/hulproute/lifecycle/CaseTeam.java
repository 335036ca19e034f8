package nl.hulproute.lifecycle;

import nl.hulproute.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where someone stands on a case, for the modules that keep things on a case of their own (the notes): the one
 * question they ask the lifecycle instead of re-deriving who belongs to the case. Answered by the rules of
 * {@link CaseAccess}, the same that guard the case itself.
 */
@Service
@Transactional(readOnly = true)
public class CaseTeam {

    private final CaseAccess access;

    CaseTeam(CaseAccess access) {
        this.access = access;
    }

    /**
     * How the actor stands on one case they may read.
     *
     * @param seesSchoolSupport whether they may see what school did (the case team; a provider when the student
     *     consented to sharing it)
     * @param worksOnCase whether they work on the case, not merely read it (a break-glass reader does not)
     * @param corrector whether they are one of the case's own zorgcoördinatoren, who correct what is recorded and
     *     write down the student's own statement
     * @param inConfidence whether they are its owner or one of its own zorgcoördinatoren, for what is confidential
     * @param purpose why they read it, for the access log: normal work or the reason given for break-glass
     */
    public record Standing(
            long caseId,
            long studentId,
            boolean seesSchoolSupport,
            boolean worksOnCase,
            boolean corrector,
            boolean inConfidence,
            String purpose) {

        /** 403, as for the case itself, unless the actor may see what school did on it. */
        public void requireSchoolSupport() {
            if (!seesSchoolSupport) {
                throw CaseAccess.sectionNotConsented(caseId, PackageSection.SCHOOL_SUPPORT);
            }
        }

        /** 403, as for correcting the case itself, unless the actor is one of its own zorgcoördinatoren. */
        public void requireCorrector() {
            if (!corrector) {
                throw CaseAccess.notACorrector(caseId);
            }
        }
    }

    /** How the actor stands on the case: 404 when they may not read it, as for a case that does not exist. */
    public Standing standingOf(Actor actor, long caseId) {
        Case theCase = access.readable(actor, caseId);
        return new Standing(
                theCase.id(),
                theCase.studentId(),
                access.visibleSections(actor, theCase).contains(PackageSection.SCHOOL_SUPPORT),
                access.mayFireAnything(actor, theCase),
                access.mayCorrect(actor, theCase),
                access.inConfidence(actor, theCase),
                access.purposeOf(actor, theCase));
    }
}
