package nl.hulproute.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.hulproute.agreements.AgreementViews.AgreementRecord;
import nl.hulproute.agreements.AgreementViews.AgreementView;
import nl.hulproute.agreements.AgreementViews.EvaluationView;
import nl.hulproute.agreements.AgreementViews.MeasureView;
import nl.hulproute.agreements.AgreementViews.RevisionView;
import nl.hulproute.casenotes.CaseNotes;
import nl.hulproute.casenotes.Confidentiality;
import nl.hulproute.casenotes.NoteKind;
import nl.hulproute.handover.JointMeetingView;
import nl.hulproute.handover.PackageContent;
import nl.hulproute.intake.SignalRecords.SignalRecord;
import nl.hulproute.lifecycle.CaseRecords.BridgingPlanRecord;
import nl.hulproute.lifecycle.CaseRecords.CaseRecord;
import nl.hulproute.lifecycle.CaseViews.ConsentView;
import nl.hulproute.lifecycle.CaseViews.CorrectionView;
import nl.hulproute.lifecycle.CaseViews.TransitionView;
import nl.hulproute.lifecycle.Outcome;
import nl.hulproute.lifecycle.PackageSection;
import nl.hulproute.people.PersonRef;
import nl.hulproute.people.StudentRecords.StudentRecord;
import nl.hulproute.records.StudentRecordView.AccessLine;
import nl.hulproute.records.StudentRecordView.CaseWithNotes;
import nl.hulproute.waitinglist.BridgingContacts.ContactRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The inzage as a document a student can read: Dutch headings, plain words for every value, dates in the school's
 * time zone, and the date and requester of the export on the first page and every footer. Written with OpenPDF,
 * in Liberation Sans (bundled with OpenPDF) embedded as Unicode, so every name prints as it is spelled.
 */
@Component
class StudentRecordPdf {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", DUTCH);
    private static final Color ACCENT = new Color(0x15, 0x42, 0x73);
    private static final Color SHADE = new Color(0xEE, 0xF2, 0xF7);
    private static final Color RULE = new Color(0xB8, 0xC4, 0xD2);
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final ZoneId zone;

    StudentRecordPdf(Clock clock) {
        this.zone = clock.getZone();
    }

    /** The file name for the download: no name of the student in it, only their id and the day. */
    String filename(StudentRecordView record) {
        return "inzage-" + record.student().id() + "-" + LocalDate.ofInstant(record.exportedAt(), zone) + ".pdf";
    }

    byte[] render(StudentRecordView record) {
        Fonts fonts = new Fonts(baseFont());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        String exported = "Inzage " + record.student().name() + " · gemaakt op " + moment(record.exportedAt())
                + " door " + record.exportedBy().name();
        writer.setPageEvent(new Footer(exported, fonts.small));
        document.addTitle("Inzage in het dossier van " + record.student().name());
        document.addSubject("Alle gegevens die Hulproute over de student heeft vastgelegd (AVG artikel 15)");
        document.addAuthor(record.exportedBy().name());
        document.addCreator("Hulproute");
        document.addCreationDate();
        document.open();

        document.add(paragraph("Inzage in het dossier", fonts.title, 0, 2));
        document.add(paragraph(record.student().name(), fonts.heading, 0, 8));
        document.add(paragraph(
                "Dit overzicht bevat alles wat Hulproute over deze student heeft vastgelegd: persoonsgegevens, "
                        + "hulpvragen (casussen) met hun verloop, toestemmingen en overbrugging, notities en de eigen "
                        + "verklaringen van de student, signalen, wat bij een warme overdracht is gedeeld, "
                        + "driegesprekken, afspraken over extra ondersteuning met hun "
                        + "evaluaties, en wie deze gegevens heeft ingezien of gewijzigd. "
                        + "Wat op verzoek van de student is gecorrigeerd, staat er in de verbeterde vorm, met wanneer, "
                        + "door wie en waarom. Het is gemaakt op verzoek van de student, op grond van artikel 15 van "
                        + "de Algemene verordening gegevensbescherming (AVG).",
                fonts.body,
                0,
                6));
        document.add(paragraph(
                "Gemaakt op " + moment(record.exportedAt()) + " door "
                        + record.exportedBy().name() + " ("
                        + record.exportedBy().roles().stream()
                                .map(DutchLabels::role)
                                .collect(Collectors.joining(", "))
                        + ").",
                fonts.body,
                0,
                4));

        personalDetails(document, record.student(), fonts);
        cases(document, record.cases(), fonts);
        signals(document, record.signals(), fonts);
        bridgingContacts(document, record.bridgingContacts(), fonts);
        handoverPackages(document, record.handoverPackages(), fonts);
        jointMeetings(document, record.jointMeetings(), fonts);
        agreements(document, record.agreements(), fonts);
        accessLog(document, record.accessLog(), fonts);

        document.close();
        return out.toByteArray();
    }

