package nl.hulproute.reporting;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the waiting-time report answers. */
final class WaitingTimeViews {

    private WaitingTimeViews() {}

    @Schema(
            name = "WaitingTimes",
            description = "Waiting times of the referrals whose external care started in the period")
    record WaitingTimesView(
            LocalDate from,
            LocalDate to,

            @Schema(description = "provider or municipality (the student's woongemeente)")
            String groupBy,

            @Schema(description = "A group with fewer cases than this shows no figures")
            int minimumCases,

            @Schema(description = "The groups by name; suppressed ones have no figures")
            List<GroupView> groups,

            @Schema(description = "The day the report was made")
            LocalDate madeOn) {}

    @Schema(
            name = "WaitingTimeGroup",
            description = "One provider or gemeente. Days are calendar days. Median: the middle value (the mean of the "
                    + "two middle ones for an even count); p90: nearest rank. Waiting-list figures are over the cases "
                    + "that were on the waiting list, and are left out when fewer than five were.")
    record GroupView(
            @Schema(description = "The provider's id or the gemeente's name")
            String key,

            String name,

            @Schema(description = "Fewer than five cases: no figures, so nobody can be recognised in them")
            boolean suppressed,

            @Schema(description = "Referrals whose care started in the period") @Nullable
            Integer cases,

            @Nullable Double referralToCareMedianDays,
            @Nullable Long referralToCareP90Days,

            @Schema(description = "Of the cases, how many were on the waiting list") @Nullable
            Integer waitedCases,

            @Nullable Double waitingListMedianDays,
            @Nullable Long waitingListP90Days,

            @Schema(
                    description =
                            "Of those on the waiting list, the percentage with a bridging plan with a school contact")
            @Nullable
            Integer bridgingPlanPercent,

            @Schema(description = "Bridging contacts recorded while the plans were in force") @Nullable
            Long contactsMade,

            @Schema(description = "Contacts the plans asked for: one every N days of each plan") @Nullable
            Long contactsPlanned) {

        static GroupView suppressed(String key, String name) {
            return new GroupView(key, name, true, null, null, null, null, null, null, null, null, null);
        }
    }
}
