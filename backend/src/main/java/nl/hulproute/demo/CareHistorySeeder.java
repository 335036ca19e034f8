package nl.hulproute.demo;

import static java.util.Objects.requireNonNull;
import static nl.hulproute.demo.Weighted.between;
import static nl.hulproute.demo.Weighted.option;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.hulproute.demo.DemoSchool.DemoStudent;
import nl.hulproute.intake.LifeDomain;
import nl.hulproute.intake.SignalIntake;
import nl.hulproute.intake.SignalViews.RaiseSignalRequest;
import nl.hulproute.lifecycle.CaseConsents;
import nl.hulproute.lifecycle.CaseEvent;
import nl.hulproute.lifecycle.CaseEventRequest;
import nl.hulproute.lifecycle.CaseManagement;
import nl.hulproute.lifecycle.CaseState;
import nl.hulproute.lifecycle.CaseViews.CaseView;
import nl.hulproute.lifecycle.CaseViews.ConsentRequest;
import nl.hulproute.lifecycle.ConsentGiver;
import nl.hulproute.lifecycle.ConsentMethod;
import nl.hulproute.lifecycle.Outcome;
import nl.hulproute.lifecycle.PackageSection;
import nl.hulproute.lifecycle.Urgency;
import nl.hulproute.platform.MovableClock;
import nl.hulproute.shared.Actor;
import nl.hulproute.socialmap.ProviderKind;
import nl.hulproute.socialmap.ProviderSummary;
import nl.hulproute.waitinglist.BridgingContacts;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The school's past in the third line: closed cases over the last eighteen months that went the whole route, each
 * through the public API as the people who would do it — referral, mostly a waiting list with a bridging plan and
 * its contacts (most kept up, some not), handover, acceptance, care started, care ended, closed. Waits differ per
 * kind of provider the way they do in the region (GGZ and jeugdhulp long, schoolmaatschappelijk werk short), so the
 * waiting-time report has realistic figures for the big providers and gemeenten, and too few to show for the small.
 */
final class CareHistorySeeder {

    /** How far back the oldest signal of the history goes. */
    static final int MONTHS = 18;

    /** Where such a student is referred, and how often. */
    private static final Weighted<ProviderKind> KINDS = Weighted.of(
            option(ProviderKind.GGZ, 45),
            option(ProviderKind.WIJKTEAM, 20),
            option(ProviderKind.JEUGDHULP, 12),
            option(ProviderKind.SCHOOLMAATSCHAPPELIJK_WERK, 10),
            option(ProviderKind.VERSLAVINGSZORG, 5),
            option(ProviderKind.SCHULDHULP, 4),
            option(ProviderKind.JONGERENWERK, 4));

    private static final Map<ProviderKind, LifeDomain> DOMAIN = Map.of(
            ProviderKind.GGZ, LifeDomain.MENTAL_HEALTH,
            ProviderKind.WIJKTEAM, LifeDomain.HOME_FAMILY,
            ProviderKind.JEUGDHULP, LifeDomain.HOME_FAMILY,
            ProviderKind.SCHOOLMAATSCHAPPELIJK_WERK, LifeDomain.WELLBEING_SOCIAL,
            ProviderKind.VERSLAVINGSZORG, LifeDomain.SUBSTANCE_USE,
            ProviderKind.SCHULDHULP, LifeDomain.FINANCES_DEBT,
            ProviderKind.JONGERENWERK, LifeDomain.WELLBEING_SOCIAL,
            ProviderKind.WMO, LifeDomain.HOUSING);

    /** The typical days on a provider's waiting list (the median; the spread is wide, with a long tail). */
    private static final Map<ProviderKind, Integer> TYPICAL_WAIT = Map.of(
            ProviderKind.GGZ,
            63,
            ProviderKind.JEUGDHULP,
            49,
            ProviderKind.VERSLAVINGSZORG,
            35,
            ProviderKind.WIJKTEAM,
            21,
            ProviderKind.WMO,
            28,
            ProviderKind.SCHULDHULP,
            28,
            ProviderKind.JONGERENWERK,
            10,
            ProviderKind.SCHOOLMAATSCHAPPELIJK_WERK,
            12);