    private void personalDetails(Document document, StudentRecord student, Fonts fonts) {
        document.add(section("Persoonsgegevens", fonts));
        PdfPTable table = labelValueTable();
        row(table, "Naam", student.name(), fonts);
        row(table, "Studentnummer", student.studentNumber(), fonts);
        row(table, "Geboortedatum", day(student.dateOfBirth()), fonts);
        row(table, "Woongemeente", student.municipality(), fonts);
        row(table, "Locatie", student.locationName(), fonts);
        row(table, "Team", student.teamName(), fonts);
        row(
                table,
                "Opleiding",
                student.programme() + ", niveau " + student.level() + " (" + student.track() + ")",
                fonts);
        row(table, "SLB'er", student.slb() == null ? "" : student.slb().name(), fonts);
        row(
                table,
                "Van school gegaan op",
                student.leftOn() == null ? "Studeert nog op school" : day(student.leftOn()),
                fonts);
        document.add(table);
    }

    private void cases(Document document, List<CaseWithNotes> cases, Fonts fonts) {
        document.add(section("Hulpvragen (casussen)", fonts));
        if (cases.isEmpty()) {
            document.add(paragraph("Er zijn geen casussen vastgelegd.", fonts.body, 0, 4));
            return;
        }
        for (CaseWithNotes recorded : cases) {
            CaseRecord theCase = recorded.theCase();
            document.add(paragraph(
                    "Casus " + theCase.id() + " · " + DutchLabels.state(theCase.state()), fonts.subheading, 10, 4));
            PdfPTable table = labelValueTable();
            row(table, "Fase", DutchLabels.state(theCase.state()), fonts);
            row(table, "Urgentie", DutchLabels.urgency(theCase.urgency()), fonts);
            row(table, "Locatie", theCase.locationName(), fonts);
            row(table, "Geopend", moment(theCase.openedAt()), fonts);
            row(table, "Laatste signaal", moment(theCase.lastSignalAt()), fonts);
            optional(table, "Triage gestart", moment(theCase.triageStartedAt()), fonts);
            optional(table, "Eigenaar", name(theCase.owner()), fonts);
            optional(table, "Advies voor de SLB'er", theCase.advice(), fonts);
            optional(table, "Datum terugkoppeling", day(theCase.checkInDate()), fonts);
            optional(
                    table,
                    "Zorgaanbieder",
                    theCase.provider() == null ? null : theCase.provider().name(),
                    fonts);
            optional(table, "Verwezen", moment(theCase.referredAt()), fonts);
            optional(table, "Op de wachtlijst sinds", moment(theCase.waitingSince()), fonts);
            optional(table, "Verwachte start", day(theCase.expectedStartDate()), fonts);
            optional(table, "Warme overdracht gestart", moment(theCase.handoverStartedAt()), fonts);
            optional(
                    table,
                    "Gedeelde onderdelen",
                    theCase.handoverSections().stream()
                            .map(DutchLabels::section)
                            .collect(Collectors.joining(", ")),
                    fonts);
            optional(table, "Overdracht geaccepteerd", moment(theCase.handoverAcceptedAt()), fonts);
            optional(table, "Eerste contact", day(theCase.firstContactDate()), fonts);
            optional(table, "Samenvatting externe zorg", theCase.externalCareSummary(), fonts);
            optional(table, "Externe zorg beëindigd", moment(theCase.externalCareEndedAt()), fonts);
            optional(table, "Afgesloten", moment(theCase.closedAt()), fonts);
            optional(table, "Uitkomst", DutchLabels.outcome(theCase.outcome()), fonts);
            document.add(table);

            document.add(paragraph("Verloop", fonts.label, 8, 3));
            PdfPTable history = table(
                    new float[] {2.2f, 2.2f, 2.6f, 3f, 4f},
                    List.of("Wanneer", "Door", "Stap", "Van → naar", "Toelichting"),
                    fonts);
            for (TransitionView step : theCase.history()) {
                cell(history, moment(step.occurredAt()), fonts.body);
                cell(history, step.actor().name(), fonts.body);
                cell(history, DutchLabels.event(step.event()), fonts.body);
                cell(history, DutchLabels.state(step.from()) + " → " + DutchLabels.state(step.to()), fonts.body);
                cell(history, explanation(step), fonts.body);
            }
            document.add(history);

            document.add(paragraph("Toestemming om te delen", fonts.label, 8, 3));
            if (theCase.consents().isEmpty()) {
                document.add(paragraph("Geen toestemming vastgelegd.", fonts.body, 0, 2));
            } else {
                PdfPTable consents = table(
                        new float[] {2.4f, 2.6f, 3.6f, 2.2f, 2.6f},
                        List.of("Gegeven door", "Aan", "Onderdelen", "Geldig tot", "Vastgelegd"),
                        fonts);
                for (ConsentView consent : theCase.consents()) {
                    cell(
                            consents,
                            DutchLabels.consentGiver(consent.givenBy()) + ", "
                                    + DutchLabels.consentMethod(consent.givenHow())
                                            .toLowerCase(DUTCH),
                            fonts.body);
                    cell(consents, consent.provider().name(), fonts.body);
                    cell(
                            consents,
                            consent.sections().stream()
                                    .map(DutchLabels::section)
                                    .collect(Collectors.joining(", ")),
                            fonts.body);
                    cell(
                            consents,
                            day(consent.validUntil())
                                    + (consent.withdrawnAt() == null
                                            ? ""
                                            : "\nIngetrokken op " + moment(consent.withdrawnAt())
                                                    + (consent.withdrawnBy() == null
                                                            ? ""
                                                            : " door "
                                                                    + consent.withdrawnBy()
                                                                            .name())),
                            fonts.body);
                    cell(
                            consents,
                            moment(consent.givenAt()) + " door "
                                    + consent.recordedBy().name(),
                            fonts.body);
                }
                document.add(consents);
            }

            if (!theCase.bridgingPlans().isEmpty()) {
                document.add(paragraph("Overbrugging tijdens het wachten", fonts.label, 8, 3));
                PdfPTable bridging = table(
                        new float[] {3f, 5f, 2.5f, 2.5f}, List.of("Contactpersoon", "Afspraak", "Van", "Tot"), fonts);
                for (BridgingPlanRecord plan : theCase.bridgingPlans()) {
                    cell(bridging, name(plan.contact()), fonts.body);
                    cell(
                            bridging,
                            plan.contactEveryDays() != null
                                    ? "Contact om de " + plan.contactEveryDays() + " dagen"
                                            + (plan.description() == null ? "" : ": " + plan.description())
                                            + (plan.lastContactOn() == null
                                                    ? ""
                                                    : " (laatste contact " + plan.lastContactOn() + ")")
                                    : "Geen overbrugging: " + nullToEmpty(plan.noBridgingReason()),
                            fonts.body);
                    cell(bridging, moment(plan.startedAt()), fonts.body);
                    cell(bridging, plan.endedAt() == null ? "loopt nog" : moment(plan.endedAt()), fonts.body);
                }
                document.add(bridging);
            }

            if (!recorded.notes().isEmpty()) {
                document.add(paragraph("Notities en verklaringen van de student", fonts.label, 8, 3));
                PdfPTable notes =
                        table(new float[] {3f, 2.5f, 6.5f}, List.of("Geschreven", "Zichtbaar voor", "Notitie"), fonts);
                for (CaseNotes.NoteView note : recorded.notes()) {
                    cell(notes, moment(note.writtenAt()) + " door " + name(note.author()), fonts.body);
                    cell(
                            notes,
                            note.confidentiality() == Confidentiality.CONFIDENTIAL
                                    ? "Vertrouwelijk: alleen de zorgcoördinatoren"
                                    : "Iedereen die aan de casus werkt",
                            fonts.body);
                    String text = note.kind() == NoteKind.STUDENT_STATEMENT
                            ? "Verklaring van de student (in eigen woorden):\n" + note.text()
                            : note.text();
                    cell(notes, withCorrections(text, note.corrections()), fonts.body);
                }
                document.add(notes);
            }
        }
    }

