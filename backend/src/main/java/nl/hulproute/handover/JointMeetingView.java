package nl.hulproute.handover;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import nl.hulproute.people.PersonRef;
import org.jspecify.annotations.Nullable;

@Schema(name = "JointMeeting", description = "A driegesprek of the student, school and the receiving professional")
public record JointMeetingView(
        long id,
        long caseId,

        @Schema(description = "Send it back when recording the meeting as held; a newer one gives 409")
        long version,

        LocalDate plannedOn,
        PersonRef plannedBy,
        Instant plannedAt,

        @Schema(description = "The day it took place; null while it is only planned") @Nullable
        LocalDate heldOn,

        @Nullable PersonRef heldBy,

        @Schema(description = "Short and non-clinical") @Nullable
        String note) {}
