package nl.hulproute.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.hulproute.agreements.AcceptedBy;
import nl.hulproute.agreements.AgreementStatus;
import nl.hulproute.agreements.AgreementViews.AcceptanceRequest;
import nl.hulproute.agreements.AgreementViews.AgreementView;
import nl.hulproute.agreements.AgreementViews.EndAgreementRequest;
import nl.hulproute.agreements.AgreementViews.EvaluationRequest;
import nl.hulproute.agreements.AgreementViews.MeasureInput;
import nl.hulproute.agreements.AgreementViews.MeasureView;
import nl.hulproute.agreements.AgreementViews.NewAgreementRequest;
import nl.hulproute.agreements.AgreementViews.OutcomeInput;
import nl.hulproute.agreements.Agreements;
import nl.hulproute.agreements.MeasureKind;
import nl.hulproute.agreements.Verdict;
import nl.hulproute.demo.DemoSchool.DemoStudent;
import nl.hulproute.platform.MovableClock;
import nl.hulproute.shared.Actor;

/**
 * Support agreements for about two thirds of the students with a support need (about one in six students), with up
 * to three years of history, written after the fact through the agreements API as the location's zorgcoördinator:
 * most evaluated with the student on time, some late, some evaluated without the student, some revised after an
 * evaluation (the old revision superseded), some ended, a few still drafts. The dashboard then tells a true story.
 */
final class AgreementSeeder {

    /** One in six students has a support need; two thirds of them have agreements: about 11 in 100. */
    private static final int PER_THOUSAND = 110;

    private static final List<String> NEEDS = List.of(
            "Ik lees langzaam en raak in de war bij lange teksten; met meer tijd en voorlezen lukt het wel.",
            "Als het druk en rumoerig is, kan ik me niet concentreren en raak ik overprikkeld.",
            "Ik ben vaak moe en heb pijn; soms kan ik niet een hele dag op school zijn.",
            "Ik word erg zenuwachtig van toetsen en presentaties voor de klas.",
            "Ik heb moeite met plannen en overzicht houden over mijn opdrachten.",
            "Ik hoor slecht; ik moet voorin zitten en de docent goed kunnen zien.",
            "Ik heb soms een paniekaanval en moet dan even weg uit de klas kunnen.");

    private static final List<MeasureInput> MEASURES = List.of(
            measure(MeasureKind.ADAPTED_ASSESSMENT, "25% extra tijd bij toetsen en examens", "Examencommissie", false),
            measure(MeasureKind.ADAPTED_ASSESSMENT, "Toetsen in een aparte, rustige ruimte", "Toetscoördinator", false),
            measure(MeasureKind.EXTRA_GUIDANCE, "Elke twee weken een gesprek met de SLB'er", "SLB'er", true),
            measure(
                    MeasureKind.ADAPTED_TEACHING,
                    "Opdrachten in kleinere stappen met een weekplanning",
                    "Docententeam",
                    false),
            measure(MeasureKind.AIDS, "Laptop met voorleessoftware", "Studentsupport", true),
            measure(
                    MeasureKind.INTERNSHIP_ADJUSTMENTS,
                    "Kortere stagedagen in overleg met het leerbedrijf",
                    "Bpv-begeleider",
                    true),
            measure(
                    MeasureKind.EXTERNAL_CARE_AT_SCHOOL,
                    "Gesprekken met de jeugdprofessional op school",
                    "Zorgcoördinator",
                    false),
            measure(MeasureKind.ROOM_ADJUSTMENTS, "Vaste plek voorin het lokaal", "Docententeam", false),
            measure(MeasureKind.OTHER, "Mag de les even verlaten met een afgesproken kaartje", "Docententeam", false));

    private final Agreements agreements;
    private final MovableClock clock;

    AgreementSeeder(Agreements agreements, MovableClock clock) {
        this.agreements = agreements;
        this.clock = clock;
    }

    /** Seeds the agreements; returns how many were made. */
    int seed(DemoSchool school, Random random) {
        clock.reset();
        LocalDate today = LocalDate.now(clock);
        int made = 0;
        for (DemoStudent student : school.students()) {
            if (random.nextInt(1000) >= PER_THOUSAND) {
                continue;
            }
            Actor coordinator = school.coordinators().get(student.site());
            if (coordinator == null) {
                continue;
            }
            // which story an agreement tells goes round all kinds in turn (37 and 100 share no factor), so even a
            // small demo has its few drafts, evaluations without the student, late ones and ended ones
            new Story(coordinator, student, random, today, (made * 37 + 11) % 100).tell();
            made++;
        }
        return made;
    }

