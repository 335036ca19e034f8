package nl.hulproute.intake;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.hulproute.intake.SignalViews.CaseSignalView;
import nl.hulproute.intake.SignalViews.RaiseSignalRequest;
import nl.hulproute.intake.SignalViews.RaisedSignalView;
import nl.hulproute.intake.SignalViews.SignalView;
import nl.hulproute.lifecycle.CaseManagement;
import nl.hulproute.lifecycle.CaseManagement.SignalledCase;
import nl.hulproute.lifecycle.CaseState;
import nl.hulproute.lifecycle.CaseViews.CorrectionRequest;
import nl.hulproute.lifecycle.CaseViews.CorrectionView;
import nl.hulproute.lifecycle.PackageSection;
import nl.hulproute.people.People;
import nl.hulproute.people.StudentSummary;
import nl.hulproute.people.Students;
import nl.hulproute.people.UserSummary;
import nl.hulproute.privacy.AccessAction;
import nl.hulproute.privacy.AccessLog;
import nl.hulproute.privacy.AccessedRecord;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.Correction;
import nl.hulproute.shared.DomainProblem;
import nl.hulproute.shared.PageView;
import nl.hulproute.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raising signals, showing them to whoever raised them and to the case team, and correcting an inaccurate
 * observation (AVG art. 16) by the case's own zorgcoördinatoren.
 */
@Service
public class SignalIntake {

    /** Two signals for one student at once collide on the open case; the loser simply tries again. */
    private static final int ATTEMPTS = 3;

