package nl.hulproute.routing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import nl.hulproute.intake.LifeDomain;
import nl.hulproute.intake.SignalRecords;
import nl.hulproute.lifecycle.Referrals;
import nl.hulproute.lifecycle.Referrals.ReferralCase;
import nl.hulproute.people.StudentSummary;
import nl.hulproute.people.Students;
import nl.hulproute.routing.ProposalViews.CaseWarningCode;
import nl.hulproute.routing.ProposalViews.Proposal;
import nl.hulproute.routing.ProposalViews.Proposals;
import nl.hulproute.routing.ProposalViews.Reason;
import nl.hulproute.routing.ProposalViews.ReasonCode;
import nl.hulproute.routing.ProposalViews.WaitingTime;
import nl.hulproute.routing.ProposalViews.WaitingTimeSource;
import nl.hulproute.routing.ProposalViews.Warning;
import nl.hulproute.routing.ProposalViews.WarningCode;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.DomainProblem;
import nl.hulproute.socialmap.Municipalities;
import nl.hulproute.socialmap.Municipality;
import nl.hulproute.socialmap.ProviderKind;
import nl.hulproute.socialmap.ProviderSummary;
import nl.hulproute.socialmap.Providers;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes providers for a case: the active ones that serve the student's age and woongemeente (the sociale kaart's
 * serving rule, the same one the REFER guard applies) and help with the case's life domains, best fit first, each
 * with its reasons, current typical waiting time and warnings.
 */
@Service
@Transactional(readOnly = true)
public class ProviderProposals {

    /** A median of fewer recorded waits than this says too little: the sociale kaart's figure is used instead. */
    static final int RECORDED_WAITS_NEEDED = 5;

    /** "Current": waits of handovers accepted within this many days. */
    static final int RECENT_DAYS = 365;

    static final int AGE_OF_MAJORITY = 18;

    private final Referrals referrals;
    private final SignalRecords signals;
    private final Students students;
    private final Providers providers;
    private final Municipalities municipalities;
    private final Clock clock;

