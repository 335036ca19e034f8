package nl.hulproute.handover;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A driegesprek was planned on a case, by the school or by the receiving professional: the other side is told. */
record JointMeetingPlanned(
        long meetingId,
        long caseId,
        long locationId,
        @Nullable Long providerId,
        LocalDate plannedOn,
        boolean byReceiver) {}
