package nl.hulproute.demo;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.hulproute.intake.LifeDomain;

/**
 * What demo users write: short observations as an SLB'er would jot them down, and the reasons and advice of a
 * zorgcoördinator. Written for the demo; no text comes from a real case.
 */
final class CaseTexts {

    private CaseTexts() {}

    private static final Map<LifeDomain, List<String>> OBSERVATIONS = new EnumMap<>(Map.of(
            LifeDomain.MENTAL_HEALTH,
                    List.of(
                            "Oogt de laatste weken somber en trekt zich terug in de klas.",
                            "Vertelde na de les slecht te slapen en vaak gespannen te zijn voor toetsen.",
                            "Zei in het mentoruur dat alles te veel wordt; moest huilen bij het bespreken van de planning.",
                            "Heeft paniekaanvallen gehad tijdens de presentatie en durft niet meer naar de praktijkles."),
            LifeDomain.PHYSICAL_HEALTH,
                    List.of(
                            "Is vaak ziek gemeld; klaagt over hoofdpijn en vermoeidheid.",
                            "Heeft een chronische aandoening en mist daardoor regelmatig lessen; loopt achter.",
                            "Komt zonder ontbijt naar school en valt in de middag bijna in slaap."),
            LifeDomain.WELLBEING_SOCIAL,
                    List.of(
                            "Staat in de pauzes steeds alleen; klasgenoten sluiten de student buiten.",
                            "Wordt volgens klasgenoten gepest in de groepsapp.",
                            "Heeft weinig contact met de groep sinds de overstap van een andere opleiding."),
            LifeDomain.HOME_FAMILY,
                    List.of(
                            "Vertelt dat het thuis onrustig is sinds de scheiding van de ouders.",
                            "Zorgt veel voor jongere broertjes en zusjes en komt daardoor vaak te laat.",
                            "Een ouder is ernstig ziek; de student is er met de gedachten niet bij.",
                            "Heeft ruzie met de ouders en slaapt af en toe bij een tante."),
            LifeDomain.HOUSING,
                    List.of(
                            "Moet binnenkort de kamer uit en heeft nog geen nieuwe woonruimte.",
                            "Woont sinds kort op zichzelf en redt het niet met huishouden en school."),
            LifeDomain.FINANCES_DEBT,
                    List.of(
                            "Heeft openstaande rekeningen en wordt gebeld door een incassobureau.",
                            "Kan de reiskosten naar de stage niet betalen.",
                            "Werkt veel uren in een bijbaan om schulden af te lossen; huiswerk schiet erbij in."),
            LifeDomain.WORK_INTERNSHIP,
                    List.of(
                            "Stagebegeleider meldt dat de student vaak te laat komt en afspraken niet nakomt.",
                            "Is gestopt bij het leerbedrijf na een conflict; zoekt geen nieuwe plek.",
                            "Voelt zich niet veilig op de stageplek en wil er niet meer heen."),
            LifeDomain.JUSTICE_SAFETY,
                    List.of(
                            "Vertelde over bedreigingen via sociale media.",
                            "Heeft een taakstraf en mist daardoor lessen; wil dit niet met de klas bespreken."),
            LifeDomain.SUBSTANCE_USE,
                    List.of(
                            "Ruikt regelmatig naar cannabis en is dan afwezig in de les.",
                            "Komt op maandag vaak niet; vertelde veel te drinken in het weekend."),
            LifeDomain.LEARNING_SCHOOL,
                    List.of(
                            "Verzuimt veel (ruim 30 uur dit blok), vaak zonder bericht.",
                            "Loopt achter met opdrachten en haakt af bij het project.",
                            "Twijfelt hardop of de opleiding wel past en denkt aan stoppen.")));

    /** ACUTE: safety is at stake and the zorgcoördinator is told at once. */
    private static final Map<LifeDomain, List<String>> ACUTE_OBSERVATIONS = new EnumMap<>(Map.of(
            LifeDomain.MENTAL_HEALTH,
                    List.of(
                            "Uitte in de les gedachten over niet meer willen leven; de student is niet alleen naar huis gegaan."),
            LifeDomain.JUSTICE_SAFETY, List.of("Vertelt thuis bedreigd te worden en durft vandaag niet naar huis."),
            LifeDomain.HOUSING, List.of("Is het huis uitgezet en weet niet waar vannacht te slapen.")));

    static final List<LifeDomain> ACUTE_DOMAINS = List.copyOf(ACUTE_OBSERVATIONS.keySet());

    private static final List<String> FOLLOW_UPS = List.of(
            "Opnieuw afwezig geweest zonder bericht; maak me meer zorgen dan bij de eerste melding.",
            "Vandaag een goed gesprek gehad; de student wil graag hulp maar weet niet waar te beginnen.",
            "Klasgenoten komen naar mij toe omdat ze zich zorgen maken.",
            "Stagebedrijf belde: de student is deze week niet verschenen.");