    private void signals(Document document, List<SignalRecord> signals, Fonts fonts) {
        document.add(section("Signalen", fonts));
        if (signals.isEmpty()) {
            document.add(paragraph("Er zijn geen signalen vastgelegd.", fonts.body, 0, 4));
            return;
        }
        for (SignalRecord signal : signals) {
            document.add(paragraph(
                    "Signaal van " + moment(signal.raisedAt()) + " door " + signal.raisedByName() + " (casus "
                            + signal.caseId() + ")",
                    fonts.subheading,
                    8,
                    3));
            PdfPTable table = labelValueTable();
            row(table, "Urgentie", DutchLabels.urgency(signal.urgency()), fonts);
            row(
                    table,
                    "Levensgebieden",
                    signal.lifeDomains().stream().map(DutchLabels::lifeDomain).collect(Collectors.joining(", ")),
                    fonts);
            row(table, "Wat is gezien", withCorrections(signal.observation(), signal.corrections()), fonts);
            row(table, "Besproken met de student", signal.discussedWithStudent() ? "Ja" : "Nee", fonts);
            document.add(table);
        }
    }

    private void bridgingContacts(Document document, List<ContactRecord> contacts, Fonts fonts) {
        if (contacts.isEmpty()) {
            return;
        }
        document.add(section("Contact tijdens het wachten op zorg", fonts));
        PdfPTable table =
                table(new float[] {2f, 1.5f, 6f, 3f}, List.of("Datum", "Casus", "Notitie", "Vastgelegd door"), fonts);
        for (ContactRecord contact : contacts) {
            cell(table, day(contact.contactedOn()), fonts.body);
            cell(table, String.valueOf(contact.caseId()), fonts.body);
            cell(table, nullToEmpty(contact.note()), fonts.body);
            cell(table, contact.recordedBy() + ", " + moment(contact.recordedAt()), fonts.body);
        }
        document.add(table);
    }

