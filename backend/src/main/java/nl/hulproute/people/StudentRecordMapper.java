package nl.hulproute.people;

import nl.hulproute.people.StudentRecords.StudentRecord;
import org.jspecify.annotations.Nullable;
import org.mapstruct.BeanMapping;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

/**
 * A student's personal details as their record in their own AVG inzage export. Every column the entity reads is
 * mapped or named below as deliberately left out, so a new column fails the build until someone decides
 * (docs/adr/0017). The names of the location, the team and the SLB'er come in as {@link Parts}.
 */
@Mapper(unmappedSourcePolicy = ReportingPolicy.ERROR)
interface StudentRecordMapper {

    /** What the record names from other tables: the student's summary (name, location, team) and their SLB'er. */
    record Parts(StudentSummary summary, @Nullable PersonRef slb) {}

    // municipalityCode: not exported yet (the woongemeente's CBS code; its name is exported); adding it changes the
    // API contract, so that is a change of its own.
    @BeanMapping(ignoreUnmappedSourceProperties = {"municipalityCode"})
    @Mapping(target = "name", source = "id", qualifiedByName = "name")
    @Mapping(target = "locationName", source = "locationId", qualifiedByName = "locationName")
    @Mapping(target = "teamName", source = "teamId", qualifiedByName = "teamName")
    @Mapping(target = "slb", source = "slbUserId", qualifiedByName = "slb")
    StudentRecord toRecord(Student student, @Context Parts parts);

    @Named("name")
    static String name(Long studentId, @Context Parts parts) {
        return parts.summary().displayName();
    }

    @Named("locationName")
    static String locationName(long locationId, @Context Parts parts) {
        return parts.summary().locationName();
    }

    @Named("teamName")
    static String teamName(long teamId, @Context Parts parts) {
        return parts.summary().teamName();
    }

    @Named("slb")
    static @Nullable PersonRef slb(@Nullable Long slbUserId, @Context Parts parts) {
        return parts.slb();
    }
}
