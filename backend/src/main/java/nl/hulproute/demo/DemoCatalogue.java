package nl.hulproute.demo;

import static java.util.Objects.requireNonNull;
import static nl.hulproute.demo.Weighted.option;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.hulproute.socialmap.EmbeddedPresence;
import nl.hulproute.socialmap.Municipalities;
import nl.hulproute.socialmap.NewProvider;
import nl.hulproute.socialmap.ProviderContact;
import nl.hulproute.socialmap.ProviderKind;

/**
 * The fictional school and its surroundings. The ROC, its municipalities and the care providers are invented; the
 * programmes are real MBO programmes so the lists look familiar to the people the demo is for.
 */
final class DemoCatalogue {

    static final String SCHOOL = "ROC Lindewaard (demo)";

    private DemoCatalogue() {}

    /** Sectors in the national proportions of students (Monitor Passend Onderwijs MBO). */
    enum Sector {
        ZORG_EN_WELZIJN("Zorg en welzijn", 37),
        TECHNIEK("Techniek", 31),
        ECONOMIE("Economie", 27),
        CREATIEF("Creatieve industrie", 5);

        final String label;
        final double share;

        Sector(String label, double share) {
            this.label = label;
            this.share = share;
        }
    }

    /** A location and the municipalities its students live in (woongemeenten), the biggest first. */
    record Site(
            String code, String place, String municipality, Weighted<String> catchment, List<String> municipalities) {

        String locationName() {
            return SCHOOL + ", locatie " + place;
        }
    }

    static final Site A = site("A", "Stationsplein", List.of("Lindewaard", "Bremhorst", "Veenakker", "Oosterzijl"));
    static final Site B = site("B", "Havenkade", List.of("Amerstede", "Hoefkamp", "Zandloo", "Wilgenrade"));
    static final List<Site> SITES = List.of(A, B);

    record Programme(String name, int level) {}

    record TeamPlan(Site site, String name, Sector sector, List<Programme> programmes) {}

    /** Location A is the bigger one (about 60% of the students): care, ICT, commerce and media. */
    static final List<TeamPlan> TEAMS = List.of(
            new TeamPlan(
                    A,
                    "Team Verpleging en Verzorging",
                    Sector.ZORG_EN_WELZIJN,
                    List.of(
                            new Programme("Entree - Assistent dienstverlening en zorg", 1),
                            new Programme("Helpende Zorg en Welzijn", 2),
                            new Programme("Verzorgende-IG", 3),
                            new Programme("Verpleegkundige", 4))),
            new TeamPlan(
                    A,
                    "Team Pedagogisch Werk en Onderwijs",
                    Sector.ZORG_EN_WELZIJN,
                    List.of(
                            new Programme("Pedagogisch medewerker kinderopvang", 3),
                            new Programme("Onderwijsassistent", 4),
                            new Programme("Pedagogisch educatief professional", 4))),
            new TeamPlan(
                    A,
                    "Team ICT en Mediatechnologie",
                    Sector.TECHNIEK,
                    List.of(
                            new Programme("Medewerker ICT support", 2),
                            new Programme("Allround medewerker IT systems and devices", 3),
                            new Programme("Software developer", 4))),
            new TeamPlan(
                    A,
                    "Team Handel en Ondernemen",
                    Sector.ECONOMIE,
                    List.of(
                            new Programme("Entree - Assistent verkoop/retail", 1),
                            new Programme("Verkoopmedewerker", 2),
                            new Programme("Eerste verkoopmedewerker", 3),
                            new Programme("Ondernemer detailhandel", 4))),
            new TeamPlan(
                    A,
                    "Team Business en Office",
                    Sector.ECONOMIE,
                    List.of(
                            new Programme("Medewerker facilitaire dienstverlening", 2),
                            new Programme("Management assistant", 4),
                            new Programme("Commercieel medewerker", 4))),
            new TeamPlan(
                    A,
                    "Team Media en Vormgeving",
                    Sector.CREATIEF,
                    List.of(
                            new Programme("Medewerker podium- en evenemententechniek", 2),
                            new Programme("Podium- en evenemententechnicus", 3),
                            new Programme("Mediavormgever", 4),
                            new Programme("AV-specialist", 4))),
            new TeamPlan(
                    B,
                    "Team Welzijn en Sport",
                    Sector.ZORG_EN_WELZIJN,
                    List.of(
                            new Programme("Medewerker sport en recreatie", 2),
                            new Programme("Sport- en bewegingsleider", 3),
                            new Programme("Sociaal werker", 4),
                            new Programme("Persoonlijk begeleider specifieke doelgroepen", 4))),
            new TeamPlan(
                    B,
                    "Team Bouw en Infra",
                    Sector.TECHNIEK,
                    List.of(
                            new Programme("Entree - Assistent bouwen, wonen en onderhoud", 1),
                            new Programme("Timmerman", 2),
                            new Programme("Allround timmerman", 3),
                            new Programme("Middenkaderfunctionaris bouw", 4))),
            new TeamPlan(
                    B,
                    "Team Installatie en Mobiliteit",
                    Sector.TECHNIEK,
                    List.of(
                            new Programme("Monteur elektrotechnische installaties", 2),
                            new Programme("Autotechnicus", 2),
                            new Programme("Eerste monteur elektrotechnische installaties", 3),
                            new Programme("Technicus engineering", 4))),
            new TeamPlan(
                    B,
                    "Team Logistiek en Veiligheid",
                    Sector.ECONOMIE,
                    List.of(
                            new Programme("Logistiek medewerker", 2),
                            new Programme("Beveiliger", 2),
                            new Programme("Logistiek teamleider", 3),
                            new Programme("Manager transport en logistiek", 4))));