    private void handoverPackages(Document document, List<PackageContent.View> packages, Fonts fonts) {
        if (packages.isEmpty()) {
            return;
        }
        document.add(section("Gedeeld bij een warme overdracht", fonts));
        for (PackageContent.View sent : packages) {
            document.add(paragraph(
                    "Casus " + sent.caseId() + " · aan " + sent.provider().name(), fonts.subheading, 10, 4));
            PdfPTable table = labelValueTable();
            row(table, "Verstuurd", moment(sent.sentAt()) + " door " + name(sent.sentBy()), fonts);
            row(
                    table,
                    "Gedeelde onderdelen",
                    sent.sections().stream().map(DutchLabels::section).collect(Collectors.joining(", ")),
                    fonts);
            row(
                    table,
                    "Waar de hulp over gaat",
                    sent.helpQuestion().lifeDomains().stream()
                            .map(DutchLabels::lifeDomain)
                            .collect(Collectors.joining(", ")),
                    fonts);
            optional(
                    table,
                    "In eigen woorden",
                    sent.helpQuestion().inOwnWords().isEmpty()
                            ? null
                            : String.join("\n", sent.helpQuestion().inOwnWords()),
                    fonts);
            if (sent.signals() != null) {
                row(
                        table,
                        "Wat school zag",
                        sent.signals().stream()
                                .map(signal -> day(signal.raisedOn()) + ": " + signal.observation())
                                .collect(Collectors.joining("\n")),
                        fonts);
            }
            if (sent.schoolSupport() != null) {
                optional(
                        table,
                        "Wat school al deed",
                        sent.schoolSupport().tried().isEmpty()
                                ? null
                                : String.join("\n", sent.schoolSupport().tried()),
                        fonts);
                optional(
                        table,
                        "Afgesproken maatregelen",
                        sent.schoolSupport().measures().isEmpty()
                                ? null
                                : sent.schoolSupport().measures().stream()
                                        .map(measure ->
                                                DutchLabels.measureKind(measure.kind()) + ": " + measure.description())
                                        .collect(Collectors.joining("\n")),
                        fonts);
            }
            row(table, "Contactpersoon op school", sent.contact().name(), fonts);
            document.add(table);
        }
    }