    private static final int AGE_OF_SOLE_CONSENT = 16;
    private static final Set<PackageSection> WHOLE_PACKAGE = EnumSet.allOf(PackageSection.class);

    private final SignalIntake intake;
    private final CaseManagement cases;
    private final CaseConsents consents;
    private final BridgingContacts bridgingContacts;
    private final MovableClock clock;
    private final TransactionTemplate transaction;
    private final DemoProperties properties;

    CareHistorySeeder(
            SignalIntake intake,
            CaseManagement cases,
            CaseConsents consents,
            BridgingContacts bridgingContacts,
            MovableClock clock,
            TransactionTemplate transaction,
            DemoProperties properties) {
        this.intake = intake;
        this.cases = cases;
        this.consents = consents;
        this.bridgingContacts = bridgingContacts;
        this.clock = clock;
        this.transaction = transaction;
        this.properties = properties;
    }

    /** Seeds the history for students who have no case yet; returns how many cases, events and contacts it took. */
    CaseSeeder.Tally seed(DemoSchool school, Set<Long> studentsWithACase, Random random) {
        List<DemoStudent> free = new ArrayList<>(school.students().stream()
                .filter(student -> !studentsWithACase.contains(student.id()))
                .toList());
        Collections.shuffle(free, random);
        ZonedDateTime now = ZonedDateTime.now(clock);
        CaseSeeder.Tally tally = new CaseSeeder.Tally();
        for (int i = 0; i < properties.careHistory() && i < free.size(); i++) {
            Episode episode = new Episode(school, free.get(i), random, now, tally);
            transaction.executeWithoutResult(status -> episode.run());
        }
        return tally;
    }

    /** One closed case along the whole third-line route. */
    private final class Episode {
        private final DemoSchool school;
        private final DemoStudent student;
        private final Random random;
        private final CaseSeeder.Tally tally;
        private final Actor coordinator;
        private final ProviderSummary provider;
        private final LocalDate signalled;
        private final LocalDate referred;
        private final @Nullable Integer waitingDays;
        private final LocalDate handedOver;
        private final LocalDate accepted;
        private final LocalDate careStarted;
        private final LocalDate careEnded;
        private final LocalDate closed;
        private final @Nullable Integer contactEvery;
        private long caseId;
        private long version;
        private @Nullable Instant last;

        Episode(DemoSchool school, DemoStudent student, Random random, ZonedDateTime now, CaseSeeder.Tally tally) {
            this.school = school;
            this.student = student;
            this.random = random;
            this.tally = tally;
            this.coordinator = requireNonNull(school.coordinators().get(student.site()));
            // the whole route first, then placed in the last eighteen months so it ends before today
            int toReferral = between(3, 35, random);
            boolean waits = random.nextDouble() < 0.8;
            LocalDate today = now.toLocalDate();
            LocalDate roughStart = today.minusDays(between(60, MONTHS * 30, random));
            ProviderSummary chosen = provider(school, student, roughStart, random);
            int typical = TYPICAL_WAIT.getOrDefault(chosen.kind(), 30);
            this.waitingDays = waits ? spread(typical, random) : null;
            int toAcceptance = between(1, 6, random);
            int toCare = between(2, 18, random);
            int inCare = between(28, 120, random);
            int toClose = between(3, 14, random);
            int total = toReferral
                    + (waitingDays == null ? between(1, 4, random) : waitingDays + 2)
                    + toAcceptance
                    + toCare
                    + inCare
                    + toClose;
            LocalDate start = roughStart;
            // weekends move steps by a day or two: a fortnight's room keeps the last step, and care's start, in the
            // past
            if (start.plusDays(total).isAfter(today.minusDays(14))) {
                start = today.minusDays(total + 14L);
            }
            this.signalled = schoolDay(start);
            this.referred = schoolDay(signalled.plusDays(toReferral));
            this.handedOver = schoolDay(
                    waitingDays == null
                            ? referred.plusDays(between(1, 4, random))
                            : referred.plusDays(2L + waitingDays));
            this.accepted = schoolDay(handedOver.plusDays(toAcceptance));
            this.careStarted = accepted.plusDays(toCare);
            this.careEnded = schoolDay(careStarted.plusDays(inCare));
            this.closed = schoolDay(careEnded.plusDays(toClose));
            // the student may have grown out of the provider's ages by the day of the referral: then the GGZ
            this.provider = chosen.serves(student.ageOn(referred), student.municipalityCode()) ? chosen : ggz(school);
            this.contactEvery =
                    waits && random.nextDouble() < 0.85 ? Weighted.any(List.of(7, 14, 14, 21), random) : null;
        }

