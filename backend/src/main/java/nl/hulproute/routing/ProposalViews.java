package nl.hulproute.routing;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import nl.hulproute.intake.LifeDomain;
import nl.hulproute.socialmap.Municipality;
import nl.hulproute.socialmap.ProviderSummary;
import org.jspecify.annotations.Nullable;

/** What {@code GET /api/cases/{id}/provider-proposals} answers. */
final class ProposalViews {

    private ProposalViews() {}

    /** Why a provider fits; the web app says it in Dutch. */
    @Schema(name = "ProposalReasonCode")
    enum ReasonCode {
        /** It serves the student's age and woongemeente (the serving rule, as the REFER guard applies it). */
        SERVES_AGE_AND_MUNICIPALITY,
        /** Under 18: youth care, arranged by the woongemeente (Jeugdwet, woonplaatsbeginsel). */
        YOUTH_ROUTE,
        /** From 18: support under the Wmo 2015 or adult care (Zvw). */
        ADULT_ROUTE,
        /** A doorstroompunt: for young people up to 23 heading for work or education. */
        DOORSTROOMPUNT,
        /** It helps with these life domains of the case. */
        FITS_LIFE_DOMAINS,
        /** It is in the student's school location on these days: a warm handover can start there. */
        EMBEDDED_AT_SCHOOL
    }

    /** What to watch for with a provider. */
    @Schema(name = "ProposalWarningCode")
    enum WarningCode {
        /**
         * The student turns 18 on {@code date}, before the expected start: youth care ends then, so the adult route
         * (Wmo, Zvw) has to be arranged now.
         */
        TURNS_18_BEFORE_START,
        /** The student is older than the provider's highest age from {@code date}, before the expected start. */
        OUTGROWS_PROVIDER_BEFORE_START
    }

    /** Where the waiting time comes from. */
    @Schema(name = "ProposalWaitingTimeSource")
    enum WaitingTimeSource {
        /** The median of recently recorded waits for this provider (at least the minimum number of them). */
        RECORDED_MEDIAN,
        /** The provider's own figure on the sociale kaart (too few recorded waits). */
        SOCIALE_KAART,
        /** Neither is known. */
        UNKNOWN
    }

    /** Whom the case's proposals fit, and no one when the woongemeente is not on the reference list. */
    @Schema(name = "ProposalCaseWarningCode")
    enum CaseWarningCode {
        /** The student's woongemeente is not on the reference list: no provider can be matched until it is corrected. */
        WOONGEMEENTE_UNKNOWN
    }

    @Schema(name = "ProposalReason")
    record Reason(
            ReasonCode code,
            @Schema(description = "for FITS_LIFE_DOMAINS") List<LifeDomain> lifeDomains,
            @Schema(description = "for EMBEDDED_AT_SCHOOL") List<DayOfWeek> days) {

        static Reason of(ReasonCode code) {
            return new Reason(code, List.of(), List.of());
        }
    }

    @Schema(name = "ProposalWarning")
    record Warning(
            WarningCode code,
            @Schema(description = "the day it happens") LocalDate date) {}

    @Schema(name = "ProposalWaitingTime", description = "The current typical wait from referral to acceptance")
    record WaitingTime(
            @Schema(description = "days; null when unknown") @Nullable
            Integer days,

            WaitingTimeSource source,

            @Schema(description = "how many waits were recorded for this provider in the last year")
            int recordedWaits,

            @Schema(description = "how many recorded waits the median needs")
            int recordedWaitsNeeded) {}

    @Schema(name = "ProviderProposal")
    record Proposal(
            @Schema(description = "1 is the best fit") int rank,
            ProviderSummary provider,
            List<Reason> reasons,
            WaitingTime waitingTime,

            @Schema(description = "today plus the waiting time; null when that is unknown") @Nullable
            LocalDate expectedStart,

            List<Warning> warnings) {}

    @Schema(name = "ProviderProposals")
    record Proposals(
            long caseId,
            int studentAge,

            @Schema(description = "the woongemeente on the reference list; null when it is not on it") @Nullable
            Municipality municipality,

            List<LifeDomain> lifeDomains,
            List<CaseWarningCode> warnings,
            List<Proposal> proposals) {}
}
