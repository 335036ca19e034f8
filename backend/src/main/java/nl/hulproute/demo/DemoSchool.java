package nl.hulproute.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import nl.hulproute.demo.DemoCatalogue.Site;
import nl.hulproute.shared.Actor;
import nl.hulproute.socialmap.ProviderSummary;

/** The seeded school as the case seeder needs it: who the students are, who works on cases, and where to refer. */
record DemoSchool(
        Map<Site, Long> locationIds,
        int teams,
        int users,
        List<DemoStudent> students,
        Map<Site, Actor> coordinators,
        Map<Site, List<Long>> secondLineOwners,
        List<ProviderSummary> providers,
        Map<Long, Actor> professionals,
        long ggzProviderId) {

    /** A student with the facts that route their care, and the SLB'er who raises signals about them. */
    record DemoStudent(long id, LocalDate dateOfBirth, String municipalityCode, Site site, Actor slb) {

        /** Age as the lifecycle reckons it. */
        int ageOn(LocalDate day) {
            return Period.between(dateOfBirth, day).getYears();
        }
    }
}