    static String observation(LifeDomain domain, boolean acute, Random random) {
        List<String> options = requireNonNull(
                acute && ACUTE_OBSERVATIONS.containsKey(domain)
                        ? ACUTE_OBSERVATIONS.get(domain)
                        : OBSERVATIONS.get(domain));
        return Weighted.any(options, random);
    }

    static String followUp(Random random) {
        return Weighted.any(FOLLOW_UPS, random);
    }

    static String dismissal(Random random) {
        return Weighted.any(
                List.of(
                        "Gesprek gevoerd; het gaat weer beter, geen vervolg nodig.",
                        "Besproken met student en SLB'er: past binnen de basisondersteuning in de klas.",
                        "Situatie was tijdelijk; de student weet waar de zorgcoördinator te vinden is.",
                        "Student heeft al hulp via de huisarts; niets extra nodig vanuit school."),
                random);
    }

    static String advice(Random random) {
        return Weighted.any(
                List.of(
                        "Plan wekelijks een kort check-in gesprek na de les; meld terugval of meer verzuim.",
                        "Geef ruimte voor rustmomenten en bespreek samen de planning van opdrachten.",
                        "Spreek verzuim direct aan en bel dezelfde dag als de student niet komt.",
                        "Laat de student een vaste plek in het lokaal kiezen en kondig toetsen ruim van tevoren aan."),
                random);
    }

    static String secondLineReason(Random random) {
        return Weighted.any(
                List.of(
                        "Meer nodig dan basisondersteuning; gesprekken bij studentsupport.",
                        "Begeleiding door de zorgcoördinator, met een plan voor de komende weken."),
                random);
    }

    static String referral(Random random) {
        return Weighted.any(
                List.of(
                        "Specialistische hulp nodig; de student staat open voor een verwijzing.",
                        "Problemen liggen vooral buiten school; hulp via de gemeente is passend."),
                random);
    }

    static String noBridgingNeeded(Random random) {
        return Weighted.any(
                List.of(
                        "Student heeft wekelijks contact met de praktijkondersteuner van de huisarts.",
                        "Wijkteam houdt tijdens het wachten al contact."),
                random);
    }

    /** What the bridging is: never clinical. */
    static String bridging(Random random) {
        return Weighted.any(
                List.of(
                        "Wekelijks kort gesprek met de mentor.",
                        "Aangepast rooster: later beginnen op maandag.",
                        "Vast aanspreekpunt bij studentsupport; even bellen als het niet gaat.",
                        "Korte check-in na de les, samen met de SLB'er."),
                random);
    }

    /** A bridging contact's short note: how it went, never clinical. */
    static String bridgingContact(Random random) {
        return Weighted.any(
                List.of(
                        "Gebeld; gaat redelijk, volgende keer op school.",
                        "Kort gesprek na de les; wacht nog op bericht van de aanbieder.",
                        "Langs geweest bij studentsupport; afspraken over het rooster lopen goed.",
                        "Appje gestuurd en teruggebeld; geen bijzonderheden."),
                random);
    }

    static String handover(Random random) {
        return Weighted.any(
                List.of(
                        "Plek vrijgekomen; overdrachtsgesprek samen met de student gepland.",
                        "Aanmelding compleet; warme overdracht met de student erbij."),
                random);
    }

    static String declined(Random random) {
        return Weighted.any(
                List.of(
                        "Hulpvraag past niet binnen ons aanbod; advies is eerst het wijkteam.",
                        "Geen plek binnen redelijke termijn; we verwijzen terug naar school."),
                random);
    }

    static String careSummary(Random random) {
        return Weighted.any(
                List.of(
                        "Behandeling afgerond. Helpt: een vaste plek in de klas en toetsen vooraf aangekondigd.",
                        "Traject afgesloten; de student weet wanneer opnieuw contact op te nemen. Let op verzuim na vakanties.",
                        "Begeleiding beëindigd. Korte check-ins met de SLB'er blijven zinvol."),
                random);
    }

    static String closedWhileWaiting(Random random) {
        return Weighted.any(
                List.of(
                        "Student is verhuisd en volgt elders onderwijs; wachtlijstplek is doorgegeven aan de nieuwe school.",
                        "Student is gestopt met de opleiding; aanmelding bij de zorgaanbieder blijft staan."),
                random);
    }

    static String reopening(Random random) {
        return Weighted.any(
                List.of(
                        "Student meldt zich opnieuw bij studentsupport; de klachten zijn terug.",
                        "SLB'er ziet hetzelfde patroon als eerder: veel verzuim en terugtrekken."),
                random);
    }
}
