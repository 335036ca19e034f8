package nl.hulproute.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.DomainProblem;
import nl.hulproute.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases of a warm handover as the handover module needs them: who may read the package that was sent and who
 * may plan a joint meeting, by the rules of {@link CaseAccess}, and the receiving professional's own cases for their
 * inbox. The package and the meetings themselves are the handover module's.
 */
@Service
@Transactional(readOnly = true)
public class HandoverCases {

    private final CaseRepository cases;
    private final CaseAccess access;

    HandoverCases(CaseRepository cases, CaseAccess access) {
        this.cases = cases;
        this.access = access;
    }

    /**
     * A case as the actor may see it: its state and provider, the package sections they may see, whether they are
     * one of its own zorgcoördinatoren or its receiving professional (not a break-glass reader), and why they read it
     * (for the access log).
     */
    public record ReadableCase(
            long caseId,
            long studentId,
            long locationId,
            CaseState state,
            @Nullable Long providerId,
            Set<PackageSection> visibleSections,
            boolean caseTeam,
            boolean receiver,
            String purpose) {}

    /** A case handed over to the actor's provider, for the receiver's inbox. */
    public record ReceivedCase(
            long caseId,
            long studentId,
            CaseState state,
            @Nullable Instant handoverStartedAt,
            @Nullable Instant handoverAcceptedAt,
            @Nullable LocalDate firstContactDate) {}

    /** The case if the actor may read it (404 otherwise, as for a case that does not exist). */
    public ReadableCase readable(Actor actor, long caseId) {
        Case theCase = access.readable(actor, caseId);
        return new ReadableCase(
                theCase.id(),
                theCase.studentId(),
                theCase.locationId(),
                theCase.state(),
                theCase.providerId(),
                access.visibleSections(actor, theCase),
                access.mayCorrect(actor, theCase),
                actor.has(Role.EXTERNAL_PROFESSIONAL)
                        && actor.worksFor(theCase.providerId())
                        && CaseAccess.WITH_PROVIDER.contains(theCase.state()),
                access.purposeOf(actor, theCase));
    }

    /**
     * The case if the actor works on it with the receiver: one of its own zorgcoördinatoren or its receiving
     * professional. 404 when they may not see it, 403 when they only read it (break-glass).
     */
    public ReadableCase requireJointWork(Actor actor, long caseId) {
        ReadableCase found = readable(actor, caseId);
        if (!found.caseTeam() && !found.receiver()) {
            throw new DomainProblem.Forbidden(
                    "joint-meeting.forbidden",
                    "Only the case's zorgcoördinatoren and the receiving professional plan and record joint meetings.",
                    Map.of("caseId", caseId));
        }
        return found;
    }

    /** The cases handed over to the actor's provider that they may see now (consent in force), newest handover first. */
    public List<ReceivedCase> received(Actor actor) {
        // handed over, in their care, or closed by the school as continuing in their care until they report it ended
        return access.heldWithConsent(actor).stream()
                .map(theCase -> new ReceivedCase(
                        theCase.id(),
                        theCase.studentId(),
                        theCase.state(),
                        theCase.handoverStartedAt(),
                        theCase.handoverAcceptedAt(),
                        theCase.firstContactDate()))
                .sorted((a, b) -> compare(b.handoverStartedAt(), a.handoverStartedAt()))
                .toList();
    }

    private static int compare(@Nullable Instant a, @Nullable Instant b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }
}
