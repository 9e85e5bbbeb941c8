package org.framelens.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.framelens.measure.OutletMetrics;
import org.framelens.frames.Frame;
import org.framelens.measure.OutletProfile;
import org.framelens.report.pdf.layout.Align;
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
        context.openSection(ReportContext.SectionStart.NEW_PAGE, text.get("table.heading"),
                Paragraph.of(text.get("table.intro"), styles.body(), 0f, 10f));

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

        ParagraphLayout secondIntro = context.layout(Paragraph.of(text.get("table2.intro"), styles.body(), 0f, 8f));
        context.heading(context.layout(Paragraph.of(text.get("table2.heading"), styles.subheading(), 10f, 4f)), 0f,
                secondIntro.heightOfFirst(2));
        context.flow().place(secondIntro);
        TableLayout.of(secondTable(context), context.typesetter(), context.flow().frame().width()).place(context.flow());
        Paragraph secondNote = new Paragraph(List.of(
                new Span(text.get("table.note.label") + " ", styles.smallBold()),
                new Span(text.format("table2.note", context.subjectName()), styles.small())), Align.LEFT, 0f, 10f, 0f);
        context.flow().place(context.layout(secondNote));
    }

    /** Prospects, sources, loaded language, frames and the kind of article, an outlet a row. */
    private static Table secondTable(ReportContext context) {
        ReportText text = context.text();
        List<TableColumn> columns = List.of(
                new TableColumn(text.get("table.col.outlet"), 2.3f, Align.LEFT),
                new TableColumn(text.get("table2.col.kind"), 1.1f, Align.LEFT),
                new TableColumn(text.get("table2.col.prospect"), 1.1f, Align.RIGHT),
                new TableColumn(text.get("table2.col.ownProspect"), 1.1f, Align.RIGHT),
                new TableColumn(text.get("table2.col.quotedProspect"), 1.1f, Align.RIGHT),
                new TableColumn(text.get("table2.col.voices"), 1.1f, Align.RIGHT),
                new TableColumn(text.get("table2.col.loaded"), 1.1f, Align.RIGHT),
                new TableColumn(text.get("table2.col.frames"), 1.9f, Align.LEFT));
        FigureFormat figures = context.figures();
        List<List<String>> rows = new ArrayList<>();
        for (OutletProfile profile : context.comparison().outlets()) {
            rows.add(List.of(
                    context.outletName(profile),
                    profile.kind().kind().label(),
                    figures.score(profile.prospect().score()),
                    figures.score(profile.prospect().authorScore()),
                    figures.score(profile.prospect().quotedScore()),
                    profile.sources().namedVoices() + " / " + profile.sources().anonymousVoices(),
                    figures.rate(profile.loaded().per1k()),
                    mainFrames(profile)));
        }
        return new Table(columns, rows, context.styles().tableHeader(), context.styles().tableCell());
    }

    /** The two frames with the largest share of sentences, with their shares: "strategy 30%, conflict 25%". */
    private static String mainFrames(OutletProfile profile) {
        return java.util.Arrays.stream(Frame.values())
                .filter(f -> profile.frames().share(f) > 0)
                .sorted(java.util.Comparator.comparingDouble((Frame f) -> -profile.frames().share(f))
                        .thenComparing(Frame::ordinal))
                .limit(2)
                .map(f -> f.label().replace('_', ' ') + " " + Math.round(profile.frames().share(f) * 100) + "%")
                .reduce((a, b) -> a + ", " + b)
                .orElse("\u2014");
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