    private final SignalRepository signals;
    private final CaseManagement cases;
    private final Students students;
    private final People people;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    SignalIntake(
            SignalRepository signals,
            CaseManagement cases,
            Students students,
            People people,
            AccessLog accessLog,
            Clock clock,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager) {
        this.signals = signals;
        this.cases = cases;
        this.students = students;
        this.people = people;
        this.accessLog = accessLog;
        this.clock = clock;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** A signal as saved, and the state its case was left in. */
    private record Raised(Signal signal, CaseState caseState) {}

    /**
     * Saves a signal about one of the actor's students; it joins the student's open case or opens one. The signal and
     * its case are saved together or not at all.
     */
    public SignalView raise(Actor actor, RaiseSignalRequest request) {
        Permission.RAISE_SIGNALS.require(actor);
        StudentSummary student = students.visibleTo(actor, request.studentId())
                .orElseThrow(() -> new DomainProblem.Unprocessable(
                        "signal.unknown-student", "You have no student with this id.", Map.of()));
        for (int attempt = 1; ; attempt++) {
            try {
                Raised raised = requireNonNull(transaction.execute(status -> {
                    // one moment for both: the case opens (or is signalled) at the instant the signal is raised
                    Instant raisedAt = clock.instant();
                    SignalledCase signalled = cases.openOrJoin(student.id(), request.urgency(), raisedAt);
                    Signal signal = signals.save(new Signal(
                            student.id(),
                            student.locationId(),
                            signalled.id(),
                            actor.id(),
                            raisedAt,
                            request.urgency(),
                            request.lifeDomains(),
                            request.observation().strip(),
                            request.discussedWithStudent()));
                    // inside the transaction: what listeners record (an ACUTE alert) stands or falls with the signal
                    events.publishEvent(new SignalRaised(
                            signal.id(),
                            signal.caseId(),
                            student.id(),
                            student.locationId(),
                            signal.urgency(),
                            actor.id()));
                    return new Raised(signal, signalled.state());
                }));
                Signal saved = raised.signal();
                accessLog.record(actor, AccessAction.CREATE, new AccessedRecord(student.id(), "signal", saved.id()));
                return new SignalView(
                        saved.id(),
                        saved.caseId(),
                        student.id(),
                        student.displayName(),
                        saved.raisedAt(),
                        saved.urgency(),
                        saved.lifeDomains(),
                        saved.discussedWithStudent(),
                        raised.caseState().signalStatus());
            } catch (DataIntegrityViolationException | OptimisticLockingFailureException collision) {
                if (attempt == ATTEMPTS) {
                    throw collision;
                }
            }
        }
    }

    /** The actor's own signals, newest first, each with the status of its case. */
    @Transactional(readOnly = true)
    public PageView<RaisedSignalView> raisedBy(Actor actor, Pageable pageable) {
        Page<Signal> page = signals.findByRaisedByUserId(actor.id(), pageable);
        accessLog.record(
                actor,
                AccessAction.LIST,
                page.getContent().stream()
                        .map(signal -> new AccessedRecord(signal.studentId(), "signal", signal.id()))
                        .toList());
        Map<Long, CaseState> states = cases.statesOf(
                page.getContent().stream().map(Signal::caseId).distinct().toList());
        Map<Long, StudentSummary> studentsById = students.students(
                page.getContent().stream().map(Signal::studentId).distinct().toList());
        return PageView.of(
                page,
                signal -> new RaisedSignalView(
                        signal.id(),
                        signal.studentId(),
                        requireNonNull(studentsById.get(signal.studentId())).displayName(),
                        signal.raisedAt(),
                        signal.urgency(),
                        signal.lifeDomains(),
                        requireNonNull(states.get(signal.caseId())).signalStatus()));
    }

    /** How many signals were raised about students of these locations since this moment. */
    @Transactional(readOnly = true)
    public long countRaisedSince(Collection<Long> locationIds, Instant since) {
        return signals.countByLocationIdInAndRaisedAtGreaterThanEqual(locationIds, since);
    }

    /** The signals of a case, for those who may read the case. */
    @Transactional(readOnly = true)
    public List<CaseSignalView> ofCase(Actor actor, long caseId) {
        String purpose = cases.requireSection(actor, caseId, PackageSection.SIGNALS);
        List<Signal> found = signals.findByCaseIdOrderByRaisedAtAscIdAsc(caseId);
        accessLog.record(
                actor,
                AccessAction.VIEW,
                found.stream()
                        .map(signal -> new AccessedRecord(signal.studentId(), "signal", signal.id()))
                        .toList(),
                purpose);
        Map<Long, UserSummary> users = people.users(userIds(found));
        return found.stream().map(signal -> caseView(signal, users)).toList();
    }

    /**
     * Corrects a signal's observation: the case's own zorgcoördinatoren only. The inaccurate observation is
     * overwritten, not kept; the signal keeps when, by whom and why. 404 for a signal that is not on this case, 403
     * for anyone else on the case, 409 for a stale version.
     */
    @Transactional
    public CaseSignalView correct(Actor actor, long caseId, long signalId, CorrectionRequest request) {
        cases.requireCorrector(actor, caseId);
        Signal signal = signals.findOnCaseForUpdate(signalId, caseId)
                .orElseThrow(
                        () -> new DomainProblem.NotFound("signal.not-found", "There is no such signal on this case."));
        if (request.version() != null && request.version() != signal.version()) {
            throw DomainProblem.Conflict.staleVersion(
                    "signal", Map.of("caseId", caseId, "signalId", signalId), signal.version());
        }
        String corrected = request.text().strip();
        if (corrected.equals(signal.observation())) {
            throw new DomainProblem.Unprocessable(
                    "correction.text-unchanged",
                    "The corrected text is the same as the recorded text.",
                    Map.of("caseId", caseId, "signalId", signalId));
        }
        signal.correct(
                corrected,
                new Correction(clock.instant(), actor.id(), request.reason().strip()));
        Signal saved = signals.saveAndFlush(signal);
        accessLog.record(
                actor,
                AccessAction.CHANGE,
                List.of(new AccessedRecord(saved.studentId(), "signal", saved.id())),
                AccessLog.PURPOSE_CORRECTION);
        return caseView(saved, people.users(userIds(List.of(saved))));
    }

    /** The raisers and correctors of these signals, to name them in one lookup. */
    static List<Long> userIds(List<Signal> signals) {
        return signals.stream()
                .flatMap(signal -> Stream.concat(
                        Stream.of(signal.raisedByUserId()),
                        signal.corrections().stream().map(Correction::correctedByUserId)))
                .distinct()
                .toList();
    }

    static String nameOf(long userId, Map<Long, UserSummary> users) {
        UserSummary user = users.get(userId);
        return user == null ? "" : user.displayName();
    }

    private static CaseSignalView caseView(Signal signal, Map<Long, UserSummary> users) {
        return new CaseSignalView(
                signal.id(),
                signal.version(),
                signal.raisedAt(),
                signal.raisedByUserId(),
                nameOf(signal.raisedByUserId(), users),
                signal.urgency(),
                signal.lifeDomains(),
                signal.observation(),
                signal.discussedWithStudent(),
                CorrectionView.of(signal.corrections(), users));
    }
}
