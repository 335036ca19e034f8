package nl.hulproute.handover;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.hulproute.agreements.MeasureKind;
import nl.hulproute.intake.LifeDomain;
import nl.hulproute.lifecycle.PackageSection;
import nl.hulproute.people.PersonRef;
import nl.hulproute.people.Track;
import nl.hulproute.socialmap.ProviderRef;
import org.jspecify.annotations.Nullable;

/**
 * What a handover package holds, as stored in the snapshot and as the API shows it. A part whose section was not sent
 * is null in the snapshot; the API also leaves out the parts the reader may not see (consent withdrawn since, for
 * instance).
 */
public record PackageContent(
        List<PackageSection> sections,
        StudentPart student,
        HelpQuestion helpQuestion,
        @Nullable List<SignalPart> signals,
        @Nullable SchoolSupport schoolSupport,
        @Nullable BridgingPart bridging,
        SchoolContact contact) {

    /** The same package with only these sections (those the reader may see now). */
    PackageContent limitedTo(Set<PackageSection> visible) {
        return new PackageContent(
                sections.stream().filter(visible::contains).toList(),
                student,
                helpQuestion,
                visible.contains(PackageSection.SIGNALS) ? signals : null,
                visible.contains(PackageSection.SCHOOL_SUPPORT) ? schoolSupport : null,
                visible.contains(PackageSection.BRIDGING) ? bridging : null,
                contact);
    }

    @Schema(name = "PackageStudent", description = "Who the student is and what routes care, as sent")
    public record StudentPart(
            String name,
            String studentNumber,
            LocalDate dateOfBirth,
            String municipality,
            String programme,
            int level,
            Track track,
            String locationName) {}

    @Schema(
            name = "HelpQuestion",
            description = "What the help is about: the life domains of the signals and the "
                    + "student's own words, as the school wrote them down (Verklaring van de student)")
    public record HelpQuestion(
            List<LifeDomain> lifeDomains,

            @Schema(description = "The student's own words; empty when school recorded none")
            List<String> inOwnWords,

            @Schema(description = "Whether what school noticed was discussed with the student")
            boolean discussedWithStudent,

            @Schema(description = "The day school first noticed something")
            LocalDate firstNoticedOn) {}

    @Schema(name = "PackageSignal", description = "What school noticed, as sent (SIGNALS)")
    public record SignalPart(
            LocalDate raisedOn, List<LifeDomain> lifeDomains, String observation, boolean discussedWithStudent) {}

    @Schema(
            name = "PackageSchoolSupport",
            description = "What school already did (SCHOOL_SUPPORT): the advice, the "
                    + "second-line support and their outcomes in sentences, and the agreed support measures in force")
    public record SchoolSupport(
            @Schema(description = "What school tried, oldest first, one sentence each")
            List<String> tried,

            @Schema(description = "The agreed measures in force when the package was sent; never the need behind them")
            List<MeasurePart> measures) {}

    @Schema(name = "PackageMeasure", description = "An agreed support measure")
    public record MeasurePart(
            MeasureKind kind, String description, String responsible, boolean appliesDuringInternship) {}

    @Schema(name = "PackageBridging", description = "The school's bridging while the student waited (BRIDGING)")
    public record BridgingPart(
            @Nullable String contactName,
            @Nullable Integer contactEveryDays,
            @Nullable String description,
            @Nullable String noBridgingReason,
            LocalDate since,
            @Nullable LocalDate lastContactOn) {}

    @Schema(
            name = "SchoolContact",
            description = "Whom the receiver calls at school: the bridging contact person if "
                    + "there is one, else the zorgcoördinator")
    public record SchoolContact(
            String name,

            @Schema(description = "BRIDGING_CONTACT or ZORGCOORDINATOR")
            String role,

            @Nullable String phone,
            @Nullable String email,
            String locationName) {}

    @Schema(
            name = "HandoverPackage",
            description = "The package of the latest handover of a case, as it was sent "
                    + "(a snapshot: later edits to the case do not change it), with the sections the reader may see")
    public record View(
            long caseId,
            Instant sentAt,
            PersonRef sentBy,
            ProviderRef provider,

            @Schema(description = "The sections sent that the reader may see")
            List<PackageSection> sections,

            StudentPart student,
            HelpQuestion helpQuestion,
            @Nullable List<SignalPart> signals,
            @Nullable SchoolSupport schoolSupport,
            @Nullable BridgingPart bridging,
            SchoolContact contact) {}
}
