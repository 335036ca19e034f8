package nl.hulproute.agreements;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.hulproute.agreements.AgreementViews.AcceptanceView;
import nl.hulproute.agreements.AgreementViews.AgreementRecord;
import nl.hulproute.agreements.AgreementViews.AgreementView;
import nl.hulproute.agreements.AgreementViews.EvaluationView;
import nl.hulproute.agreements.AgreementViews.MeasureView;
import nl.hulproute.agreements.AgreementViews.OutcomeView;
import nl.hulproute.agreements.AgreementViews.RevisionView;
import org.mapstruct.BeanMapping;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

/**
 * An agreement with its revisions and evaluations as its record in the student's AVG inzage export; the revisions,
 * measures, acceptances and evaluations are shown the same way at work. Every column the entities read is mapped or
 * named below as deliberately left out, so a new column fails the build until someone decides (docs/adr/0017).
 *
 * <p>The agreement's own view stays hand-mapped ({@link Agreements#view}): it works out the status, what is in force
 * and which acceptances and evaluations are due from the revisions, the evaluations, the student's age and today.
 * It comes in as {@link Parts}, and the agreement's columns it shows are named below as shown there.
 */
@Mapper(unmappedSourcePolicy = ReportingPolicy.ERROR)
interface AgreementRecordMapper {

    /** The agreements' views and evaluations, by agreement id. */
    record Parts(Map<Long, AgreementView> views, Map<Long, List<Evaluation>> evaluations) {}

    // studentId, version, firstAcceptedOn, endedOn, endReason, createdAt, updatedAt: in the agreement's view (see
    // above); a new column the student should see goes there too.
    @BeanMapping(
            ignoreUnmappedSourceProperties = {
                "studentId",
                "version",
                "firstAcceptedOn",
                "endedOn",
                "endReason",
                "createdAt",
                "updatedAt"
            })
    @Mapping(target = "agreement", source = "id", qualifiedByName = "view")
    @Mapping(target = "evaluations", source = "id", qualifiedByName = "evaluations")
    AgreementRecord toRecord(Agreement agreement, @Context Parts parts);

    // id: a key of our own; a revision is told by its number.
    // createdByUserId: not exported yet (who wrote the revision); adding it changes the API contract.
    @BeanMapping(ignoreUnmappedSourceProperties = {"id", "createdByUserId"})
    RevisionView toView(Revision revision);

    MeasureView toView(Measure measure);

    // recordedByUserId: not exported yet (who recorded the acceptance); adding it changes the API contract.
    @BeanMapping(ignoreUnmappedSourceProperties = {"recordedByUserId"})
    AcceptanceView toView(Acceptance acceptance);

    // recordedByUserId: not exported yet (who recorded the evaluation); adding it changes the API contract.
    @BeanMapping(ignoreUnmappedSourceProperties = {"recordedByUserId"})
    @Mapping(target = "countsForCompliance", source = "studentPresent")
    EvaluationView toView(Evaluation evaluation);

    OutcomeView toView(Evaluation.Outcome outcome);

    @Named("view")
    static AgreementView view(Long agreementId, @Context Parts parts) {
        return Objects.requireNonNull(parts.views().get(agreementId));
    }

    @Named("evaluations")
    default List<EvaluationView> evaluations(Long agreementId, @Context Parts parts) {
        return parts.evaluations().getOrDefault(agreementId, List.of()).stream()
                .map(this::toView)
                .toList();
    }
}