    private void jointMeetings(Document document, List<JointMeetingView> meetings, Fonts fonts) {
        if (meetings.isEmpty()) {
            return;
        }
        document.add(section("Driegesprekken", fonts));
        PdfPTable table =
                table(new float[] {1.5f, 2f, 2f, 5f}, List.of("Casus", "Gepland op", "Gehouden op", "Notitie"), fonts);
        for (JointMeetingView meeting : meetings) {
            cell(table, String.valueOf(meeting.caseId()), fonts.body);
            cell(table, day(meeting.plannedOn()) + " (" + name(meeting.plannedBy()) + ")", fonts.body);
            cell(table, meeting.heldOn() == null ? "nog niet" : day(meeting.heldOn()), fonts.body);
            cell(table, nullToEmpty(meeting.note()), fonts.body);
        }
        document.add(table);
    }

    private void agreements(Document document, List<AgreementRecord> agreements, Fonts fonts) {
        document.add(section("Afspraken over extra ondersteuning", fonts));
        if (agreements.isEmpty()) {
            document.add(paragraph("Er zijn geen ondersteuningsafspraken vastgelegd.", fonts.body, 0, 4));
            return;
        }
        for (AgreementRecord record : agreements) {
            AgreementView agreement = record.agreement();
            document.add(paragraph(
                    "Afspraak " + agreement.id() + " · " + DutchLabels.agreementStatus(agreement.status()),
                    fonts.subheading,
                    10,
                    4));
            PdfPTable table = labelValueTable();
            row(table, "Vastgelegd", moment(agreement.createdAt()), fonts);
            optional(table, "Voor het eerst geaccepteerd", day(agreement.firstAcceptedOn()), fonts);
            optional(table, "Laatst geëvalueerd met de student", day(agreement.lastEvaluatedOn()), fonts);
            optional(table, "Volgende evaluatie uiterlijk", day(agreement.nextEvaluationDueOn()), fonts);
            optional(table, "Beëindigd", day(agreement.endedOn()), fonts);
            optional(table, "Reden van beëindiging", agreement.endReason(), fonts);
            document.add(table);

            for (RevisionView revision : record.revisions()) {
                document.add(paragraph(
                        "Versie " + revision.revision() + " · "
                                + DutchLabels.revisionStatus(revision.status())
                                + (revision.acceptedOn() == null ? "" : " · geldt vanaf " + day(revision.acceptedOn()))
                                + (revision.supersededOn() == null ? "" : " tot " + day(revision.supersededOn())),
                        fonts.label,
                        8,
                        3));
                PdfPTable content = labelValueTable();
                row(content, "Ondersteuningsbehoefte (in eigen woorden)", revision.needInOwnWords(), fonts);
                row(
                        content,
                        "Geaccepteerd door",
                        revision.acceptances().isEmpty()
                                ? "Nog niet geaccepteerd"
                                : revision.acceptances().stream()
                                        .map(acceptance -> DutchLabels.acceptedBy(acceptance.acceptedBy()) + " op "
                                                + day(acceptance.acceptedOn()) + " (" + acceptance.how() + ")")
                                        .collect(Collectors.joining("\n")),
                        fonts);
                document.add(content);
                PdfPTable measureTable = table(
                        new float[] {3f, 5f, 2.5f, 1.5f},
                        List.of("Soort", "Afspraak", "Wie zorgt ervoor", "Ook in de bpv"),
                        fonts);
                for (MeasureView measure : revision.measures()) {
                    cell(measureTable, DutchLabels.measureKind(measure.kind()), fonts.body);
                    cell(measureTable, measure.description(), fonts.body);
                    cell(measureTable, measure.responsible(), fonts.body);
                    cell(measureTable, measure.appliesDuringInternship() ? "Ja" : "Nee", fonts.body);
                }
                document.add(measureTable);
            }

            document.add(paragraph("Evaluaties", fonts.label, 8, 3));
            if (record.evaluations().isEmpty()) {
                document.add(paragraph("Nog niet geëvalueerd.", fonts.body, 0, 2));
                continue;
            }
            // a verdict names the measure it is about, in words
            Map<Long, String> measures = record.revisions().stream()
                    .flatMap(revision -> revision.measures().stream())
                    .collect(Collectors.toMap(MeasureView::id, MeasureView::description, (first, same) -> first));
            PdfPTable evaluations = table(
                    new float[] {2f, 2.6f, 4f, 4f},
                    List.of("Gehouden", "Met de student", "Oordeel per afspraak", "Wat de student ervan vindt"),
                    fonts);
            for (EvaluationView evaluation : record.evaluations()) {
                cell(evaluations, day(evaluation.heldOn()) + " (versie " + evaluation.revision() + ")", fonts.body);
                cell(
                        evaluations,
                        (evaluation.studentPresent() ? "Ja" : "Nee, telt niet als jaarlijkse evaluatie")
                                + (evaluation.participants().isEmpty()
                                        ? ""
                                        : "\nMet: " + String.join(", ", evaluation.participants())),
                        fonts.body);
                cell(
                        evaluations,
                        evaluation.outcomes().stream()
                                .map(outcome ->
                                        measures.getOrDefault(outcome.measureId(), "Afspraak " + outcome.measureId())
                                                + ": " + DutchLabels.verdict(outcome.verdict()))
                                .collect(Collectors.joining("\n")),
                        fonts.body);
                cell(evaluations, nullToEmpty(evaluation.studentView()), fonts.body);
            }
            document.add(evaluations);
        }
    }

