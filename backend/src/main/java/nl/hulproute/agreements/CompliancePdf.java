package nl.hulproute.agreements;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.hulproute.agreements.ComplianceFigures.Report;
import nl.hulproute.agreements.ComplianceViews.ComplianceView;
import nl.hulproute.agreements.ComplianceViews.GroupView;
import nl.hulproute.agreements.ComplianceViews.OverdueView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The compliance report an auditor can file: a title page with the peildatum and the rule, the figures per group with
 * the total, a bar chart of the compliant percentage, and the overdue agreements with their dated evidence. Dates and
 * counts only; student numbers, never names or content. OpenPDF, Liberation Sans embedded.
 */
@Component
class CompliancePdf {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", DUTCH);
    private static final Color ACCENT = new Color(0x15, 0x42, 0x73);
    private static final Color SHADE = new Color(0xEE, 0xF2, 0xF7);
    private static final Color GOOD = new Color(0x2E, 0x7D, 0x32);
    private static final Color LATE = new Color(0xB7, 0x1C, 0x1C);
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

    private final Clock clock;

    CompliancePdf(Clock clock) {
        this.clock = clock;
    }

    String filename(ComplianceView figures) {
        return "naleving-evaluaties-" + figures.asOf() + "-" + figures.groupBy() + ".pdf";
    }

    byte[] render(Report report, String madeBy) {
        BaseFont base = baseFont();
        Font title = new Font(base, 22, Font.BOLD, ACCENT);
        Font heading = new Font(base, 15, Font.BOLD, ACCENT);
        Font label = new Font(base, 9.5f, Font.BOLD, Color.BLACK);
        Font body = new Font(base, 9.5f, Font.NORMAL, Color.BLACK);
        Font small = new Font(base, 8, Font.NORMAL, Color.DARK_GRAY);
        ComplianceView figures = report.figures();
        String made = LocalDateTime.now(clock).format(MOMENT);
        String group = groupLabel(figures.groupBy());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Footer(
                "Naleving evaluaties · peildatum " + figures.asOf().format(DAY) + " · gemaakt op " + made, small));
        document.addTitle("Naleving jaarlijkse evaluatie ondersteuningsafspraken, peildatum " + figures.asOf());
        document.addAuthor(madeBy);
        document.addCreator("Hulproute");
        document.open();

        // title page
        document.add(paragraph("Naleving jaarlijkse evaluatie", title, 120, 4));
        document.add(paragraph("Ondersteuningsafspraken", heading, 0, 24));
        document.add(paragraph("Peildatum: " + figures.asOf().format(DAY), heading, 0, 6));
        document.add(paragraph("Ingedeeld per " + group, body, 0, 6));
        document.add(paragraph("Gemaakt op " + made + " door " + madeBy, body, 0, 24));
        document.add(paragraph(
                "Een afspraak is actief op de peildatum als ze op of voor die dag voor het eerst is geaccepteerd en "
                        + "niet op of voor die dag is beëindigd. Ze is op tijd geëvalueerd als de laatste evaluatie "
                        + "mét de student op of voor de peildatum (of, als die er niet is, de eerste acceptatie) ten "
                        + "hoogste 12 kalendermaanden voor de peildatum ligt. Evaluaties zonder de student, en alles "
                        + "wat na de peildatum is gedateerd, tellen niet mee. Dit rapport bevat data en aantallen, "
                        + "geen inhoud van afspraken.",
                body,
                0,
                8));
        document.add(paragraph(
                "Totaal: " + figures.total().active() + " actief, "
                        + figures.total().compliant()
                        + " op tijd, " + figures.total().overdue() + " te laat ("
                        + percent(figures.total().compliantPercent())
                        + " op tijd).",
                label,
                0,
                0));