        void run() {
            at(signalled);
            LifeDomain domain = DOMAIN.getOrDefault(provider.kind(), LifeDomain.WELLBEING_SOCIAL);
            caseId = intake.raise(
                            student.slb(),
                            new RaiseSignalRequest(
                                    student.id(),
                                    Set.of(domain),
                                    Urgency.NORMAL,
                                    CaseTexts.observation(domain, false, random),
                                    random.nextDouble() < 0.8))
                    .caseId();
            tally.signals++;
            version = cases.view(coordinator, caseId).version();
            at(signalled.plusDays(between(0, 2, random)));
            fire(coordinator, CaseEvent.START_TRIAGE, request());
            at(referred);
            fire(
                    coordinator,
                    CaseEvent.REFER,
                    request().reason(CaseTexts.referral(random)).providerId(provider.id()));
            consent();
            if (waitingDays != null) {
                Request waitlist = request();
                if (contactEvery == null) {
                    waitlist.noBridgingReason(CaseTexts.noBridgingNeeded(random));
                } else {
                    long contact = random.nextDouble() < 0.7 ? student.slb().id() : coordinator.id();
                    waitlist.bridging(new CaseEventRequest.Bridging(contact, contactEvery, CaseTexts.bridging(random)));
                }
                at(referred.plusDays(1));
                fire(coordinator, CaseEvent.PLACE_ON_WAITLIST, waitlist);
                if (contactEvery != null) {
                    bridge(referred.plusDays(1), handedOver.minusDays(1));
                }
            }
            at(handedOver);
            fire(
                    coordinator,
                    CaseEvent.START_HANDOVER,
                    request().reason(CaseTexts.handover(random)).sections(WHOLE_PACKAGE));
            Actor professional = requireNonNull(school.professionals().get(provider.id()));
            at(accepted);
            fire(professional, CaseEvent.ACCEPT_HANDOVER, request().firstContactDate(careStarted));
            at(careStarted);
            fire(professional, CaseEvent.CARE_STARTED, request().careStartedOn(careStarted));
            at(careEnded);
            fire(professional, CaseEvent.END_EXTERNAL_CARE, request().summary(CaseTexts.careSummary(random)));
            at(closed);
            fire(coordinator, CaseEvent.CLOSE, request().outcome(Outcome.RESOLVED_IN_SCHOOL));
            tally.states.merge(CaseState.CLOSED, 1, Integer::sum);
        }

        /** The student's consent (and a parent's under 16), a year from the day it is given. */
        private void consent() {
            LocalDate today = LocalDate.now(clock);
            ConsentMethod how = random.nextDouble() < 0.3 ? ConsentMethod.DIGITAL : ConsentMethod.IN_PERSON;
            consents.give(
                    coordinator,
                    caseId,
                    new ConsentRequest(ConsentGiver.STUDENT, provider.id(), WHOLE_PACKAGE, how, today.plusYears(1)));
            tally.consents++;
            if (student.ageOn(today) < AGE_OF_SOLE_CONSENT) {
                consents.give(
                        coordinator,
                        caseId,
                        new ConsentRequest(ConsentGiver.PARENT, provider.id(), WHOLE_PACKAGE, how, today.plusYears(1)));
                tally.consents++;
            }
        }