    private void accessLog(Document document, List<AccessLine> lines, Fonts fonts) {
        document.add(section("Wie heeft deze gegevens ingezien of gewijzigd", fonts));
        document.add(paragraph(
                "Elke keer dat iemand gegevens van de student bekeek, vastlegde, wijzigde of exporteerde, staat hier, "
                        + "van oud naar nieuw. \"Begeleiding\" betekent: in het gewone werk rond de student.",
                fonts.body,
                0,
                4));
        PdfPTable table = table(
                new float[] {2.4f, 3f, 2.4f, 2.4f, 3.2f, 2.2f},
                List.of("Wanneer", "Wie", "Rol", "Wat", "Welke gegevens", "Waarom"),
                fonts);
        for (AccessLine line : lines) {
            cell(table, moment(line.occurredAt()), fonts.small);
            cell(table, line.userName().isBlank() ? line.username() : line.userName(), fonts.small);
            cell(table, DutchLabels.roles(line.roles()), fonts.small);
            cell(table, DutchLabels.action(line.action()), fonts.small);
            cell(
                    table,
                    DutchLabels.recordKind(line.recordKind()) + (line.recordId() == null ? "" : " " + line.recordId()),
                    fonts.small);
            cell(table, DutchLabels.purpose(line.purpose()), fonts.small);
        }
        document.add(table);
    }

    /** The text as it now stands, and under it when, by whom and why it was corrected (not what it said before). */
    private String withCorrections(String text, List<CorrectionView> corrections) {
        StringBuilder shown = new StringBuilder(text);
        for (CorrectionView correction : corrections) {
            shown.append("\nGecorrigeerd op ")
                    .append(moment(correction.correctedAt()))
                    .append(" door ")
                    .append(name(correction.correctedBy()))
                    .append(" — reden: ")
                    .append(correction.reason());
        }
        return shown.toString();
    }

