package org.framelens.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.framelens.measure.OutletProfile;
import org.framelens.report.pdf.layout.Align;
import org.framelens.report.pdf.layout.CellGraphic;
import org.framelens.report.pdf.layout.FontFace;
import org.framelens.report.pdf.layout.InlineBar;
import org.framelens.report.pdf.layout.Paragraph;
import org.framelens.report.pdf.layout.Span;
import org.framelens.report.pdf.layout.StyledTable;
import org.framelens.report.pdf.layout.TableCell;
import org.framelens.report.pdf.layout.TableColumn;
import org.framelens.report.pdf.layout.TableLayout;
import org.framelens.report.pdf.layout.TextStyle;

/**
 * "At a glance": one table with an outlet a row and the key measures as columns, each figure with a small bar
 * under it that compares it with the other outlets, the highest and lowest figure of each column marked with
 * ▲ and ▼ in bold (marks and weight, not colour, so it prints in black and white); a key above the table, and
 * below it one line per column saying what it counts and where the evidence is.
 */
final class GlanceSection implements ReportSection {

    /** Printed before the highest figure of a column. */
    static final String HIGHEST = "\u25B2";
    /** Printed before the lowest figure of a column. */
    static final String LOWEST = "\u25BC";

    /** Between a mark and its figure: a narrow space that never breaks the line. */
    private static final String MARK_SPACE = "\u202F";

    private static final float OUTLET_WEIGHT = 2.1f;
    private static final float KIND_WEIGHT = 1f;
    private static final float MEASURE_WEIGHT = 1f;
    /** Type a little smaller than the report's other tables, so ten columns fit on A4 with marked figures. */
    private static final TextStyle HEADER = TextStyle.of(FontFace.SANS_BOLD, 8f, 10f);
    private static final TextStyle CELL = TextStyle.of(FontFace.SANS, 9f, 11.5f);
    private static final float MARK_SIZE = 7f;

    @Override
    public boolean inHandout() {
        return true;
    }

    @Override
    public void render(ReportContext context) throws IOException {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        boolean single = context.comparison().outlets().size() == 1;
        context.openSection(ReportContext.SectionStart.NEW_PAGE, text.get("glance.heading"),
                context.intro(text.get(single ? "glance.intro.one" : "glance.intro")));
        if (context.comparison().outlets().isEmpty()) {
            context.flow().place(context.layout(Paragraph.of(text.get("glance.empty"), styles.bodyItalic(), 0f, 0f)));
            return;
        }
        String key = single ? text.get("glance.key.one")
                : text.format("glance.key", HIGHEST, LOWEST);
        context.flow().place(context.layout(new Paragraph(List.of(
                new Span(text.get("glance.key.label") + " ", styles.smallBold()),
                new Span(key, styles.small())), Align.LEFT, 0f, 0f, 6f)));
        TableLayout.of(table(context), context.typesetter(), context.flow().frame().width()).place(context.flow());
        readingNote(context);
    }

    /** The table: outlet, how it reads, then a figure with its bar for every measure. */
    private static StyledTable table(ReportContext context) {
        ReportText text = context.text();
        ReportStyles styles = context.styles();
        List<OutletProfile> outlets = context.comparison().outlets();
        List<TableColumn> columns = new ArrayList<>();
        columns.add(new TableColumn(text.get("glance.col.outlet"), OUTLET_WEIGHT, Align.LEFT));
        columns.add(new TableColumn(text.get("glance.col.kind"), KIND_WEIGHT, Align.LEFT));
        for (GlanceMeasure measure : GlanceMeasure.values()) {
            columns.add(new TableColumn(text.get("glance.col." + measure.key()), MEASURE_WEIGHT, Align.RIGHT));
        }
        List<List<TableCell>> rows = new ArrayList<>();
        for (OutletProfile profile : outlets) {
            List<TableCell> row = new ArrayList<>();
            row.add(TableCell.text(context.outletName(profile), CELL));
            row.add(TableCell.text(profile.kind().kind().label(), CELL));
            rows.add(row);
        }
        for (GlanceMeasure measure : GlanceMeasure.values()) {
            List<TableCell> cells = figureCells(context, measure, outlets);
            for (int i = 0; i < outlets.size(); i++) {
                rows.get(i).add(cells.get(i));
            }
        }
        return new StyledTable(columns, rows, HEADER);
    }

    /**
     * One measure's cells, top to bottom: the figure (marked and bold when highest or lowest) over its bar. A
     * lone outlet's figures get no bar from the left, which would only ever be full or empty; the prospect bar
     * stays, since its scale is fixed from −1 to +1.
     */
    private static List<TableCell> figureCells(ReportContext context, GlanceMeasure measure,
                                               List<OutletProfile> outlets) {
        TextStyle plain = CELL.withoutBreaks();
        TextStyle bold = plain.withFace(FontFace.SANS_BOLD);
        TextStyle mark = new TextStyle(FontFace.SANS_BOLD, MARK_SIZE, plain.leading(), 0f, false, true);
        List<Double> values = outlets.stream().map(measure::value).toList();
        List<String> printed = values.stream().map(v -> measure.format(context.figures(), v)).toList();
        ColumnExtremes extremes = ColumnExtremes.of(values, printed);
        double largest = values.stream().filter(Double::isFinite).mapToDouble(Double::doubleValue).max().orElse(0d);
        List<TableCell> cells = new ArrayList<>();
        for (int i = 0; i < outlets.size(); i++) {
            double value = values.get(i);
            String glyph = extremes.highest().contains(i) ? HIGHEST : extremes.lowest().contains(i) ? LOWEST : null;
            TableCell cell = glyph == null ? TableCell.text(printed.get(i), plain)
                    : new TableCell(List.of(new Span(glyph, mark), new Span(MARK_SPACE + printed.get(i), bold)),
                            CellGraphic.NONE);
            if (measure.centred()) {
                cell = cell.with(InlineBar.fromCentre(value));
            } else if (outlets.size() > 1) {
                cell = cell.with(InlineBar.fromLeft(largest > 0 ? value / largest : 0d));
            }
            cells.add(cell);
        }
        return cells;
    }

    /** "How to read the table.": one line per column, then where the evidence is. */
    private static void readingNote(ReportContext context) throws IOException {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        List<Paragraph> lines = new ArrayList<>();
        lines.add(definition(context, "glance.col.kind", text.get("glance.define.kind")));
        for (GlanceMeasure measure : GlanceMeasure.values()) {
            String definition = measure == GlanceMeasure.PROSPECT
                    ? text.format("glance.define.prospect", context.subjectName())
                    : text.get("glance.define." + measure.key());
            lines.add(definition(context, "glance.col." + measure.key(), definition));
        }
        lines.add(new Paragraph(List.of(new Span(text.get(context.edition() == ReportEdition.HANDOUT
                ? "handout.glance.evidence" : "glance.evidence"), styles.small())),
                Align.LEFT, 0f, 4f, 0f));
        context.heading(context.layout(Paragraph.of(text.get("glance.note.label"), styles.smallBold(), 10f, 2f)),
                0f, 2 * styles.small().leading());
        for (Paragraph line : lines) {
            context.flow().place(context.layout(line));
        }
    }

    /** A definition line: the column's header in bold, then what it counts. */
    private static Paragraph definition(ReportContext context, String headerKey, String definition) {
        ReportStyles styles = context.styles();
        return new Paragraph(List.of(new Span(context.text().get(headerKey) + ": ", styles.smallBold()),
                new Span(definition, styles.small())), Align.LEFT, 0f, 0f, 1.5f);
    }
}