        /** Contacts about every so many days while the student waits; a quarter of the plans lapse after a while. */
        private void bridge(LocalDate from, LocalDate until) {
            int every = contactEvery == null ? 14 : contactEvery;
            boolean keptUp = random.nextDouble() < 0.75;
            long span = Math.max(1, until.toEpochDay() - from.toEpochDay());
            LocalDate stopAfter = keptUp ? until : from.plusDays(random.nextLong(span));
            LocalDate day = from.plusDays(every - random.nextInt(3));
            while (!day.isAfter(until) && !day.isAfter(stopAfter)) {
                at(day);
                bridgingContacts.recordContact(
                        coordinator, caseId, day, random.nextDouble() < 0.6 ? CaseTexts.bridgingContact(random) : null);
                tally.bridgingContacts++;
                day = day.plusDays(every - random.nextInt(3));
            }
        }

        private void fire(Actor actor, CaseEvent event, Request request) {
            CaseView view = cases.fire(actor, caseId, event, request.build());
            version = view.version();
            tally.events++;
        }

        private Request request() {
            return new Request(version);
        }

        /** A school-hours moment on that day, after the step before and never later than now. */
        private void at(LocalDate day) {
            Instant moment = day.atTime(LocalTime.of(9, 0).plusMinutes(random.nextInt(7 * 60)))
                    .atZone(clock.getZone())
                    .toInstant();
            if (last != null && !moment.isAfter(last.plusSeconds(300))) {
                moment = last.plusSeconds(60L * between(10, 90, random));
            }
            Instant latest = Instant.now().minusSeconds(60);
            last = moment.isAfter(latest) ? latest : moment;
            clock.moveTo(last);
        }
    }

    /** A provider of a common kind for the case that serves the student on that day; the GGZ when none does. */
    private static ProviderSummary provider(DemoSchool school, DemoStudent student, LocalDate on, Random random) {
        int age = student.ageOn(on);
        ProviderKind kind = KINDS.draw(random);
        List<ProviderSummary> fitting = school.providers().stream()
                .filter(provider -> provider.kind() == kind)
                .filter(provider -> provider.serves(age, student.municipalityCode()))
                .toList();
        if (!fitting.isEmpty()) {
            return Weighted.any(fitting, random);
        }
        return ggz(school);
    }

    private static ProviderSummary ggz(DemoSchool school) {
        return school.providers().stream()
                .filter(provider -> provider.id() == school.ggzProviderId())
                .findFirst()
                .orElseThrow();
    }

    /** Days around a typical wait: from a third of it to about three times it, most near the typical value. */
    private static int spread(int typical, Random random) {
        double factor = Math.exp(random.nextGaussian() * 0.45);
        return Math.max(3, (int) Math.round(typical * Math.min(3.0, Math.max(0.33, factor))));
    }

    private static LocalDate schoolDay(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /** A lifecycle request with only the fields an event takes. */
    private static final class Request {
        private final long version;
        private @Nullable String reason;
        private @Nullable Long providerId;
        private CaseEventRequest.@Nullable Bridging bridging;
        private @Nullable String noBridgingReason;
        private @Nullable Set<PackageSection> sections;
        private @Nullable LocalDate firstContactDate;
        private @Nullable LocalDate careStartedOn;
        private @Nullable String summary;
        private @Nullable Outcome outcome;

        Request(long version) {
            this.version = version;
        }

        Request reason(String value) {
            reason = value;
            return this;
        }

        Request providerId(long value) {
            providerId = value;
            return this;
        }

        Request bridging(CaseEventRequest.Bridging value) {
            bridging = value;
            return this;
        }

        Request noBridgingReason(String value) {
            noBridgingReason = value;
            return this;
        }

        Request sections(Set<PackageSection> value) {
            sections = value;
            return this;
        }

        Request firstContactDate(LocalDate value) {
            firstContactDate = value;
            return this;
        }

        Request careStartedOn(LocalDate value) {
            careStartedOn = value;
            return this;
        }

        Request summary(String value) {
            summary = value;
            return this;
        }

        Request outcome(Outcome value) {
            outcome = value;
            return this;
        }

        CaseEventRequest build() {
            return new CaseEventRequest(
                    version,
                    reason,
                    null,
                    null,
                    null,
                    providerId,
                    bridging,
                    noBridgingReason,
                    null,
                    sections,
                    firstContactDate,
                    summary,
                    outcome,
                    careStartedOn);
        }
    }
}
