package nl.hulproute.lifecycle;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.hulproute.lifecycle.CaseRecords.BridgingPlanRecord;
import nl.hulproute.lifecycle.CaseRecords.CaseRecord;
import nl.hulproute.lifecycle.CaseViews.ConsentView;
import nl.hulproute.lifecycle.CaseViews.TransitionView;
import nl.hulproute.people.PersonRef;
import nl.hulproute.people.UserSummary;
import nl.hulproute.socialmap.ProviderRef;
import nl.hulproute.socialmap.ProviderSummary;
import org.jspecify.annotations.Nullable;
import org.mapstruct.BeanMapping;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

/**
 * A case entity as its record in the student's AVG inzage export. Every column the entity reads is mapped or named
 * below as deliberately left out, so a new column fails the build until someone decides (docs/adr/0017). What is
 * looked up (names, the history, the consents) comes in as {@link Parts}.
 */
@Mapper(unmappedSourcePolicy = ReportingPolicy.ERROR)
interface CaseRecordMapper {

    /** What the record names or adds from other tables, looked up in batches for all the student's cases. */
    record Parts(
            Map<Long, UserSummary> users,
            Map<Long, ProviderSummary> providers,
            Map<Long, String> locationNames,
            Map<Long, List<CaseTransition>> history,
            Map<Long, List<Consent>> consents,
            ObjectMapper json,
            LocalDate today) {}

    // studentId: the export is the student's own; version: a lock counter, no content.
    // careStartedOn, careContinuesAfterClose: not in the export yet (found when this mapper came); adding them
    // changes the API contract, so that is a change of its own.
    @BeanMapping(ignoreUnmappedSourceProperties = {"studentId", "version", "careStartedOn", "careContinuesAfterClose"})
    @Mapping(target = "line", source = "state", qualifiedByName = "line")
    @Mapping(target = "locationName", source = "locationId", qualifiedByName = "locationName")
    @Mapping(target = "owner", source = "ownerUserId", qualifiedByName = "person")
    @Mapping(target = "provider", source = "providerId", qualifiedByName = "provider")
    @Mapping(target = "handoverSections", source = "handoverSections", qualifiedByName = "sorted")
    @Mapping(target = "history", source = "id", qualifiedByName = "history")
    @Mapping(target = "consents", source = "id", qualifiedByName = "consents")
    CaseRecord toRecord(Case theCase, @Context Parts parts);

    // current: derived (the plan has not ended), not a column of its own.
    @BeanMapping(ignoreUnmappedSourceProperties = {"current"})
    @Mapping(target = "contact", source = "contactUserId", qualifiedByName = "person")
    BridgingPlanRecord toRecord(BridgingPlan plan, @Context Parts parts);

    @Named("line")
    static @Nullable Line line(CaseState state) {
        return state.line();
    }

    @Named("locationName")
    static String locationName(long locationId, @Context Parts parts) {
        return parts.locationNames().getOrDefault(locationId, "");
    }

    @Named("person")
    static @Nullable PersonRef person(@Nullable Long userId, @Context Parts parts) {
        return PersonRef.of(userId, parts.users());
    }

    @Named("provider")
    static @Nullable ProviderRef provider(@Nullable Long providerId, @Context Parts parts) {
        return ProviderRef.of(providerId, parts.providers());
    }

    @Named("sorted")
    static List<PackageSection> sorted(Set<PackageSection> sections) {
        return sections.stream().sorted().toList();
    }

    @Named("history")
    static List<TransitionView> history(Long caseId, @Context Parts parts) {
        return parts.history().getOrDefault(caseId, List.of()).stream()
                .map(step -> TransitionView.of(step, parts.users(), parts.json()))
                .toList();
    }

    @Named("consents")
    static List<ConsentView> consents(Long caseId, @Context Parts parts) {
        return parts.consents().getOrDefault(caseId, List.of()).stream()
                .map(consent -> ConsentView.of(consent, parts.providers(), parts.users(), parts.today()))
                .toList();
    }
}
