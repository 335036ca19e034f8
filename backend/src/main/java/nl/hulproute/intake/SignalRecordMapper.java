package nl.hulproute.intake;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.hulproute.intake.SignalRecords.SignalRecord;
import nl.hulproute.lifecycle.CaseViews.CorrectionView;
import nl.hulproute.people.UserSummary;
import nl.hulproute.shared.Correction;
import org.mapstruct.BeanMapping;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

/**
 * A signal as its record in the student's AVG inzage export. Every column the entity reads is mapped or named below
 * as deliberately left out, so a new column fails the build until someone decides (docs/adr/0017). The raiser and
 * the correctors are named from one batch lookup.
 */
@Mapper(unmappedSourcePolicy = ReportingPolicy.ERROR)
interface SignalRecordMapper {

    // studentId: the export is the student's own; version: a lock counter, no content.
    @BeanMapping(ignoreUnmappedSourceProperties = {"studentId", "version"})
    @Mapping(target = "raisedById", source = "raisedByUserId")
    @Mapping(target = "raisedByName", source = "raisedByUserId", qualifiedByName = "name")
    @Mapping(target = "lifeDomains", source = "lifeDomains", qualifiedByName = "sorted")
    @Mapping(target = "corrections", source = "corrections", qualifiedByName = "corrections")
    SignalRecord toRecord(Signal signal, @Context Map<Long, UserSummary> users);

    @Named("name")
    static String name(long userId, @Context Map<Long, UserSummary> users) {
        return SignalIntake.nameOf(userId, users);
    }

    @Named("sorted")
    static List<LifeDomain> sorted(Set<LifeDomain> lifeDomains) {
        return lifeDomains.stream().sorted().toList();
    }

    @Named("corrections")
    static List<CorrectionView> corrections(List<Correction> corrections, @Context Map<Long, UserSummary> users) {
        return CorrectionView.of(corrections, users);
    }
}