    private final class Story {
        private final Actor zc;
        private final DemoStudent student;
        private final Random random;
        private final LocalDate today;
        private final int kind;

        @SuppressWarnings("NullAway.Init") // drafted first, in tell()
        private AgreementView agreement;

        Story(Actor zc, DemoStudent student, Random random, LocalDate today, int kind) {
            this.zc = zc;
            this.student = student;
            this.random = random;
            this.today = today;
            this.kind = kind;
        }

        void tell() {
            agreement = agreements.create(
                    zc, student.id(), new NewAgreementRequest(NEEDS.get(random.nextInt(NEEDS.size())), pickMeasures()));
            if (kind < 3) {
                return; // a draft still waiting for the student
            }
            // accepted some day in the last three years, once the student was 15
            LocalDate earliest =
                    later(today.minusMonths(36), student.dateOfBirth().plusYears(15));
            if (earliest.isAfter(today)) {
                return;
            }
            LocalDate accepted =
                    earliest.plusDays(random.nextInt((int) Math.max(1, today.toEpochDay() - earliest.toEpochDay())));
            accept(accepted);
            LocalDate last = accepted;
            boolean withoutStudentOnce = kind < 10;
            boolean late = kind >= 10 && kind < 22;
            while (true) {
                LocalDate due = last.plusMonths(12);
                LocalDate held = late && random.nextBoolean()
                        ? due.plusDays(10 + random.nextInt(80))
                        : due.minusDays(random.nextInt(60));
                if (held.isAfter(today)) {
                    break;
                }
                if (withoutStudentOnce) {
                    // evaluated without the student: recorded, but it does not count, and the year runs on
                    evaluate(held, false, false);
                    break;
                }
                boolean adjust = random.nextInt(100) < 20;
                evaluate(held, true, adjust);
                if (adjust) {
                    LocalDate revised = held.plusDays(3 + random.nextInt(20));
                    if (!revised.isAfter(today)) {
                        accept(revised);
                    }
                }
                last = held;
            }
            if (kind >= 90) {
                LocalDate ended =
                        last.plusDays(random.nextInt((int) Math.max(1, today.toEpochDay() - last.toEpochDay())));
                agreement = agreements.end(
                        zc,
                        agreement.id(),
                        new EndAgreementRequest(
                                ended,
                                random.nextBoolean()
                                        ? "De student heeft de school verlaten."
                                        : "Geen extra ondersteuning meer nodig.",
                                agreement.version()));
            }
        }

        private void accept(LocalDate on) {
            if (agreement.status() != AgreementStatus.DRAFT) {
                return;
            }
            agreement = agreements.accept(
                    zc,
                    agreement.id(),
                    new AcceptanceRequest(on, AcceptedBy.STUDENT, "Getekend in het gesprek", agreement.version()));
            if (agreement.awaitingAcceptanceBy().contains(AcceptedBy.PARENT)) {
                agreement = agreements.accept(
                        zc,
                        agreement.id(),
                        new AcceptanceRequest(on, AcceptedBy.PARENT, "Getekend door een ouder", agreement.version()));
            }
        }

        private void evaluate(LocalDate held, boolean withStudent, boolean adjust) {
            AgreementView current = agreements.get(zc, agreement.id());
            List<OutcomeInput> outcomes = new ArrayList<>();
            for (MeasureView measure : current.measures()) {
                outcomes.add(new OutcomeInput(
                        measure.id(), adjust && outcomes.isEmpty() ? Verdict.ADJUST : Verdict.EFFECTIVE));
            }
            if (current.status() == AgreementStatus.DRAFT) {
                outcomes = List.of(); // a draft is open: its measures are not the ones in force
            }
            agreements.evaluate(
                    zc,
                    agreement.id(),
                    new EvaluationRequest(
                            held,
                            withStudent,
                            List.of("Zorgcoördinator", "SLB'er"),
                            outcomes,
                            withStudent ? "De afspraken helpen; ik wil ze houden." : null,
                            null,
                            null));
            agreement = agreements.get(zc, agreement.id());
        }

        private List<MeasureInput> pickMeasures() {
            List<MeasureInput> picked = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            while (picked.size() < count) {
                MeasureInput measure = MEASURES.get(random.nextInt(MEASURES.size()));
                if (!picked.contains(measure)) {
                    picked.add(measure);
                }
            }
            return picked;
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static MeasureInput measure(MeasureKind kind, String description, String responsible, boolean internship) {
        return new MeasureInput(null, kind, description, responsible, internship);
    }
}
