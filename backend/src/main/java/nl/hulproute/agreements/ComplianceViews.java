package nl.hulproute.agreements;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the compliance endpoints return: dates and counts, never content. */
public final class ComplianceViews {

    private ComplianceViews() {}

    @Schema(name = "ComplianceCounts", description = "How many agreements were active, compliant and overdue")
    public record CountsView(
            @Schema(description = "Accepted on or before the peildatum and not ended on or before it")
            long active,

            @Schema(description = "Evaluated with the student (or first accepted) at most 12 months before")
            long compliant,

            @Schema(description = "Active but not compliant")
            long overdue,

            @Schema(description = "compliant / active × 100, one decimal; null when none are active") @Nullable
            Double compliantPercent) {

        static CountsView of(long active, long compliant) {
            return new CountsView(active, compliant, active - compliant, percent(compliant, active));
        }
    }

    @Schema(name = "ComplianceGroup", description = "The figures of one location, programme or team")
    public record GroupView(
            @Schema(description = "The group's key: a location or team id, or the programme's name")
            String key,

            String name,
            long active,
            long compliant,
            long overdue,
            @Nullable Double compliantPercent) {}

    @Schema(name = "Compliance", description = "The yearly evaluation's compliance at a peildatum")
    public record ComplianceView(
            @Schema(description = "The peildatum") LocalDate asOf,

            @Schema(description = "location, programme or team")
            String groupBy,

            @Schema(description = "The groups that have active agreements, by name")
            List<GroupView> groups,

            CountsView total) {}

    @Schema(
            name = "OverdueAgreement",
            description = "An agreement overdue at the peildatum, with its dated evidence only")
    public record OverdueView(
            long agreementId,
            String studentNumber,

            @Schema(description = "The key of the student's group")
            String group,

            String groupName,
            LocalDate firstAcceptedOn,

            @Schema(description = "The last evaluation with the student on or before the peildatum; null when none")
            @Nullable
            LocalDate lastEvaluatedOn,

            @Schema(description = "12 months after the last evaluation with the student, or the first acceptance")
            LocalDate dueOn,

            long daysOverdue) {}

    static @Nullable Double percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L)
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