    ProviderProposals(
            Referrals referrals,
            SignalRecords signals,
            Students students,
            Providers providers,
            Municipalities municipalities,
            Clock clock) {
        this.referrals = referrals;
        this.signals = signals;
        this.students = students;
        this.providers = providers;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    public Proposals forCase(Actor actor, long caseId) {
        ReferralCase referral = referrals.forReferral(actor, caseId, "provider-proposals");
        StudentSummary student = students.student(referral.studentId())
                .orElseThrow(() -> new DomainProblem.NotFound("case.not-found", "There is no such case."));
        LocalDate today = LocalDate.now(clock);
        int age = student.ageOn(today);
        Set<LifeDomain> domains = signals.lifeDomainsOfCase(caseId);
        @Nullable
        Municipality municipality = student.municipalityCode() == null
                ? null
                : municipalities.byCode(student.municipalityCode()).orElse(null);
        if (municipality == null) {
            return new Proposals(
                    caseId, age, null, sorted(domains), List.of(CaseWarningCode.WOONGEMEENTE_UNKNOWN), List.of());
        }
        Map<Long, List<Long>> waits = referrals.recordedWaits(today.minusDays(RECENT_DAYS));
        record Candidate(ProviderSummary provider, Set<LifeDomain> fits, boolean embedded, WaitingTime waitingTime) {}
        List<Candidate> candidates = providers.catalogue().stream()
                .filter(provider -> provider.serves(age, municipality.code()))
                .map(provider -> new Candidate(
                        provider,
                        LifeDomainFit.fitting(provider.kind(), domains),
                        !provider.daysAt(referral.locationId()).isEmpty(),
                        waitingTime(provider, waits.getOrDefault(provider.id(), List.of()))))
                .filter(candidate -> domains.isEmpty() || !candidate.fits().isEmpty())
                .sorted(Comparator.comparing(
                                (Candidate candidate) -> -candidate.fits().size())
                        .thenComparing(candidate -> !candidate.embedded())
                        .thenComparing(
                                candidate -> candidate.waitingTime().days(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(candidate -> candidate.provider().name())
                        .thenComparing(candidate -> candidate.provider().id()))
                .toList();
        List<Proposal> proposals = IntStream.range(0, candidates.size())
                .mapToObj(index -> {
                    Candidate candidate = candidates.get(index);
                    LocalDate expectedStart = candidate.waitingTime().days() == null
                            ? null
                            : today.plusDays(candidate.waitingTime().days());
                    return new Proposal(
                            index + 1,
                            candidate.provider(),
                            reasons(candidate.provider(), age, candidate.fits(), referral.locationId()),
                            candidate.waitingTime(),
                            expectedStart,
                            warnings(candidate.provider(), student, age, expectedStart));
                })
                .toList();
        return new Proposals(caseId, age, municipality, sorted(domains), List.of(), proposals);
    }

    /** The median of the recorded waits when there are enough, else the sociale kaart's figure, else unknown. */
    static WaitingTime waitingTime(ProviderSummary provider, List<Long> recorded) {
        if (recorded.size() >= RECORDED_WAITS_NEEDED) {
            return new WaitingTime(
                    median(recorded), WaitingTimeSource.RECORDED_MEDIAN, recorded.size(), RECORDED_WAITS_NEEDED);
        }
        if (provider.typicalWaitingDays() != null) {
            return new WaitingTime(
                    provider.typicalWaitingDays(),
                    WaitingTimeSource.SOCIALE_KAART,
                    recorded.size(),
                    RECORDED_WAITS_NEEDED);
        }
        return new WaitingTime(null, WaitingTimeSource.UNKNOWN, recorded.size(), RECORDED_WAITS_NEEDED);
    }

    /** The middle value; of an even number, the mean of the two middle ones rounded up to a whole day. */
    static int median(List<Long> values) {
        List<Long> ordered = values.stream().sorted().toList();
        int middle = ordered.size() / 2;
        if (ordered.size() % 2 == 1) {
            return Math.toIntExact(ordered.get(middle));
        }
        return Math.toIntExact((ordered.get(middle - 1) + ordered.get(middle) + 1) / 2);
    }

    private static List<Reason> reasons(ProviderSummary provider, int age, Set<LifeDomain> fits, long locationId) {
        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.of(ReasonCode.SERVES_AGE_AND_MUNICIPALITY));
        reasons.add(Reason.of(age < AGE_OF_MAJORITY ? ReasonCode.YOUTH_ROUTE : ReasonCode.ADULT_ROUTE));
        if (provider.kind() == ProviderKind.DOORSTROOMPUNT) {
            reasons.add(Reason.of(ReasonCode.DOORSTROOMPUNT));
        }
        if (!fits.isEmpty()) {
            reasons.add(new Reason(ReasonCode.FITS_LIFE_DOMAINS, sorted(fits), List.of()));
        }
        if (!provider.daysAt(locationId).isEmpty()) {
            reasons.add(new Reason(ReasonCode.EMBEDDED_AT_SCHOOL, List.of(), provider.daysAt(locationId)));
        }
        return reasons;
    }

    private static List<Warning> warnings(
            ProviderSummary provider, StudentSummary student, int age, @Nullable LocalDate expectedStart) {
        if (expectedStart == null) {
            return List.of();
        }
        List<Warning> warnings = new ArrayList<>();
        LocalDate eighteenth = student.dateOfBirth().plusYears(AGE_OF_MAJORITY);
        if (age < AGE_OF_MAJORITY && !eighteenth.isAfter(expectedStart)) {
            warnings.add(new Warning(WarningCode.TURNS_18_BEFORE_START, eighteenth));
        }
        LocalDate tooOld = student.dateOfBirth().plusYears(provider.maxAge() + 1L);
        if (!tooOld.isAfter(expectedStart)) {
            warnings.add(new Warning(WarningCode.OUTGROWS_PROVIDER_BEFORE_START, tooOld));
        }
        return warnings;
    }

    private static List<LifeDomain> sorted(Set<LifeDomain> domains) {
        return domains.stream().sorted().toList();
    }
}
