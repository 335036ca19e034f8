package nl.hulproute.handover;

import static java.util.Objects.requireNonNull;

import java.util.Map;
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
 * A handover package as sent and a driegesprek, as shown at work and as their records in the student's AVG inzage
 * export. Every column the entities read is mapped or named below as deliberately left out, so a new column fails the
 * build until someone decides (docs/adr/0017). Senders, planners and receivers are named from batch lookups.
 */
@Mapper(unmappedSourcePolicy = ReportingPolicy.ERROR)
interface HandoverRecordMapper {

    /** The users and providers a package names, looked up in batches. */
    record Names(Map<Long, UserSummary> users, Map<Long, ProviderSummary> providers) {}

    // id: a key of our own (the access log names it); content: the package as sent, read into the second source.
    @BeanMapping(ignoreUnmappedSourceProperties = {"id", "content"})
    @Mapping(target = "caseId", source = "sent.caseId")
    @Mapping(target = "sentAt", source = "sent.sentAt")
    @Mapping(target = "sentBy", source = "sent.sentByUserId", qualifiedByName = "person")
    @Mapping(target = "provider", source = "sent.providerId", qualifiedByName = "provider")
    PackageContent.View toView(HandoverPackage sent, PackageContent content, @Context Names names);

    @Mapping(target = "plannedBy", source = "plannedByUserId", qualifiedByName = "person")
    @Mapping(target = "heldBy", source = "heldByUserId", qualifiedByName = "person")
    JointMeetingView toView(JointMeeting meeting, @Context Names names);

    @Named("person")
    static @Nullable PersonRef person(@Nullable Long userId, @Context Names names) {
        return PersonRef.of(userId, names.users());
    }

    @Named("provider")
    static ProviderRef provider(long providerId, @Context Names names) {
        return requireNonNull(ProviderRef.of(providerId, names.providers()));
    }
}
