package nl.hulproute.waitinglist;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.hulproute.lifecycle.CaseState;
import nl.hulproute.people.PersonRef;
import nl.hulproute.people.StudentRef;
import nl.hulproute.shared.PageView;
import nl.hulproute.socialmap.ProviderRef;
import org.jspecify.annotations.Nullable;

/** What the waiting-list endpoints answer. */
final class WaitingListViews {

    private WaitingListViews() {}

    @Schema(name = "WaitingListRow", description = "A student waiting for external care, with the school's bridging")
    record WaitingListRow(
            long caseId,
            StudentRef student,
            @Nullable ProviderRef provider,
            Instant waitingSince,
            long daysWaiting,

            @Schema(description = "when the provider expects to start; often unknown") @Nullable
            LocalDate expectedStart,

            @Schema(description = "who from school keeps contact; null when no bridging is needed") @Nullable
            PersonRef contactPerson,

            @Nullable Integer contactEveryDays,

            @Schema(description = "what the bridging is, e.g. a weekly talk") @Nullable
            String bridging,

            @Schema(description = "why no bridging is needed, where that was decided") @Nullable
            String noBridgingReason,

            @Nullable LocalDate lastContact,
            @Nullable LocalDate nextContactDue,

            @Schema(description = "the next contact was due before today")
            boolean overdue,

            @Schema(
                    description = "WAITING on the list; HANDOVER or EXTERNAL_CARE while the school still bridges "
                            + "until the receiver reports care started")
            CaseState state) {}

    @Schema(
            name = "WaitingListOverview",
            description = "One page of the waiting list, with the whole list's summary: how many wait, how many of "
                    + "them have an overdue contact, and the providers they wait for (before the filters)")
    record WaitingListOverview(
            @Schema(description = "how many students wait, before the filters")
            long waiting,

            @Schema(description = "how many of them have an overdue bridging contact, before the filters")
            long overdue,

            @Schema(description = "the providers on the whole list, by name: the provider filter's choices")
            List<ProviderRef> providers,

            @Schema(description = "this page of the rows under the filters, in the list's order")
            PageView<WaitingListRow> rows) {}

    @Schema(name = "BridgingContact", description = "A contact between school and a waiting student")
    record BridgingContactView(
            long id, LocalDate contactedOn, @Nullable String note, PersonRef recordedBy, Instant recordedAt) {}
}
