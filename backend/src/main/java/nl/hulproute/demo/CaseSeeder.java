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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.hulproute.demo.CaseRoute.Step;
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
 * Opens the demo cases and walks each along its {@link CaseRoute}, only through the public API and as the users who
 * would do it: the student's SLB'er raises the signals, the location's zorgcoördinator triages, refers and records
 * consent, the provider's professional accepts or declines. The clock is moved to the moment of each step, so the
 * history, the guards' "today" and the caseload charts all see a past that makes sense.
 */
final class CaseSeeder {

    private static final Weighted<Urgency> URGENCIES =
            Weighted.of(option(Urgency.NORMAL, 78), option(Urgency.URGENT, 17), option(Urgency.ACUTE, 5));

    private static final Weighted<LifeDomain> DOMAINS = Weighted.of(
            option(LifeDomain.MENTAL_HEALTH, 28), option(LifeDomain.HOME_FAMILY, 14),
            option(LifeDomain.LEARNING_SCHOOL, 14), option(LifeDomain.WELLBEING_SOCIAL, 12),
            option(LifeDomain.FINANCES_DEBT, 8), option(LifeDomain.WORK_INTERNSHIP, 7),
            option(LifeDomain.PHYSICAL_HEALTH, 6), option(LifeDomain.HOUSING, 4),
            option(LifeDomain.SUBSTANCE_USE, 4), option(LifeDomain.JUSTICE_SAFETY, 3));

    /** Where a zorgcoördinator would look first on the sociale kaart, by what the signal was mainly about. */
    private static final Map<LifeDomain, List<ProviderKind>> FIRST_CHOICE = new EnumMap<>(Map.of(
            LifeDomain.MENTAL_HEALTH, List.of(ProviderKind.GGZ),
            LifeDomain.PHYSICAL_HEALTH, List.of(ProviderKind.WIJKTEAM),
            LifeDomain.WELLBEING_SOCIAL,
                    List.of(ProviderKind.JONGERENWERK, ProviderKind.SCHOOLMAATSCHAPPELIJK_WERK, ProviderKind.GGZ),
            LifeDomain.HOME_FAMILY, List.of(ProviderKind.JEUGDHULP, ProviderKind.WIJKTEAM),
            LifeDomain.HOUSING, List.of(ProviderKind.WIJKTEAM, ProviderKind.WMO),
            LifeDomain.FINANCES_DEBT, List.of(ProviderKind.SCHULDHULP, ProviderKind.WIJKTEAM),
            LifeDomain.WORK_INTERNSHIP, List.of(ProviderKind.SCHOOLMAATSCHAPPELIJK_WERK),
            LifeDomain.JUSTICE_SAFETY,
                    List.of(ProviderKind.JEUGDHULP, ProviderKind.WIJKTEAM, ProviderKind.JONGERENWERK),
            LifeDomain.SUBSTANCE_USE, List.of(ProviderKind.VERSLAVINGSZORG),
            LifeDomain.LEARNING_SCHOOL, List.of(ProviderKind.SCHOOLMAATSCHAPPELIJK_WERK, ProviderKind.GGZ)));

    private static final Weighted<Outcome> SCHOOL_OUTCOMES = Weighted.of(
            option(Outcome.RESOLVED_IN_SCHOOL, 78),
            option(Outcome.STUDENT_DECLINED_SUPPORT, 12),
            option(Outcome.STUDENT_LEFT_SCHOOL, 10));

    /** Below this age a parent consents as well; from 18 a parent is no longer asked. */
    private static final int AGE_OF_SOLE_CONSENT = 16;

    private static final int AGE_OF_MAJORITY = 18;

    /** How many of slb1's and of slb2's students get a case, so the demo SLB'ers have signals to follow. */
    private static final int CASES_OF_HEADLINE_SLBS = 3;

    private final SignalIntake intake;
    private final CaseManagement cases;
    private final CaseConsents consents;
    private final MovableClock clock;
    private final BridgingContacts bridgingContacts;
    private final TransactionTemplate transaction;
    private final DemoProperties properties;