    /** The reason and the event's fields as they were sent, each on a line of its own, in words. */
    private static String explanation(TransitionView step) {
        List<String> lines = new ArrayList<>();
        if (step.reason() != null) {
            lines.add("Reden: " + step.reason());
        }
        Iterator<Map.Entry<String, JsonNode>> fields = step.payload().fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            lines.add(DutchLabels.eventField(field.getKey()) + ": " + value(field.getKey(), field.getValue()));
        }
        return String.join("\n", lines);
    }

    private static String value(String field, JsonNode node) {
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(value(field, item)));
            return String.join(", ", items);
        }
        if (node.isObject()) {
            List<String> items = new ArrayList<>();
            node.fields()
                    .forEachRemaining(member -> items.add(
                            DutchLabels.eventField(member.getKey()) + " " + value(member.getKey(), member.getValue())));
            return String.join(", ", items);
        }
        String text = node.asText();
        if (field.equals("sections")) {
            return Arrays.stream(PackageSection.values())
                    .filter(section -> section.name().equals(text))
                    .findFirst()
                    .map(DutchLabels::section)
                    .orElse(text);
        }
        if (field.equals("outcome")) {
            return Arrays.stream(Outcome.values())
                    .filter(outcome -> outcome.name().equals(text))
                    .findFirst()
                    .map(DutchLabels::outcome)
                    .orElse(text);
        }
        if (ISO_DATE.matcher(text).matches()) {
            return day(LocalDate.parse(text));
        }
        return text;
    }

    // --- building blocks ---------------------------------------------------------------------------------------

    private static BaseFont baseFont() {
        try {
            return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenPDF ships " + FONT, e);
        }
    }

    private record Fonts(Font title, Font heading, Font subheading, Font label, Font body, Font small) {
        Fonts(BaseFont base) {
            this(
                    new Font(base, 20, Font.BOLD, ACCENT),
                    new Font(base, 15, Font.BOLD, ACCENT),
                    new Font(base, 11, Font.BOLD, Color.BLACK),
                    new Font(base, 9.5f, Font.BOLD, Color.BLACK),
                    new Font(base, 9.5f, Font.NORMAL, Color.BLACK),
                    new Font(base, 8, Font.NORMAL, Color.DARK_GRAY));
        }
    }

    private static Paragraph section(String title, Fonts fonts) {
        return paragraph(title, fonts.heading, 16, 6);
    }

    private static Paragraph paragraph(String text, Font font, float before, float after) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static PdfPTable labelValueTable() {
        PdfPTable table = new PdfPTable(new float[] {1f, 2.6f});
        table.setWidthPercentage(100);
        return table;
    }

    private static void row(PdfPTable table, String label, String value, Fonts fonts) {
        PdfPCell name = plainCell(label, fonts.label);
        name.setBackgroundColor(SHADE);
        table.addCell(name);
        table.addCell(plainCell(value, fonts.body));
    }

    private static void optional(PdfPTable table, String label, @Nullable String value, Fonts fonts) {
        if (value != null && !value.isBlank()) {
            row(table, label, value, fonts);
        }
    }

    private static PdfPTable table(float[] widths, List<String> headers, Fonts fonts) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = plainCell(header, fonts.label);
            cell.setBackgroundColor(SHADE);
            table.addCell(cell);
        }
        return table;
    }

    private static void cell(PdfPTable table, String text, Font font) {
        table.addCell(plainCell(text, font));
    }

    private static PdfPCell plainCell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        cell.setBorderColor(RULE);
        return cell;
    }

    private String moment(@Nullable Instant instant) {
        return instant == null ? "" : MOMENT.format(instant.atZone(zone));
    }

    private static String day(@Nullable LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    private static String name(@Nullable PersonRef person) {
        return person == null ? "" : person.name();
    }

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    /** The export's date and requester, and the page number, at the foot of every page. */
    private static final class Footer extends PdfPageEventHelper {
        private final String text;
        private final Font font;

        Footer(String text, Font font) {
            this.text = text;
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_LEFT,
                    new Phrase(new Chunk(text + " · pagina " + writer.getPageNumber(), font)),
                    document.leftMargin(),
                    page.getBottom() + 30,
                    0);
        }
    }
}
