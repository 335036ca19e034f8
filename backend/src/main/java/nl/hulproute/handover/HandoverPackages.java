package nl.hulproute.handover;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.hulproute.agreements.Agreements;
import nl.hulproute.casenotes.NoteRecords;
import nl.hulproute.handover.PackageContent.BridgingPart;
import nl.hulproute.handover.PackageContent.HelpQuestion;
import nl.hulproute.handover.PackageContent.MeasurePart;
import nl.hulproute.handover.PackageContent.SchoolContact;
import nl.hulproute.handover.PackageContent.SchoolSupport;
import nl.hulproute.handover.PackageContent.SignalPart;
import nl.hulproute.handover.PackageContent.StudentPart;
import nl.hulproute.intake.LifeDomain;
import nl.hulproute.intake.SignalRecords;
import nl.hulproute.intake.SignalRecords.SignalRecord;
import nl.hulproute.lifecycle.CaseEvent;
import nl.hulproute.lifecycle.CaseRecords;
import nl.hulproute.lifecycle.CaseRecords.BridgingPlanRecord;
import nl.hulproute.lifecycle.CaseRecords.CaseRecord;
import nl.hulproute.lifecycle.CaseTransitioned;
import nl.hulproute.lifecycle.HandoverCases;
import nl.hulproute.lifecycle.HandoverCases.ReadableCase;
import nl.hulproute.lifecycle.PackageSection;
import nl.hulproute.people.People;
import nl.hulproute.people.StudentSummary;
import nl.hulproute.people.Students;
import nl.hulproute.people.UserSummary;
import nl.hulproute.privacy.AccessAction;
import nl.hulproute.privacy.AccessLog;
import nl.hulproute.privacy.AccessedRecord;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.DomainProblem;
import nl.hulproute.shared.Role;
import nl.hulproute.socialmap.ProviderSummary;
import nl.hulproute.socialmap.Providers;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handover package as a snapshot. {@code START_HANDOVER} publishes {@link CaseTransitioned} inside its
 * transaction; this listener hears it there (a plain {@code @EventListener}, not after commit) and writes the package
 * as it is at that moment, so the transition and its package are committed together or not at all, and later edits to
 * the case, the advice, the agreements or the contact person leave what was sent unchanged. Only the sections sent
 * (chosen in the form, which the lifecycle's guard holds to what the consent covers) are stored. Reading it is logged.
 */
@Service
@Transactional
class HandoverPackages {

    static final String RECORD_KIND = "handover-package";

    private final HandoverPackageRepository packages;
    private final HandoverCases cases;
    private final CaseRecords caseRecords;
    private final NoteRecords noteRecords;
    private final SignalRecords signalRecords;
    private final Agreements agreements;
    private final Students students;
    private final People people;
    private final Providers providers;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ObjectMapper json;
    private final HandoverRecordMapper mapper;

    HandoverPackages(
            HandoverPackageRepository packages,
            HandoverCases cases,
            CaseRecords caseRecords,
            NoteRecords noteRecords,
            SignalRecords signalRecords,
            Agreements agreements,
            Students students,
            People people,
            Providers providers,
            AccessLog accessLog,
            Clock clock,
            ObjectMapper json,
            HandoverRecordMapper mapper) {
        this.packages = packages;
        this.cases = cases;
        this.caseRecords = caseRecords;
        this.noteRecords = noteRecords;
        this.signalRecords = signalRecords;
        this.agreements = agreements;
        this.students = students;
        this.people = people;
        this.providers = providers;
        this.accessLog = accessLog;
        this.clock = clock;
        this.json = json;
        this.mapper = mapper;
    }

    @EventListener
    void on(CaseTransitioned transition) {
        if (transition.event() != CaseEvent.START_HANDOVER || transition.providerId() == null) {
            return;
        }
        CaseRecord theCase = caseRecords.ofStudent(transition.studentId()).stream()
                .filter(found -> found.id() == transition.caseId())
                .findFirst()
                .orElseThrow();
        PackageContent content = snapshot(theCase, transition);
        try {
            packages.save(new HandoverPackage(
                    transition.caseId(),
                    transition.studentId(),
                    transition.providerId(),
                    transition.occurredAt(),
                    transition.actorUserId(),
                    json.writeValueAsString(content)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a package is plain values", e);
        }
    }

    /** The package of the case's latest handover, with the sections the actor may see; the read is logged. */
    @Transactional(readOnly = true)
    PackageContent.View latest(Actor actor, long caseId) {
        ReadableCase theCase = cases.readable(actor, caseId);
        if (!theCase.visibleSections().contains(PackageSection.STUDENT)) {
            throw new DomainProblem.Forbidden(
                    "case.section-not-consented",
                    "The student did not consent to sharing this part of the case with you.",
                    Map.of("caseId", caseId, "section", PackageSection.STUDENT));
        }
        HandoverPackage sent = packages.findFirstByCaseIdOrderBySentAtDescIdDesc(caseId)
                .orElseThrow(() ->
                        new DomainProblem.NotFound("handover.package-not-found", "This case was not handed over yet."));
        accessLog.record(
                actor,
                AccessAction.VIEW,
                List.of(new AccessedRecord(theCase.studentId(), RECORD_KIND, sent.id())),
                theCase.purpose());
        return view(
                sent,
                read(sent).limitedTo(theCase.visibleSections()),
                people.users(List.of(sent.sentByUserId())),
                providers.providers(List.of(sent.providerId())));
    }

    /**
     * Every package sent about the student, oldest first and whole (it is the student's own data), for the AVG
     * inzage; the caller logged the export.
     */
    @Transactional(readOnly = true)
    List<PackageContent.View> recordsOf(long studentId) {
        List<HandoverPackage> sent = packages.findByStudentIdOrderBySentAtAscIdAsc(studentId);
        Map<Long, UserSummary> senders =
                people.users(sent.stream().map(HandoverPackage::sentByUserId).toList());
        Map<Long, ProviderSummary> receivers = providers.providers(
                sent.stream().map(HandoverPackage::providerId).toList());
        return sent.stream()
                .map(found -> view(found, read(found), senders, receivers))
                .toList();
    }

    private PackageContent.View view(
            HandoverPackage sent,
            PackageContent content,
            Map<Long, UserSummary> senders,
            Map<Long, ProviderSummary> receivers) {
        return mapper.toView(sent, content, new HandoverRecordMapper.Names(senders, receivers));
    }

    /** The school contact in each case's latest package, for the receiver's inbox (no logging: the caller logs). */
    @Transactional(readOnly = true)
    Map<Long, SchoolContact> contactsOf(List<Long> caseIds) {
        Map<Long, SchoolContact> contacts = new java.util.HashMap<>();
        if (caseIds.isEmpty()) {
            return contacts;
        }
        // oldest first within a case, so the latest package of a case wins
        for (Object[] row : packages.contactsOf(caseIds)) {
            contacts.put(((Number) row[0]).longValue(), parse((String) row[1], SchoolContact.class));
        }
        return contacts;
    }

    private PackageContent read(HandoverPackage sent) {
        return parse(sent.content(), PackageContent.class);
    }

    /** A stored package, or a part of one, as the type it was written from. */
    private <T> T parse(String stored, Class<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored packages are JSON", e);
        }
    }

    private PackageContent snapshot(CaseRecord theCase, CaseTransitioned transition) {
        Set<PackageSection> sections = EnumSet.noneOf(PackageSection.class);
        sections.addAll(theCase.handoverSections());
        sections.add(PackageSection.STUDENT);
        StudentSummary student = students.student(transition.studentId()).orElseThrow();
        List<SignalRecord> signals = signalRecords.ofStudent(transition.studentId()).stream()
                .filter(signal -> signal.caseId() == transition.caseId())
                .toList();
        Set<LifeDomain> domains = new TreeSet<>();
        signals.forEach(signal -> domains.addAll(signal.lifeDomains()));
        LocalDate firstNoticed = signals.isEmpty()
                ? LocalDate.ofInstant(theCase.openedAt(), clock.getZone())
                : LocalDate.ofInstant(signals.get(0).raisedAt(), clock.getZone());
        List<String> ownWords = noteRecords.sharedStatementsOf(theCase.id());
        HelpQuestion helpQuestion = new HelpQuestion(
                List.copyOf(domains),
                ownWords,
                signals.stream().anyMatch(SignalRecord::discussedWithStudent),
                firstNoticed);

        List<SignalPart> signalParts = sections.contains(PackageSection.SIGNALS)
                ? signals.stream()
                        .map(signal -> new SignalPart(
                                LocalDate.ofInstant(signal.raisedAt(), clock.getZone()),
                                signal.lifeDomains(),
                                signal.observation(),
                                signal.discussedWithStudent()))
                        .toList()
                : null;
        SchoolSupport support = sections.contains(PackageSection.SCHOOL_SUPPORT)
                ? schoolSupport(theCase, transition.studentId())
                : null;
        Optional<BridgingPlanRecord> plan = theCase.bridgingPlans().stream()
                .filter(found -> found.endedAt() == null)
                .reduce((first, second) -> second);
        BridgingPart bridging = sections.contains(PackageSection.BRIDGING)
                ? plan.map(found -> new BridgingPart(
                                found.contact() == null ? null : found.contact().name(),
                                found.contactEveryDays(),
                                found.description(),
                                found.noBridgingReason(),
                                LocalDate.ofInstant(found.startedAt(), clock.getZone()),
                                found.lastContactOn()))
                        .orElse(null)
                : null;
        return new PackageContent(
                sections.stream().sorted().toList(),
                new StudentPart(
                        student.displayName(),
                        student.studentNumber(),
                        student.dateOfBirth(),
                        student.municipality(),
                        student.programme(),
                        student.level(),
                        student.track(),
                        student.locationName()),
                helpQuestion,
                signalParts,
                support,
                bridging,
                contact(theCase, plan, transition, student));
    }

    private SchoolSupport schoolSupport(CaseRecord theCase, long studentId) {
        List<Long> ids = theCase.history().stream()
                .flatMap(step -> java.util.stream.Stream.of(
                        step.payload().path("ownerId"),
                        step.payload().path("bridging").path("contactUserId")))
                .filter(node -> node.canConvertToLong())
                .map(node -> node.asLong())
                .distinct()
                .toList();
        Map<Long, UserSummary> users = people.users(ids);
        List<Long> providerIds = theCase.history().stream()
                .map(step -> step.payload().path("providerId"))
                .filter(node -> node.canConvertToLong())
                .map(node -> node.asLong())
                .distinct()
                .toList();
        Map<Long, ProviderSummary> providersById = providers.providers(providerIds);
        List<String> tried = SchoolTried.of(
                theCase.history(),
                clock.getZone(),
                id -> users.containsKey(id) ? users.get(id).displayName() : "een collega",
                id -> providersById.containsKey(id) ? providersById.get(id).name() : "een zorgaanbieder");
        List<MeasurePart> measures = agreements.measuresInForceOf(studentId).stream()
                .map(measure -> new MeasurePart(
                        measure.kind(),
                        measure.description(),
                        measure.responsible(),
                        measure.appliesDuringInternship()))
                .toList();
        return new SchoolSupport(tried, measures);
    }

    /** The bridging contact person if there is one, else the case's owner if a zorgcoördinator, else who sent it. */
    private SchoolContact contact(
            CaseRecord theCase,
            Optional<BridgingPlanRecord> plan,
            CaseTransitioned transition,
            StudentSummary student) {
        Optional<UserSummary> bridgingContact =
                plan.map(BridgingPlanRecord::contact).flatMap(contact -> people.user(contact.id()));
        if (bridgingContact.isPresent()) {
            return contactOf(bridgingContact.get(), "BRIDGING_CONTACT", student);
        }
        Optional<UserSummary> coordinator = Optional.ofNullable(theCase.owner())
                .flatMap(owner -> people.user(owner.id()))
                .filter(owner -> owner.has(Role.ZORGCOORDINATOR));
        UserSummary chosen = coordinator.orElseGet(
                () -> people.user(transition.actorUserId()).orElseThrow());
        return contactOf(chosen, "ZORGCOORDINATOR", student);
    }

    private static SchoolContact contactOf(UserSummary user, String role, StudentSummary student) {
        return new SchoolContact(user.displayName(), role, user.phone(), user.email(), student.locationName());
    }
}