        // figures per group
        document.newPage();
        document.add(paragraph("Cijfers per " + group, heading, 0, 8));
        PdfPTable table = new PdfPTable(new float[] {6f, 2f, 2f, 2f, 2.4f});
        table.setWidthPercentage(100);
        for (String column : List.of(capitalised(group), "Actief", "Op tijd", "Te laat", "% op tijd")) {
            PdfPCell cell = new PdfPCell(new Phrase(column, label));
            cell.setBackgroundColor(SHADE);
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (GroupView row : figures.groups()) {
            row(table, body, row.name(), row.active(), row.compliant(), row.overdue(), row.compliantPercent());
        }
        row(
                table,
                label,
                "Totaal",
                figures.total().active(),
                figures.total().compliant(),
                figures.total().overdue(),
                figures.total().compliantPercent());
        document.add(table);

        document.add(paragraph("Percentage op tijd geëvalueerd", heading, 18, 8));
        document.add(chart(writer, figures.groups(), base));

        // the overdue list
        document.newPage();
        document.add(paragraph("Te late evaluaties (" + report.overdue().size() + ")", heading, 0, 8));
        if (report.overdue().isEmpty()) {
            document.add(paragraph("Op de peildatum is geen enkele actieve afspraak te laat geëvalueerd.", body, 0, 0));
        } else {
            PdfPTable overdue = new PdfPTable(new float[] {2.4f, 4f, 2.4f, 2.6f, 2.4f, 1.6f});
            overdue.setWidthPercentage(100);
            overdue.setHeaderRows(1);
            for (String column : List.of(
                    "Studentnummer",
                    capitalised(group),
                    "Eerst geaccepteerd",
                    "Laatst geëvalueerd met student",
                    "Uiterlijk op",
                    "Dagen te laat")) {
                PdfPCell cell = new PdfPCell(new Phrase(column, label));
                cell.setBackgroundColor(SHADE);
                cell.setPadding(4);
                overdue.addCell(cell);
            }
            for (OverdueView line : report.overdue()) {
                cell(overdue, line.studentNumber(), body, Element.ALIGN_LEFT);
                cell(overdue, line.groupName(), body, Element.ALIGN_LEFT);
                cell(overdue, line.firstAcceptedOn().toString(), body, Element.ALIGN_LEFT);
                cell(
                        overdue,
                        line.lastEvaluatedOn() == null
                                ? "nooit"
                                : line.lastEvaluatedOn().toString(),
                        body,
                        Element.ALIGN_LEFT);
                cell(overdue, line.dueOn().toString(), body, Element.ALIGN_LEFT);
                cell(overdue, String.valueOf(line.daysOverdue()), body, Element.ALIGN_RIGHT);
            }
            document.add(overdue);
        }
        document.close();
        return out.toByteArray();
    }

    /** Horizontal bars, one per group: the compliant percentage against 100. */
    private static Image chart(PdfWriter writer, List<GroupView> groups, BaseFont base) {
        float width = 495;
        float barHeight = 14;
        float gap = 8;
        float labelWidth = 170;
        float height = Math.max(1, groups.size()) * (barHeight + gap) + 20;
        PdfContentByte canvas = writer.getDirectContent();
        PdfTemplate template = canvas.createTemplate(width, height);
        float barSpace = width - labelWidth - 50;
        float y = height - barHeight - 4;
        for (GroupView group : groups) {
            double percent = group.compliantPercent() == null ? 0 : group.compliantPercent();
            template.setColorFill(SHADE);
            template.rectangle(labelWidth, y, barSpace, barHeight);
            template.fill();
            template.setColorFill(percent >= 100 ? GOOD : percent >= 80 ? ACCENT : LATE);
            template.rectangle(labelWidth, y, (float) (barSpace * percent / 100), barHeight);
            template.fill();
            template.beginText();
            template.setFontAndSize(base, 8.5f);
            template.setColorFill(Color.BLACK);
            template.setTextMatrix(0, y + 4);
            template.showText(truncate(group.name(), 38));
            template.setTextMatrix(labelWidth + barSpace + 6, y + 4);
            template.showText(percent(group.compliantPercent()));
            template.endText();
            y -= barHeight + gap;
        }
        try {
            Image image = Image.getInstance(template);
            image.setAlt("Staafdiagram: percentage op tijd geëvalueerd per groep");
            return image;
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void row(
            PdfPTable table,
            Font font,
            String name,
            long active,
            long compliant,
            long overdue,
            @Nullable Double percent) {
        cell(table, name, font, Element.ALIGN_LEFT);
        cell(table, String.valueOf(active), font, Element.ALIGN_RIGHT);
        cell(table, String.valueOf(compliant), font, Element.ALIGN_RIGHT);
        cell(table, String.valueOf(overdue), font, Element.ALIGN_RIGHT);
        cell(table, percent(percent), font, Element.ALIGN_RIGHT);
    }

    private static void cell(PdfPTable table, String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        table.addCell(cell);
    }

    /** 87.5 as "87,5%", as Dutch readers write it; a dash when nothing is active. */
    static String percent(@Nullable Double percent) {
        return percent == null ? "–" : String.format(DUTCH, "%.1f%%", percent);
    }

    private static String groupLabel(String groupBy) {
        return switch (groupBy) {
            case "programme" -> "opleiding";
            case "team" -> "team";
            default -> "locatie";
        };
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private static Paragraph paragraph(String text, Font font, float before, float after) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static BaseFont baseFont() {
        try {
            return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenPDF ships " + FONT, e);
        }
    }

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
