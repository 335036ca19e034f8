package nl.hulproute.handover;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.hulproute.lifecycle.CaseState;
import nl.hulproute.lifecycle.HandoverCases;
import nl.hulproute.lifecycle.HandoverCases.ReadableCase;
import nl.hulproute.people.People;
import nl.hulproute.people.UserSummary;
import nl.hulproute.privacy.AccessAction;
import nl.hulproute.privacy.AccessLog;
import nl.hulproute.privacy.AccessedRecord;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.DomainProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joint meetings (driegesprek): the case's zorgcoördinator or the receiving professional plans one while the case is
 * with the receiver (handed over or in their care), on a day not in the past, and records it as held once it took
 * place (not in the future). Both sides see them in the case's timeline. Every read and change is logged.
 */
@Service
@Transactional
class JointMeetings {

    static final String RECORD_KIND = "joint-meeting";

    private final JointMeetingRepository meetings;
    private final HandoverCases cases;
    private final People people;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final HandoverRecordMapper mapper;

    JointMeetings(
            JointMeetingRepository meetings,
            HandoverCases cases,
            People people,
            AccessLog accessLog,
            ApplicationEventPublisher events,
            Clock clock,
            HandoverRecordMapper mapper) {
        this.meetings = meetings;
        this.cases = cases;
        this.people = people;
        this.accessLog = accessLog;
        this.events = events;
        this.clock = clock;
        this.mapper = mapper;
    }

    JointMeetingView plan(Actor actor, long caseId, LocalDate plannedOn, @Nullable String note) {
        ReadableCase theCase = cases.requireJointWork(actor, caseId);
        if (theCase.state() != CaseState.HANDOVER && theCase.state() != CaseState.EXTERNAL_CARE) {
            throw new DomainProblem.Conflict(
                    "joint-meeting.no-receiver",
                    "A joint meeting is planned while the case is handed over or in external care.",
                    Map.of("caseId", caseId, "state", theCase.state()));
        }
        if (plannedOn.isBefore(LocalDate.now(clock))) {
            throw new DomainProblem.Unprocessable(
                    "joint-meeting.planned-in-past",
                    "A joint meeting is planned for today or later; record one that took place as held.",
                    Map.of("caseId", caseId));
        }
        JointMeeting saved = meetings.saveAndFlush(new JointMeeting(
                caseId, theCase.studentId(), plannedOn, blankToNull(note), actor.id(), clock.instant()));
        accessLog.record(
                actor,
                AccessAction.CHANGE,
                List.of(new AccessedRecord(theCase.studentId(), RECORD_KIND, saved.id())),
                theCase.purpose());
        events.publishEvent(new JointMeetingPlanned(
                saved.id(), caseId, theCase.locationId(), theCase.providerId(), plannedOn, theCase.receiver()));
        return view(saved, people.users(List.of(actor.id())));
    }

    JointMeetingView held(
            Actor actor, long caseId, long meetingId, long version, LocalDate heldOn, @Nullable String note) {
        ReadableCase theCase = cases.requireJointWork(actor, caseId);
        JointMeeting meeting = meetings.findForUpdate(meetingId, caseId)
                .orElseThrow(() -> new DomainProblem.NotFound(
                        "joint-meeting.not-found", "There is no such joint meeting on this case."));
        if (meeting.version() != version) {
            throw DomainProblem.Conflict.staleVersion(
                    "joint-meeting", Map.of("caseId", caseId, "meetingId", meetingId), meeting.version());
        }
        if (meeting.heldOn() != null) {
            throw new DomainProblem.Conflict(
                    "joint-meeting.already-held",
                    "This joint meeting was recorded as held already.",
                    Map.of("caseId", caseId, "meetingId", meetingId));
        }
        if (heldOn.isAfter(LocalDate.now(clock))) {
            throw new DomainProblem.Unprocessable(
                    "joint-meeting.held-in-future",
                    "A joint meeting is recorded as held once it took place, not before.",
                    Map.of("caseId", caseId, "meetingId", meetingId));
        }
        meeting.held(heldOn, blankToNull(note), actor.id());
        JointMeeting saved = meetings.saveAndFlush(meeting);
        accessLog.record(
                actor,
                AccessAction.CHANGE,
                List.of(new AccessedRecord(theCase.studentId(), RECORD_KIND, saved.id())),
                theCase.purpose());
        return view(saved, people.users(userIds(List.of(saved))));
    }

    @Transactional(readOnly = true)
    List<JointMeetingView> of(Actor actor, long caseId) {
        ReadableCase theCase = cases.readable(actor, caseId);
        List<JointMeeting> found = meetings.findByCaseIdOrderByPlannedOnDescIdDesc(caseId);
        accessLog.record(
                actor,
                AccessAction.VIEW,
                List.of(new AccessedRecord(theCase.studentId(), "joint-meetings", caseId)),
                theCase.purpose());
        Map<Long, UserSummary> users = people.users(userIds(found));
        return found.stream().map(meeting -> view(meeting, users)).toList();
    }

    /** Every joint meeting about the student, oldest first, for the AVG inzage; the caller logged the export. */
    @Transactional(readOnly = true)
    List<JointMeetingView> recordsOf(long studentId) {
        List<JointMeeting> found = meetings.findByStudentIdOrderByPlannedOnAscIdAsc(studentId);
        Map<Long, UserSummary> users = people.users(userIds(found));
        return found.stream().map(meeting -> view(meeting, users)).toList();
    }

    private static List<@Nullable Long> userIds(List<JointMeeting> found) {
        List<@Nullable Long> ids = new ArrayList<>();
        for (JointMeeting meeting : found) {
            ids.add(meeting.plannedByUserId());
            ids.add(meeting.heldByUserId());
        }
        return ids;
    }

    private JointMeetingView view(JointMeeting meeting, Map<Long, UserSummary> users) {
        return mapper.toView(meeting, new HandoverRecordMapper.Names(users, Map.of()));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
