package nl.hulproute.handover;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.hulproute.handover.PackageContent.SchoolContact;
import nl.hulproute.lifecycle.CaseState;
import nl.hulproute.lifecycle.HandoverCases;
import nl.hulproute.lifecycle.HandoverCases.ReceivedCase;
import nl.hulproute.people.StudentRef;
import nl.hulproute.people.Students;
import nl.hulproute.privacy.AccessAction;
import nl.hulproute.privacy.AccessLog;
import nl.hulproute.privacy.AccessedRecord;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mijn overdrachten: the receiving professional's inbox. Only what concerns them: the handovers to their provider that
 * wait for an answer and the students in their care (consent in force), with whom to call at school from the package
 * that was sent; no school-internal phases, owners or deadlines.
 */
@Service
@Transactional(readOnly = true)
class HandoverInbox {

    private final HandoverCases cases;
    private final HandoverPackages packages;
    private final Students students;
    private final AccessLog accessLog;

    HandoverInbox(HandoverCases cases, HandoverPackages packages, Students students, AccessLog accessLog) {
        this.cases = cases;
        this.packages = packages;
        this.students = students;
        this.accessLog = accessLog;
    }

    @Schema(name = "ReceivedHandover", description = "A handover in the receiver's inbox")
    record ReceivedHandoverView(
            long caseId,
            StudentRef student,

            @Schema(description = "HANDOVER: waits for an answer; EXTERNAL_CARE: accepted, in the receiver's care")
            CaseState state,

            @Schema(description = "When the school sent it") @Nullable
            Instant receivedAt,

            @Nullable Instant acceptedAt,

            @Schema(description = "The first-contact or intake date given when accepting") @Nullable
            LocalDate firstContactDate,

            @Schema(description = "Whom to call at school, as in the package sent") @Nullable
            SchoolContact schoolContact) {}

    List<ReceivedHandoverView> of(Actor actor) {
        Permission.WORK_WITH_CASES.require(actor);
        List<ReceivedCase> received = cases.received(actor);
        if (received.isEmpty()) {
            return List.of();
        }
        accessLog.record(
                actor,
                AccessAction.LIST,
                received.stream()
                        .map(found -> new AccessedRecord(found.studentId(), "case", found.caseId()))
                        .toList());
        Map<Long, StudentRef> studentsById =
                students.refs(received.stream().map(ReceivedCase::studentId).toList());
        Map<Long, SchoolContact> contacts =
                packages.contactsOf(received.stream().map(ReceivedCase::caseId).toList());
        return received.stream()
                .map(found -> {
                    return new ReceivedHandoverView(
                            found.caseId(),
                            requireNonNull(studentsById.get(found.studentId())),
                            found.state(),
                            found.handoverStartedAt(),
                            found.handoverAcceptedAt(),
                            found.firstContactDate(),
                            contacts.get(found.caseId()));
                })
                .toList();
    }
}
