package nl.hulproute.lifecycle;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.hulproute.people.StudentSummary;
import nl.hulproute.shared.StaffMember;
import nl.hulproute.socialmap.ProviderSummary;
import org.jspecify.annotations.Nullable;

/** Everything a guard may look at when an event is fired: the request, the case, its student, and lookups. */
interface GuardFacts {

    CaseEventRequest request();

    /** Today, in the school's time zone. */
    LocalDate today();

    StudentSummary student();

    long caseLocationId();

    /** The provider the case is referred to, if any. */
    @Nullable
    Long caseProviderId();

    /** The day the case was closed, if it is. */
    @Nullable
    LocalDate closedOn();

    /** The day the receiver accepted the current handover, if they did. */
    @Nullable
    LocalDate handoverAcceptedOn();

    /** The day the receiver reported care started, if they did. */
    @Nullable
    LocalDate careStartedOn();

    /** Whether the case was closed from external care as continuing there, care not yet reported ended. */
    boolean careContinuesAfterClose();

    Optional<ProviderSummary> provider(long providerId);

    /**
     * The roles and locations of this user, if their account exists and is enabled (someone who left cannot be given
     * a case): the acting user's from their session, which this request checked against their account (ADR 20), any
     * other user's read from their account.
     */
    Optional<StaffMember> user(long userId);

    /**
     * The package sections this giver's consent to share with the case's provider covers today: none when it was
     * never given, has expired or was withdrawn.
     */
    Set<PackageSection> consentedSections(ConsentGiver giver);
}