    CaseSeeder(
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

    /** What was seeded: each case's final state, and how many signals, events and consents it took. */
    static final class Tally {
        final Map<CaseState, Integer> states = new EnumMap<>(CaseState.class);
        int signals;
        int events;
        int consents;
        int bridgingContacts;
        /** The students who got a case. */
        final Set<Long> students = new java.util.HashSet<>();

        int cases() {
            return states.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    Tally seed(DemoSchool school, Random random) {
        List<CaseRoute> routes = routes(properties.cases());
        Collections.shuffle(routes, random);
        List<DemoStudent> subjects = subjects(school.students(), routes.size(), random);
        ZonedDateTime now = ZonedDateTime.now(clock);
        Set<CaseRoute> routesSentToGgz = EnumSet.noneOf(CaseRoute.class);
        Tally tally = new Tally();
        for (int i = 0; i < routes.size(); i++) {
            CaseRun run = new CaseRun(school, subjects.get(i), routes.get(i), random, now, routesSentToGgz, tally);
            tally.students.add(subjects.get(i).id());
            // one transaction per case: its whole history is written with one commit, or not at all
            transaction.executeWithoutResult(status -> run.run());
        }
        return tally;
    }

    /**
     * How many cases take each route: one of each, so every state shows up even in a small demo, and the rest in
     * proportion to the routes' weights (largest remainders first).
     */
    static List<CaseRoute> routes(int count) {
        CaseRoute[] all = CaseRoute.values();
        int rest = count - all.length;
        double totalWeight =
                List.of(all).stream().mapToDouble(route -> route.weight).sum();
        int[] counts = new int[all.length];
        double[] remainders = new double[all.length];
        int assigned = 0;
        for (int i = 0; i < all.length; i++) {
            double exact = rest * all[i].weight / totalWeight;
            counts[i] = 1 + (int) exact;
            remainders[i] = exact - (int) exact;
            assigned += counts[i];
        }
        while (assigned < count) {
            int largest = 0;
            for (int i = 1; i < all.length; i++) {
                if (remainders[i] > remainders[largest]) {
                    largest = i;
                }
            }
            counts[largest]++;
            remainders[largest] = -1;
            assigned++;
        }
        List<CaseRoute> routes = new ArrayList<>();
        for (int i = 0; i < all.length; i++) {
            routes.addAll(Collections.nCopies(counts[i], all[i]));
        }
        return routes;
    }

    /** Distinct students to open cases for, with a few of slb1's and slb2's among them so their signal lists show. */
    private static List<DemoStudent> subjects(List<DemoStudent> students, int count, Random random) {
        Set<DemoStudent> chosen = new LinkedHashSet<>();
        for (String headline : List.of("slb1", "slb2")) {
            students.stream()
                    .filter(student -> student.slb().username().equals(headline))
                    .limit(CASES_OF_HEADLINE_SLBS)
                    .forEach(chosen::add);
        }
        List<DemoStudent> shuffled = new ArrayList<>(students);
        Collections.shuffle(shuffled, random);
        for (DemoStudent student : shuffled) {
            if (chosen.size() == count) {
                break;
            }
            chosen.add(student);
        }
        List<DemoStudent> subjects = new ArrayList<>(chosen);
        Collections.shuffle(subjects, random);
        return subjects;
    }

    /** One case: its plan (steps, times, what the signal says) and the walk along it. */
    private final class CaseRun {

        private final DemoSchool school;
        private final DemoStudent student;
        private final CaseRoute route;
        private final Random random;
        private final Set<CaseRoute> routesSentToGgz;
        private final Tally tally;
        private final Actor coordinator;
        private @Nullable Integer bridgingEvery;
        private @Nullable LocalDate waitingFrom;
        private final Urgency urgency;
        private final LifeDomain mainDomain;
        private final Set<LifeDomain> domains;
        private final List<Step> steps;
        private final List<Instant> times;

        private long caseId;
        private long version;
        private CaseState state = CaseState.SIGNALLED;
        private @Nullable Long providerId;
        private Set<PackageSection> consentedSections = EnumSet.allOf(PackageSection.class);

        CaseRun(
                DemoSchool school,
                DemoStudent student,
                CaseRoute route,
                Random random,
                ZonedDateTime now,
                Set<CaseRoute> routesSentToGgz,
                Tally tally) {
            this.school = school;
            this.student = student;
            this.route = route;
            this.random = random;
            this.routesSentToGgz = routesSentToGgz;
            this.tally = tally;
            this.coordinator = requireNonNull(school.coordinators().get(student.site()));
            Urgency drawn = URGENCIES.draw(random);
            // nobody dismisses an urgent signal without looking at it
            this.urgency = route == CaseRoute.DISMISSED_WITHOUT_TRIAGE ? Urgency.NORMAL : drawn;
            this.mainDomain =
                    urgency == Urgency.ACUTE ? Weighted.any(CaseTexts.ACUTE_DOMAINS, random) : DOMAINS.draw(random);
            Set<LifeDomain> signalDomains = EnumSet.of(mainDomain);
            if (random.nextDouble() < 0.4) {
                signalDomains.add(DOMAINS.draw(random));
            }
            this.domains = signalDomains;
            this.steps = steps(route, random);
            this.times = schedule(route, steps, urgency, random, now);
        }

        void run() {
            clock.moveTo(times.get(0));
            caseId = raise(CaseTexts.observation(mainDomain, urgency == Urgency.ACUTE, random), urgency);
            version = cases.view(coordinator, caseId).version();
            for (int i = 0; i < steps.size(); i++) {
                clock.moveTo(times.get(i + 1));
                take(steps.get(i), LocalDate.ofInstant(times.get(i + 1), clock.getZone()));
            }
            if (state != route.endsIn) {
                throw new IllegalStateException(
                        "demo route " + route + " ended in " + state + " instead of " + route.endsIn);
            }
            if (state == CaseState.WAITING && bridgingEvery != null && waitingFrom != null) {
                bridge(waitingFrom, bridgingEvery, LocalDate.ofInstant(Instant.now(), clock.getZone()));
            }
            tally.states.merge(state, 1, Integer::sum);
        }

        private void take(Step step, LocalDate today) {
            switch (step) {
                case SECOND_SIGNAL -> {
                    raise(CaseTexts.followUp(random), random.nextDouble() < 0.25 ? Urgency.URGENT : Urgency.NORMAL);
                    version = cases.view(coordinator, caseId).version();
                }
                case TRIAGE -> fire(coordinator, CaseEvent.START_TRIAGE, request());
                case DISMISS -> fire(coordinator, CaseEvent.DISMISS, request().reason(CaseTexts.dismissal(random)));
                case FIRST_LINE ->
                    fire(
                            coordinator,
                            CaseEvent.ASSIGN_FIRST_LINE,
                            request()
                                    .advice(CaseTexts.advice(random))
                                    .checkInDate(today.plusDays(between(7, 21, random))));
                case SECOND_LINE ->
                    fire(
                            coordinator,
                            CaseEvent.ASSIGN_SECOND_LINE,
                            request()
                                    .reason(CaseTexts.secondLineReason(random))
                                    .ownerId(Weighted.any(
                                            requireNonNull(
                                                    school.secondLineOwners().get(student.site())),
                                            random)));
                case REFER -> {
                    providerId = provider(today);
                    fire(
                            coordinator,
                            CaseEvent.REFER,
                            request().reason(CaseTexts.referral(random)).providerId(providerId));
                }
                case CONSENT -> consent(today);
                case WAITLIST -> waitlist(today);
                case HANDOVER ->
                    fire(
                            coordinator,
                            CaseEvent.START_HANDOVER,
                            request().reason(CaseTexts.handover(random)).sections(consentedSections));
                case ACCEPT ->
                    fire(
                            professional(),
                            CaseEvent.ACCEPT_HANDOVER,
                            request().firstContactDate(today.plusDays(between(1, 10, random))));
                case CARE_START ->
                    fire(professional(), CaseEvent.CARE_STARTED, request().careStartedOn(today));
                case DECLINE ->
                    fire(professional(), CaseEvent.DECLINE_HANDOVER, request().reason(CaseTexts.declined(random)));
                case END_CARE ->
                    fire(professional(), CaseEvent.END_EXTERNAL_CARE, request().summary(CaseTexts.careSummary(random)));
                case CLOSE ->
                    fire(
                            coordinator,
                            CaseEvent.CLOSE,
                            request()
                                    .outcome(
                                            state == CaseState.SECOND_LINE && tookStep(Step.END_CARE)
                                                    ? Outcome.RESOLVED_IN_SCHOOL
                                                    : SCHOOL_OUTCOMES.draw(random)));
                case CLOSE_CARE_CONTINUES ->
                    fire(
                            coordinator,
                            CaseEvent.CLOSE,
                            request()
                                    .outcome(Outcome.CONTINUES_IN_EXTERNAL_CARE)
                                    .reason(
                                            "Zorg loopt door bij de aanbieder; de SLB'er blijft aanspreekpunt op school."));
                case CLOSE_WHILE_WAITING ->
                    fire(
                            coordinator,
                            CaseEvent.CLOSE,
                            request()
                                    .outcome(Outcome.STUDENT_LEFT_SCHOOL)
                                    .reason(CaseTexts.closedWhileWaiting(random)));
                case REOPEN -> fire(coordinator, CaseEvent.REOPEN, request().reason(CaseTexts.reopening(random)));
                case MAYBE_WAITLIST, MAYBE_CARE_START ->
                    throw new IllegalStateException("resolved when the steps are planned");
            }
        }

        private long raise(String observation, Urgency signalUrgency) {
            tally.signals++;
            return intake.raise(
                            student.slb(),
                            new RaiseSignalRequest(
                                    student.id(), domains, signalUrgency, observation, random.nextDouble() < 0.8))
                    .caseId();
        }

        private void fire(Actor actor, CaseEvent event, Request request) {
            CaseView view = cases.fire(actor, caseId, event, request.build());
            version = view.version();
            state = view.state();
            tally.events++;
        }

        private Request request() {
            return new Request(version);
        }

        private boolean tookStep(Step step) {
            return steps.contains(step);
        }

        /**
         * A provider that serves the student now, found by what the signal was mainly about. The first case of each
         * route that ends with a provider goes to the GGZ, so ext1 always has something in HANDOVER and EXTERNAL_CARE.
         */
        private long provider(LocalDate today) {
            if (route.endsWithProvider() && routesSentToGgz.add(route)) {
                return school.ggzProviderId();
            }
            int age = student.ageOn(today);
            List<ProviderSummary> fitting = school.providers().stream()
                    .filter(provider ->
                            requireNonNull(FIRST_CHOICE.get(mainDomain)).contains(provider.kind()))
                    .filter(provider -> provider.serves(age, student.municipalityCode()))
                    .toList();
            if (fitting.isEmpty()) {
                fitting = school.providers().stream()
                        .filter(provider -> provider.kind() == ProviderKind.WIJKTEAM)
                        .filter(provider -> provider.serves(age, student.municipalityCode()))
                        .toList();
            }
            return fitting.isEmpty()
                    ? school.ggzProviderId()
                    : Weighted.any(fitting, random).id();
        }

        /**
         * The student's consent for the provider, and a parent's under 16 (sometimes also at 16 or 17). It holds a
         * year from the day it is given, so it is still in force today for the cases that wait or are handed over.
         */
        private void consent(LocalDate today) {
            long provider = currentProvider();
            LocalDate validUntil = today.plusYears(1);
            // most students share the whole package; some keep what they told school (the signals) to themselves
            consentedSections = random.nextDouble() < 0.25
                    ? EnumSet.of(PackageSection.STUDENT, PackageSection.SCHOOL_SUPPORT, PackageSection.BRIDGING)
                    : EnumSet.allOf(PackageSection.class);
            ConsentMethod how = random.nextDouble() < 0.3 ? ConsentMethod.DIGITAL : ConsentMethod.IN_PERSON;
            consents.give(
                    coordinator,
                    caseId,
                    new ConsentRequest(ConsentGiver.STUDENT, provider, consentedSections, how, validUntil));
            tally.consents++;
            int age = student.ageOn(today);
            if (age < AGE_OF_SOLE_CONSENT || (age < AGE_OF_MAJORITY && random.nextDouble() < 0.4)) {
                consents.give(
                        coordinator,
                        caseId,
                        new ConsentRequest(ConsentGiver.PARENT, provider, consentedSections, how, validUntil));
                tally.consents++;
            }
        }

        /**
         * Onto the waiting list: mostly with the SLB'er or a zorgcoördinator keeping contact, sometimes no need. The
         * provider knows the start date, the school often not: a third have none.
         */
        private void waitlist(LocalDate today) {
            Request request = request();
            if (random.nextDouble() < 0.65) {
                request.expectedStartDate(today.plusWeeks(between(4, 12, random)));
            }
            bridgingEvery = null;
            waitingFrom = today;
            if (random.nextDouble() < 0.15) {
                request.noBridgingReason(CaseTexts.noBridgingNeeded(random));
            } else {
                long contact = random.nextDouble() < 0.7 ? student.slb().id() : coordinator.id();
                bridgingEvery = Weighted.any(List.of(7, 14, 14, 21), random);
                request.bridging(new CaseEventRequest.Bridging(contact, bridgingEvery, CaseTexts.bridging(random)));
            }
            fire(coordinator, CaseEvent.PLACE_ON_WAITLIST, request);
        }

        /**
         * The bridging history of a student still waiting: contacts about every so many days since the plan
         * started; most are kept up to today, about a quarter stopped a while ago, so their contact is overdue.
         */
        private void bridge(LocalDate from, int every, LocalDate today) {
            boolean keptUp = random.nextDouble() < 0.75;
            LocalDate stopAfter = keptUp
                    ? today
                    : from.plusDays(random.nextInt(Math.max(1, (int) (today.toEpochDay() - from.toEpochDay()))));
            LocalDate day = from.plusDays(every - random.nextInt(3));
            while (!day.isAfter(today) && !day.isAfter(stopAfter)) {
                clock.moveTo(day.atTime(10, 0).atZone(clock.getZone()).toInstant());
                if (clock.instant().isAfter(Instant.now())) {
                    clock.reset();
                }
                bridgingContacts.recordContact(
                        coordinator, caseId, day, random.nextDouble() < 0.6 ? CaseTexts.bridgingContact(random) : null);
                tally.bridgingContacts++;
                day = day.plusDays(every - random.nextInt(3));
            }
        }

        private Actor professional() {
            return requireNonNull(school.professionals().get(currentProvider()));
        }

        private long currentProvider() {
            if (providerId == null) {
                throw new IllegalStateException("demo route " + route + " uses a provider before referring");
            }
            return providerId;
        }
    }

    /** The route's steps for one case, with its chance variations. */
    private static List<Step> steps(CaseRoute route, Random random) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < route.steps.size(); i++) {
            Step step = route.steps.get(i);
            Step next = i + 1 < route.steps.size() ? route.steps.get(i + 1) : null;
            if (step == Step.MAYBE_WAITLIST) {
                if (random.nextDouble() < 0.6) {
                    steps.add(Step.WAITLIST);
                }
            } else if (step == Step.MAYBE_CARE_START) {
                if (random.nextDouble() < 0.6) {
                    steps.add(Step.CARE_START);
                }
            } else if (step == Step.SECOND_LINE && next == Step.REFER && random.nextDouble() < 0.3) {
                // referred straight from triage: the need was clear at once
            } else {
                steps.add(step);
            }
        }
        if (random.nextDouble() < 0.15) {
            // a second signal joins the case while it is open
            int firstClose = 0;
            while (firstClose < steps.size() && !steps.get(firstClose).closes()) {
                firstClose++;
            }
            steps.add(random.nextInt(firstClose + 1), Step.SECOND_SIGNAL);
        }
        return steps;
    }

    /**
     * When the first signal and each step happen: on school days in school hours, spread over the demo's weeks, and
     * never later than a few minutes ago.
     */
    private List<Instant> schedule(
            CaseRoute route, List<Step> steps, Urgency urgency, Random random, ZonedDateTime now) {
        int[] delays = new int[steps.size()];
        int total = 0;
        Step previous = null;
        for (int i = 0; i < steps.size(); i++) {
            delays[i] = delayDays(steps.get(i), previous, urgency, random);
            total += delays[i];
            if (steps.get(i) != Step.SECOND_SIGNAL) {
                previous = steps.get(i);
            }
        }
        int span = properties.weeks() * 7 - 7;
        if (total > span) {
            // a long route is told faster so it fits in the demo's weeks
            int scaled = 0;
            for (int i = 0; i < delays.length; i++) {
                delays[i] = delays[i] * span / total;
                scaled += delays[i];
            }
            total = scaled;
        }
        int latestStart = total;
        int earliestStart = route.recentWithinDays() > 0 ? total + route.recentWithinDays() : Math.max(total, span);
        LocalDate day = now.toLocalDate().minusDays(between(latestStart, earliestStart, random));

        List<ZonedDateTime> times = new ArrayList<>();
        for (int i = 0; i <= steps.size(); i++) {
            if (i > 0) {
                day = day.plusDays(delays[i - 1]);
            }
            day = schoolDay(day);
            ZonedDateTime at = day.atTime(LocalTime.of(8, 30).plusMinutes(random.nextInt(8 * 60)))
                    .atZone(now.getZone());
            ZonedDateTime last = times.isEmpty() ? null : times.get(times.size() - 1);
            if (last != null && at.isBefore(last.plusMinutes(5))) {
                at = last.plusMinutes(between(10, 90, random));
            }
            times.add(at);
        }
        // nothing may happen in the future: move the whole route back by weeks, which keeps weekdays and hours
        while (times.get(times.size() - 1).isAfter(now.minusMinutes(2))) {
            times.replaceAll(time -> time.minusWeeks(1));
        }
        return times.stream().map(ZonedDateTime::toInstant).toList();
    }

    private static LocalDate schoolDay(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /** Days between a step and the one before it, as long as such things take in a school. */
    private static int delayDays(Step step, @Nullable Step previous, Urgency urgency, Random random) {
        return switch (step) {
            case SECOND_SIGNAL -> between(1, 10, random);
            case TRIAGE ->
                switch (urgency) {
                    case ACUTE -> 0;
                    case URGENT -> between(0, 1, random);
                    case NORMAL -> between(1, 4, random);
                };
            case DISMISS -> previous == Step.TRIAGE ? between(0, 7, random) : between(1, 5, random);
            case FIRST_LINE -> between(1, 7, random);
            case SECOND_LINE -> previous == Step.FIRST_LINE ? between(14, 35, random) : between(1, 7, random);
            case REFER -> previous == Step.SECOND_LINE ? between(7, 28, random) : between(1, 5, random);
            case CONSENT -> between(1, 7, random);
            case WAITLIST, MAYBE_WAITLIST -> between(0, 2, random);
            case HANDOVER -> previous == Step.WAITLIST ? between(14, 49, random) : between(0, 3, random);
            case ACCEPT -> between(1, 6, random);
            case CARE_START, MAYBE_CARE_START -> between(5, 21, random);
            case DECLINE -> between(2, 8, random);
            case END_CARE -> between(21, 56, random);
            case CLOSE ->
                switch (previous == null ? Step.TRIAGE : previous) {
                    case FIRST_LINE -> between(14, 42, random);
                    case END_CARE -> between(3, 14, random);
                    default -> between(21, 56, random);
                };
            case CLOSE_CARE_CONTINUES -> between(7, 28, random);
            case CLOSE_WHILE_WAITING -> between(7, 35, random);
            case REOPEN -> between(7, 35, random);
        };
    }

    /** A lifecycle request with only the fields an event takes; the others stay empty. */
    private static final class Request {
        private final long version;
        private @Nullable String reason;
        private @Nullable String advice;
        private @Nullable LocalDate checkInDate;
        private @Nullable Long ownerId;
        private @Nullable Long providerId;
        private CaseEventRequest.@Nullable Bridging bridging;
        private @Nullable String noBridgingReason;
        private @Nullable LocalDate expectedStartDate;
        private @Nullable LocalDate firstContactDate;
        private @Nullable String summary;
        private @Nullable LocalDate careStartedOn;
        private @Nullable Outcome outcome;
        private @Nullable Set<PackageSection> sections;

        Request(long version) {
            this.version = version;
        }

        Request reason(String value) {
            reason = value;
            return this;
        }

        Request advice(String value) {
            advice = value;
            return this;
        }

        Request checkInDate(LocalDate value) {
            checkInDate = value;
            return this;
        }

        Request ownerId(long value) {
            ownerId = value;
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

        Request expectedStartDate(LocalDate value) {
            expectedStartDate = value;
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

        Request sections(Set<PackageSection> value) {
            sections = value;
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
                    advice,
                    checkInDate,
                    ownerId,
                    providerId,
                    bridging,
                    noBridgingReason,
                    expectedStartDate,
                    sections,
                    firstContactDate,
                    summary,
                    outcome,
                    careStartedOn);
        }
    }
}
