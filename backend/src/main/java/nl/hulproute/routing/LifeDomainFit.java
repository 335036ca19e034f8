package nl.hulproute.routing;

import static java.util.Objects.requireNonNull;
import static nl.hulproute.socialmap.ProviderKind.DOORSTROOMPUNT;
import static nl.hulproute.socialmap.ProviderKind.GGZ;
import static nl.hulproute.socialmap.ProviderKind.JEUGDHULP;
import static nl.hulproute.socialmap.ProviderKind.JONGERENWERK;
import static nl.hulproute.socialmap.ProviderKind.SCHOOLMAATSCHAPPELIJK_WERK;
import static nl.hulproute.socialmap.ProviderKind.SCHULDHULP;
import static nl.hulproute.socialmap.ProviderKind.VERSLAVINGSZORG;
import static nl.hulproute.socialmap.ProviderKind.WIJKTEAM;
import static nl.hulproute.socialmap.ProviderKind.WMO;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.hulproute.intake.LifeDomain;
import nl.hulproute.socialmap.ProviderKind;

/** Which kinds of provider help with which life domain: declared once, here. */
final class LifeDomainFit {

    private static final Map<LifeDomain, Set<ProviderKind>> FIT = new EnumMap<>(Map.of(
            LifeDomain.MENTAL_HEALTH, EnumSet.of(GGZ, WIJKTEAM, JEUGDHULP, SCHOOLMAATSCHAPPELIJK_WERK),
            LifeDomain.PHYSICAL_HEALTH, EnumSet.of(WIJKTEAM, WMO),
            LifeDomain.WELLBEING_SOCIAL, EnumSet.of(JONGERENWERK, SCHOOLMAATSCHAPPELIJK_WERK, WIJKTEAM),
            LifeDomain.HOME_FAMILY, EnumSet.of(WIJKTEAM, JEUGDHULP, SCHOOLMAATSCHAPPELIJK_WERK),
            LifeDomain.HOUSING, EnumSet.of(WIJKTEAM, WMO, DOORSTROOMPUNT),
            LifeDomain.FINANCES_DEBT, EnumSet.of(SCHULDHULP, WIJKTEAM),
            LifeDomain.WORK_INTERNSHIP, EnumSet.of(DOORSTROOMPUNT, JONGERENWERK, SCHOOLMAATSCHAPPELIJK_WERK),
            LifeDomain.JUSTICE_SAFETY, EnumSet.of(JEUGDHULP, WIJKTEAM, JONGERENWERK),
            LifeDomain.SUBSTANCE_USE, EnumSet.of(VERSLAVINGSZORG, GGZ),
            LifeDomain.LEARNING_SCHOOL, EnumSet.of(SCHOOLMAATSCHAPPELIJK_WERK, DOORSTROOMPUNT)));

    private LifeDomainFit() {}

    /** The case's life domains this kind of provider helps with. */
    static Set<LifeDomain> fitting(ProviderKind kind, Set<LifeDomain> domains) {
        Set<LifeDomain> fitting = EnumSet.noneOf(LifeDomain.class);
        domains.stream()
                .filter(domain -> requireNonNull(FIT.get(domain)).contains(kind))
                .forEach(fitting::add);
        return fitting;
    }
}
