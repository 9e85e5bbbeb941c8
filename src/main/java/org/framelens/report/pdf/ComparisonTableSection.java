package org.framelens.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.framelens.measure.OutletMetrics;
import org.framelens.measure.OutletProfile;
import org.framelens.report.pdf.layout.Align;
import org.framelens.report.pdf.layout.FlowPosition;
import org.framelens.report.pdf.layout.Paragraph;
import org.framelens.report.pdf.layout.ParagraphLayout;
import org.framelens.report.pdf.layout.Span;
import org.framelens.report.pdf.layout.Table;
import org.framelens.report.pdf.layout.TableColumn;
import org.framelens.report.pdf.layout.TableLayout;

/**
 * The comparison table: one row per outlet with words, hedges and boosters per 1,000 words (overall and in
 * the outlet's own voice) and the share quoted, followed by a note on how to read it.
 */
final class ComparisonTableSection implements ReportSection {

    @Override
    public void render(ReportContext context) throws IOException {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        context.flow().newPage();
        ParagraphLayout heading = context.layout(Paragraph.of(text.get("table.heading"), styles.heading(), 0f, 6f));
        ParagraphLayout intro = context.layout(Paragraph.of(text.get("table.intro"), styles.body(), 0f, 10f));
        FlowPosition at = context.heading(heading, 0f, intro.heightOfFirst(2));
        context.bookmarks().add(text.get("table.heading"), at);
        context.flow().place(intro);

        if (context.comparison().outlets().isEmpty()) {
            context.flow().place(context.layout(Paragraph.of(text.get("table.empty"), styles.bodyItalic(), 0f, 0f)));
            return;
        }
        TableLayout table = TableLayout.of(table(context), context.typesetter(), context.flow().frame().width());
        table.place(context.flow());

        Paragraph note = new Paragraph(List.of(
                new Span(text.get("table.note.label") + " ", styles.smallBold()),
                new Span(text.get("table.note"), styles.small())), Align.LEFT, 0f, 10f, 0f);
        context.flow().place(context.layout(note));
    }

    private static Table table(ReportContext context) {
        ReportText text = context.text();
        List<TableColumn> columns = List.of(
                new TableColumn(text.get("table.col.outlet"), 2.7f, Align.LEFT),
                new TableColumn(text.get("table.col.words"), 1.0f, Align.RIGHT),
                new TableColumn(text.get("table.col.hedges"), 1.2f, Align.RIGHT),
                new TableColumn(text.get("table.col.boosters"), 1.2f, Align.RIGHT),
                new TableColumn(text.get("table.col.ownHedges"), 1.2f, Align.RIGHT),
                new TableColumn(text.get("table.col.ownBoosters"), 1.2f, Align.RIGHT),
                new TableColumn(text.get("table.col.quoted"), 1.0f, Align.RIGHT));
        FigureFormat figures = context.figures();
        List<List<String>> rows = new ArrayList<>();
        for (OutletProfile profile : context.comparison().outlets()) {
            OutletMetrics m = profile.metrics();
            rows.add(List.of(
                    context.outletName(profile),
                    figures.count(m.words()),
                    figures.rate(m.hedgesPer1k()),
                    figures.rate(m.boostersPer1k()),
                    figures.rate(m.authorHedgesPer1k()),
                    figures.rate(m.authorBoostersPer1k()),
                    figures.percent(m.quotedShare())));
        }
        return new Table(columns, rows, context.styles().tableHeader(), context.styles().tableCell());
    }
}
