package nl.hulproute.waitinglist;

import java.util.Map;
import nl.hulproute.people.UserSummary;
import nl.hulproute.waitinglist.BridgingContacts.ContactRecord;
import org.mapstruct.BeanMapping;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

/**
 * A bridging contact as its record in the student's AVG inzage export. Every column the entity reads is mapped or
 * named below as deliberately left out, so a new column fails the build until someone decides (docs/adr/0017). Who
 * recorded it is named from one batch lookup.
 */
@Mapper(unmappedSourcePolicy = ReportingPolicy.ERROR)
interface BridgingContactMapper {

    // id: a key of our own; the contact is told by its case and day.
    @BeanMapping(ignoreUnmappedSourceProperties = {"id"})
    @Mapping(target = "recordedBy", source = "recordedByUserId", qualifiedByName = "name")
    ContactRecord toRecord(BridgingContact contact, @Context Map<Long, UserSummary> users);

    @Named("name")
    static String name(long userId, @Context Map<Long, UserSummary> users) {
        UserSummary user = users.get(userId);
        return user == null ? "" : user.displayName();
    }
}
