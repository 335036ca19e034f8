package nl.hulproute.casenotes;

import java.util.List;
import java.util.Map;
import nl.hulproute.casenotes.CaseNotes.NoteView;
import nl.hulproute.lifecycle.CaseViews.CorrectionView;
import nl.hulproute.people.PersonRef;
import nl.hulproute.people.UserSummary;
import nl.hulproute.shared.Correction;
import org.mapstruct.BeanMapping;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

/**
 * A note as shown at work and in the student's AVG inzage export. Every column the entity reads is mapped or named
 * below as deliberately left out, so a new column fails the build until someone decides (docs/adr/0017). The
 * authors and correctors are named from one batch lookup.
 */
@Mapper(unmappedSourcePolicy = ReportingPolicy.ERROR)
interface CaseNoteMapper {

    // caseId: a note is always shown on (or exported under) its own case.
    @BeanMapping(ignoreUnmappedSourceProperties = {"caseId"})
    @Mapping(target = "author", source = "authorUserId", qualifiedByName = "person")
    @Mapping(target = "corrections", source = "corrections", qualifiedByName = "corrections")
    NoteView toView(CaseNote note, @Context Map<Long, UserSummary> users);

    @Named("person")
    static PersonRef person(long userId, @Context Map<Long, UserSummary> users) {
        return PersonRef.of(userId, users);
    }

    @Named("corrections")
    static List<CorrectionView> corrections(List<Correction> corrections, @Context Map<Long, UserSummary> users) {
        return CorrectionView.of(corrections, users);
    }
}