    static List<String> allMunicipalities() {
        return SITES.stream().flatMap(site -> site.municipalities().stream()).toList();
    }

    /**
     * The demo region's gemeenten on the reference list, by name. They are fictional like the school, so they are
     * added as fictional municipalities (codes from GM9000, which CBS does not use), never passed off as real ones.
     */
    static Map<String, String> registerMunicipalities(Municipalities municipalities) {
        Map<String, String> codes = new LinkedHashMap<>();
        allMunicipalities()
                .forEach(name ->
                        codes.put(name, municipalities.addFictional(name).code()));
        return codes;
    }

    /** The GGZ provider of ext1: it serves every demo municipality and every age, so any case can go there. */
    static NewProvider ggz(Map<String, String> codes, Map<Site, Long> locationIds) {
        return new NewProvider(
                "GGZ Lindeloop, jeugd en jongvolwassenen",
                ProviderKind.GGZ,
                0,
                99,
                Set.copyOf(codes.values()),
                contact(
                        "ggz-lindeloop",
                        "085 000 01 10",
                        "Lindelaan 12, Lindewaard",
                        "Verwijzing door de zorgcoördinator na toestemming van de student; intakegesprek binnen "
                                + "twee weken na aanmelding, met de student en zo nodig een ouder."),
                56,
                List.of(new EmbeddedPresence(
                        requireNonNull(locationIds.get(A)), List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY))));
    }

    /** The sociale kaart after the GGZ: a wijkteam per municipality, then the regional providers. */
    static List<NewProvider> otherProviders(Map<String, String> codes, Map<Site, Long> locationIds) {
        Set<String> region = Set.copyOf(codes.values());
        Stream<NewProvider> wijkteams = allMunicipalities().stream()
                .map(municipality -> new NewProvider(
                        "Wijkteam " + municipality,
                        ProviderKind.WIJKTEAM,
                        0,
                        99,
                        Set.of(codes.get(municipality)),
                        contact(
                                "wijkteam-" + municipality.toLowerCase(),
                                "14 0" + (100 + municipality.length()),
                                "Gemeentehuis " + municipality,
                                "Bellen of mailen met het wijkteam; een wijkwerker komt binnen een week langs, "
                                        + "thuis of op school."),
                        14,
                        List.of()));
        List<EmbeddedPresence> bothLocations = List.of(
                new EmbeddedPresence(
                        requireNonNull(locationIds.get(A)), List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY)),
                new EmbeddedPresence(requireNonNull(locationIds.get(B)), List.of(DayOfWeek.FRIDAY)));
        Stream<NewProvider> regional = Stream.of(
                regional(
                        "Jeugdhulp Het Vlonder",
                        ProviderKind.JEUGDHULP,
                        0,
                        17,
                        region,
                        "jeugdhulp-vlonder",
                        "Aanmelding via het wijkteam of de huisarts met een beschikking van de woongemeente.",
                        70,
                        List.of()),
                regional(
                        "Begeleidingsdienst Stapsteen (Wmo)",
                        ProviderKind.WMO,
                        18,
                        99,
                        region,
                        "stapsteen",
                        "Melding bij het Wmo-loket van de woongemeente; na het keukentafelgesprek volgt de indicatie.",
                        42,
                        List.of()),
                regional(
                        "Verslavingszorg Helder Spoor",
                        ProviderKind.VERSLAVINGSZORG,
                        12,
                        99,
                        region,
                        "helder-spoor",
                        "Vrij toegankelijk spreekuur; voor behandeling een verwijzing van de huisarts.",
                        35,
                        List.of()),
                regional(
                        "Schuldhulp Rekenraam",
                        ProviderKind.SCHULDHULP,
                        18,
                        99,
                        region,
                        "rekenraam",
                        "De student meldt zich zelf of samen met de zorgcoördinator; eerste gesprek binnen drie weken.",
                        21,
                        List.of()),
                regional(
                        "Jongerenwerk De Loods",
                        ProviderKind.JONGERENWERK,
                        12,
                        27,
                        region,
                        "de-loods",
                        "Binnenlopen of een afspraak via de zorgcoördinator.",
                        3,
                        List.of()),
                regional(
                        "Schoolmaatschappelijk werk Bruggenbouwers",
                        ProviderKind.SCHOOLMAATSCHAPPELIJK_WERK,
                        12,
                        99,
                        region,
                        "bruggenbouwers",
                        "Aanmelden bij de schoolmaatschappelijk werker op school.",
                        7,
                        bothLocations),
                regional(
                        "Doorstroompunt Lindewaard",
                        ProviderKind.DOORSTROOMPUNT,
                        16,
                        23,
                        region,
                        "doorstroompunt",
                        "Aanmelding door de school bij voortijdig schoolverlaten dreigt; de trajectbegeleider belt "
                                + "binnen vijf werkdagen.",
                        10,
                        List.of()));
        return Stream.concat(wijkteams, regional).toList();
    }

    private static NewProvider regional(
            String name,
            ProviderKind kind,
            int minAge,
            int maxAge,
            Set<String> region,
            String domain,
            String intake,
            int waitingDays,
            List<EmbeddedPresence> embedded) {
        return new NewProvider(
                name,
                kind,
                minAge,
                maxAge,
                region,
                contact(
                        domain,
                        "085 000 02 " + (10 + Math.abs(domain.hashCode() % 90)),
                        "Stationsweg 1, Lindewaard",
                        intake),
                waitingDays,
                embedded);
    }

    /** Fictional contact details: the addresses end in .invalid, so nothing reaches anyone real. */
    private static ProviderContact contact(String domain, String phone, String address, String intake) {
        return new ProviderContact(
                phone, "aanmelden@" + domain + ".invalid", "https://" + domain + ".invalid", address, intake);
    }

    private static Site site(String code, String place, List<String> municipalities) {
        // the town the location stands in sends the most students; the villages around it fewer
        Weighted<String> catchment = Weighted.of(
                option(municipalities.get(0), 45),
                option(municipalities.get(1), 22),
                option(municipalities.get(2), 18),
                option(municipalities.get(3), 15));
        return new Site(code, place, municipalities.get(0), catchment, municipalities);
    }
}
