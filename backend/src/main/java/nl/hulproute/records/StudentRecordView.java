package nl.hulproute.records;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import nl.hulproute.agreements.AgreementViews.AgreementRecord;
import nl.hulproute.casenotes.CaseNotes.NoteView;
import nl.hulproute.handover.JointMeetingView;
import nl.hulproute.handover.PackageContent;
import nl.hulproute.intake.SignalRecords.SignalRecord;
import nl.hulproute.lifecycle.CaseRecords.CaseRecord;
import nl.hulproute.people.StudentRecords.StudentRecord;
import nl.hulproute.privacy.AccessAction;
import nl.hulproute.shared.Role;
import nl.hulproute.waitinglist.BridgingContacts.ContactRecord;
import org.jspecify.annotations.Nullable;

/** Everything Hulproute records about one student, as exported for an AVG access request (inzage). */
@Schema(
        name = "StudentRecord",
        description = "Everything recorded about one student, with who read or changed it: the answer to an AVG "
                + "article 15 access request")
record StudentRecordView(
        @Schema(description = "When this export was made") Instant exportedAt,
        @Schema(description = "Who made it") Exporter exportedBy,
        StudentRecord student,

        @Schema(description = "Every case, oldest first, with its history, consents and bridging plans")
        List<CaseWithNotes> cases,

        @Schema(description = "Every signal raised about the student, oldest first")
        List<SignalRecord> signals,

        @Schema(
                description = "Every contact school had with the student while they waited for external care, oldest "
                        + "first")
        List<ContactRecord> bridgingContacts,

        @Schema(description = "Every handover package sent to a care provider, oldest first, whole and as it was sent")
        List<PackageContent.View> handoverPackages,

        @Schema(description = "Every driegesprek of the student, school and a receiving professional, oldest first")
        List<JointMeetingView> jointMeetings,

        @Schema(
                description = "Every support agreement (ondersteuningsafspraak), oldest first, with its revisions and "
                        + "evaluations")
        List<AgreementRecord> agreements,

        @Schema(description = "Every access-log line about the student, oldest first; this export is the last")
        List<AccessLine> accessLog) {

    /** A case as the lifecycle records it, with the notes on it, as one object. */
    @Schema(name = "CaseRecord", description = "A case as recorded, with its history, consents and bridging plans")
    record CaseWithNotes(
            @JsonUnwrapped CaseRecord theCase,

            @Schema(
                    description = "Every note and student's statement, confidential ones too, oldest first; each with "
                            + "its corrections")
            List<NoteView> notes) {}

    @Schema(name = "StudentRecordExporter", description = "The user who made the export")
    record Exporter(long id, String name, List<Role> roles) {}

    @Schema(name = "StudentRecordAccess", description = "One access-log line about the student")
    record AccessLine(
            Instant occurredAt,
            long userId,
            @Schema(description = "The user's name") String userName,
            String username,

            @Schema(description = "The roles the user held, comma-separated")
            String roles,

            AccessAction action,

            @Schema(description = "The kind of record: case, signal, consent, student, student-record …")
            String recordKind,

            @Nullable Long recordId,

            @Schema(
                    description =
                            "CARE for normal work; INZAGE for an export like this one; CORRECTION for a correction "
                                    + "(AVG art. 16); a break-glass reason")
            String purpose) {}
}
