package org.framelens.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.framelens.compare.coverage.CoverageItem;
import org.framelens.compare.coverage.CoverageMatrix;
import org.framelens.compare.wording.WordingSimilarity;
import org.framelens.report.pdf.layout.Align;
import org.framelens.report.pdf.layout.FontFace;
import org.framelens.report.pdf.layout.GridCell;
import org.framelens.report.pdf.layout.GridRow;
import org.framelens.report.pdf.layout.MarkGrid;
import org.framelens.report.pdf.layout.Paragraph;
import org.framelens.report.pdf.layout.ParagraphLayout;
import org.framelens.report.pdf.layout.Span;
import org.framelens.report.pdf.layout.TextLine;
import org.framelens.report.pdf.layout.TextStyle;

/**
 * "Coverage and wording": which people, organisations, places, events and numbers each outlet mentions, with the
 * ones an outlet leaves out while most others include them marked, and how alike the outlets' wording is, pair
 * by pair, with the distinctive words the most alike pair shares. Outlets head the columns by name, or by
 * number with a legend above when the names do not fit (see {@link OutletColumns}).
 */
final class CoverageSection implements ReportSection {

    /** Share of the text width given to the item labels, and to the outlet names heading rows. */
    private static final float LABEL_SHARE = 0.28f;
    /** Width of the row labels of the similarity matrix when outlets are numbered. */
    private static final float NUMBER_LABEL_WIDTH = 30f;
    private static final float OMISSION_SHADE = 0.82f;
    private static final float SELF_SHADE = 0.88f;
    private static final float GRID_GAP = 4f;
    private static final float SUBHEADING_SPACE = 12f;
    /** The widest an outlet's column gets, so a matrix of one or two outlets does not stretch across the page. */
    private static final float MAX_COLUMN = 96f;
    /** The room the number of an outlet takes before its name in the legend. */
    private static final float LEGEND_INDENT = 16f;
    /** A smaller figure style for similarity matrices too narrow for the table's own. */
    private static final TextStyle NARROW_FIGURES = TextStyle.of(FontFace.SANS, 7.5f, 10f);
    /** The widest similarity figure printed, to test that a column holds it. */
    private static final String WIDEST_FIGURE = "0.00";
    static final String MENTION = "\u25CF";
    static final String OMISSION = "\u2716";
    private static final String KEY_SEPARATOR = "  \u00B7  ";

    @Override
    public void render(ReportContext context) throws IOException {
        if (context.comparison().outlets().isEmpty()) {
            return;
        }
        ReportText text = context.text();
        context.openSection(ReportContext.SectionStart.NEW_PAGE, text.get("coverage.heading"),
                context.intro(text.get("coverage.intro")));
        float columnWidth = columnWidth(context.flow().frame().width(), context.comparison().outlets().size());
        OutletColumns columns = OutletColumns.decide(context, MarkGrid.innerWidth(columnWidth),
                context.styles().tableHeader());
        int legendPage = coverage(context, columns);
        wording(context, columns, legendPage);
    }

    /**
     * The coverage part: what it counts, the key, the legend of numbers if outlets are numbered, and the matrix.
     *
     * @return the page (1-based) the legend starts on, or 0 when there is no legend
     */
    private static int coverage(ReportContext context, OutletColumns columns) throws IOException {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        CoverageMatrix matrix = context.comparison().crossOutlet().coverage();
        subheading(context, text.get("coverage.matrix.heading"), 3 * styles.small().leading());
        context.flow().place(context.layout(explained(context, "coverage.matrix.how.label", "coverage.matrix.how")));
        context.flow().place(context.layout(explained(context, "coverage.omission.label", "coverage.omission")));
        int legendPage = 0;
        if (matrix.items().isEmpty()) {
            context.flow().place(context.layout(Paragraph.of(text.get("coverage.matrix.none"), styles.bodyItalic(),
                    4f, 8f)));
            return legendPage;
        }
        if (columns.size() == 1) {
            context.flow().place(context.layout(Paragraph.of(text.get("coverage.matrix.one"), styles.small(),
                    0f, 4f)));
        }
        float width = context.flow().frame().width();
        float labelWidth = width * LABEL_SHARE;
        MarkGrid grid = coverageGrid(context, columns, matrix, labelWidth, columnWidth(width, columns.size()));
        ParagraphLayout key = context.layout(key(context));
        context.flow().keepTogether(key.spaceBefore() + key.linesHeight() + key.spaceAfter()
                + (columns.numbered() ? 0f : GRID_GAP + grid.openingHeight()));
        context.flow().place(key);
        if (columns.numbered()) {
            legendPage = legend(context, columns, grid.openingHeight());
        }
        context.flow().gap(GRID_GAP);
        grid.place(context.flow());
        context.flow().place(context.layout(Paragraph.of(text.get("coverage.matrix.evidence"), styles.small(),
                4f, 0f)));
        return legendPage;
    }

    /** The key of the coverage matrix: the two marks as printed, and what a blank cell means. */
    private static Paragraph key(ReportContext context) {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        return new Paragraph(List.of(
                new Span(text.get("coverage.key.label") + " ", styles.smallBold()),
                new Span(MENTION, styles.small()),
                new Span(" " + text.get("coverage.key.mentioned") + KEY_SEPARATOR, styles.small()),
                new Span(OMISSION, styles.smallBold()),
                new Span(" " + text.get("coverage.key.leftOut") + KEY_SEPARATOR, styles.small()),
                new Span(text.get("coverage.key.blank"), styles.small())), Align.LEFT, 0f, 2f, 4f);
    }

    /** Items grouped by kind as rows, outlets as columns, a mark where an outlet mentions or omits an item. */
    static MarkGrid coverageGrid(ReportContext context, OutletColumns columns, CoverageMatrix matrix,
                                 float labelWidth, float columnWidth) throws IOException {
        ReportStyles styles = context.styles();
        float width = labelWidth + columnWidth * columns.size();
        TextLine mention = context.typesetter().line(MENTION, styles.tableCell());
        TextLine omission = context.typesetter().line(OMISSION, styles.tableCell().withFace(FontFace.SANS_BOLD));
        List<GridRow> rows = new ArrayList<>();
        for (CoverageItem.Kind kind : CoverageItem.Kind.values()) {
            List<CoverageItem> items = matrix.items(kind);
            if (items.isEmpty()) {
                continue;
            }
            rows.add(GridRow.group(context.typesetter().layout(Paragraph.of(
                    context.text().get("coverage.kind." + kind.label()), styles.smallBold(), 0f, 0f),
                    MarkGrid.innerWidth(width))));
            for (CoverageItem item : items) {
                List<GridCell> cells = new ArrayList<>();
                for (CoverageMark mark : CoverageMark.row(item, columns.rawNames())) {
                    cells.add(switch (mark) {
                        case MENTIONED -> GridCell.of(mention);
                        case LEFT_OUT -> GridCell.of(omission).shaded(OMISSION_SHADE);
                        case ABSENT -> GridCell.EMPTY;
                    });
                }
                rows.add(GridRow.of(context.typesetter().layout(Paragraph.of(item.label(), styles.tableCell(),
                        0f, 0f), MarkGrid.innerWidth(labelWidth)), cells));
            }
        }
        return new MarkGrid(labelWidth, columnWidth, headerOver(context, "coverage.col.item", labelWidth),
                columnHeaders(context, columns, columnWidth), rows);
    }

    /**
     * The legend of numbered outlets: "1 The Bulwark", one outlet a line, the name's wrapped lines indented
     * past the number, its last line kept on the page of
     * the {@code following} points that come after it.
     *
     * @return the page (1-based) it starts on
     */
    private static int legend(ReportContext context, OutletColumns columns, float following) throws IOException {
        ReportStyles styles = context.styles();
        List<ParagraphLayout> names = new ArrayList<>();
        float nameWidth = context.flow().frame().width() - LEGEND_INDENT;
        for (String name : columns.names()) {
            names.add(context.typesetter().layout(Paragraph.of(name, styles.small(), 0f, 1f).indented(LEGEND_INDENT),
                    nameWidth));
        }
        ParagraphLayout heading = context.layout(Paragraph.of(context.text().get("coverage.legend"),
                styles.smallBold(), 2f, 2f));
        context.flow().gap(heading.spaceBefore());
        context.flow().keepTogether(heading.linesHeight() + heading.spaceAfter() + names.get(0).linesHeight());
        int page = context.flow().pages().size();
        context.flow().place(heading);
        for (int i = 0; i < names.size(); i++) {
            ParagraphLayout name = names.get(i);
            boolean last = i == names.size() - 1;
            context.flow().keepTogether(name.linesHeight() + name.spaceAfter() + (last ? GRID_GAP + following : 0f));
            TextLine number = context.typesetter().line(OutletColumns.number(i), styles.smallBold());
            float top = context.flow().cursor();
            context.flow().drawLine(number, context.flow().frame().left(), top - name.lines().get(0).baselineDrop());
            context.flow().place(name);
        }
        return page;
    }

    /** The wording part: how similarity is computed, the matrix, the most and least alike pair in words. */
    private static void wording(ReportContext context, OutletColumns columns, int legendPage) throws IOException {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        WordingSimilarity wording = context.comparison().crossOutlet().wording();
        ParagraphLayout how = context.layout(explained(context, "coverage.wording.how.label", "coverage.wording.how"));
        String missing = columns.size() < 2 ? "coverage.wording.one"
                : !wording.outlets().containsAll(columns.rawNames()) || wording.outlets().size() < 2
                ? "coverage.wording.none" : null;
        if (missing != null) {
            subheading(context, text.get("coverage.wording.heading"), how.linesHeight());
            context.flow().place(how);
            context.flow().place(context.layout(Paragraph.of(text.get(missing), styles.bodyItalic(), 4f, 8f)));
            return;
        }
        Optional<AlikePair> most = AlikePair.most(wording);
        boolean onePair = wording.outlets().size() == 2;
        MarkGrid grid = similarityGrid(context, columns, wording, onePair ? null : most.orElse(null));
        ParagraphLayout where = columns.numbered() && legendPage > 0 ? context.layout(Paragraph.of(
                text.format("coverage.legend.page", legendPage), styles.small(), 0f, 2f)) : null;
        float whole = how.linesHeight() + how.spaceAfter() + GRID_GAP + grid.height()
                + (where == null ? 0f : where.linesHeight() + where.spaceAfter());
        boolean together = !columns.numbered() || where != null;
        subheading(context, text.get("coverage.wording.heading"),
                together && whole <= context.flow().frame().height() * 0.8f ? whole : how.linesHeight());
        context.flow().place(how);
        if (where != null) {
            context.flow().place(where);
        } else if (columns.numbered()) {
            legend(context, columns, GRID_GAP + grid.openingHeight());
        }
        context.flow().gap(GRID_GAP);
        if (grid.height() <= context.flow().frame().height()) {
            context.flow().keepTogether(grid.height());
        }
        grid.place(context.flow());
        context.flow().place(context.layout(Paragraph.of(text.get(onePair ? "coverage.wording.key.onePair"
                : "coverage.wording.key"), styles.small(), 4f, 4f)));
        Optional<AlikePair> least = AlikePair.least(wording);
        if (most.isPresent() && least.isPresent()) {
            context.flow().place(context.layout(pairs(context, columns, wording, most.get(), least.get())));
            context.flow().place(context.layout(sharedTerms(context, columns, wording, most.get())));
        }
        context.flow().place(context.layout(Paragraph.of(text.get("coverage.wording.evidence"), styles.small(),
                4f, 0f)));
    }

    /** Outlets as rows and columns, their similarity in each cell, the most alike pair boxed in bold. */
    static MarkGrid similarityGrid(ReportContext context, OutletColumns columns, WordingSimilarity wording,
                                   AlikePair most) throws IOException {
        ReportStyles styles = context.styles();
        float width = context.flow().frame().width();
        float labelWidth = columns.numbered() ? NUMBER_LABEL_WIDTH : width * LABEL_SHARE;
        float columnWidth = Math.min((width - labelWidth) / columns.size(), MAX_COLUMN);
        TextStyle figureStyle = styles.tableCell();
        if (context.typesetter().line(WIDEST_FIGURE, figureStyle).width() > MarkGrid.innerWidth(columnWidth)) {
            figureStyle = NARROW_FIGURES;
        }
        TextStyle boldFigure = figureStyle.withFace(FontFace.SANS_BOLD);
        List<GridRow> rows = new ArrayList<>();
        for (int r = 0; r < columns.size(); r++) {
            int i = wording.outlets().indexOf(columns.rawNames().get(r));
            List<GridCell> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                int j = wording.outlets().indexOf(columns.rawNames().get(c));
                if (i == j) {
                    cells.add(GridCell.EMPTY.shaded(SELF_SHADE));
                    continue;
                }
                boolean marked = most != null && Math.min(i, j) == most.first() && Math.max(i, j) == most.second();
                GridCell cell = GridCell.of(context.typesetter().line(similarity(wording.values()[i][j]),
                        marked ? boldFigure : figureStyle));
                cells.add(marked ? cell.withBox() : cell);
            }
            String label = columns.numbered() ? OutletColumns.number(r) : columns.names().get(r);
            rows.add(GridRow.of(context.typesetter().layout(Paragraph.of(label,
                    columns.numbered() ? styles.tableHeader() : styles.tableCell(), 0f, 0f),
                    MarkGrid.innerWidth(labelWidth)), cells));
        }
        return new MarkGrid(labelWidth, columnWidth, headerOver(context, null, labelWidth),
                columnHeaders(context, columns, columnWidth), rows);
    }

    /** "Most alike: A and B (0.54). Least alike: C and D (0.35)." */
    private static Paragraph pairs(ReportContext context, OutletColumns columns, WordingSimilarity wording,
                                   AlikePair most, AlikePair least) {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        String mostFirst = nameAt(context, columns, wording, most.first());
        String mostSecond = nameAt(context, columns, wording, most.second());
        List<Span> spans = new ArrayList<>();
        if (wording.outlets().size() == 2) {
            spans.add(new Span(text.format("coverage.wording.onlyPair", mostFirst, mostSecond,
                    similarity(most.value())), styles.body()));
        } else {
            spans.add(new Span(text.get("coverage.wording.most") + " ", styles.bodyBold()));
            spans.add(new Span(text.format("coverage.wording.pair", mostFirst, mostSecond, similarity(most.value()))
                    + " ", styles.body()));
            spans.add(new Span(text.get("coverage.wording.least") + " ", styles.bodyBold()));
            spans.add(new Span(text.format("coverage.wording.pair", nameAt(context, columns, wording, least.first()),
                    nameAt(context, columns, wording, least.second()), similarity(least.value())), styles.body()));
        }
        return new Paragraph(spans, Align.LEFT, 0f, 4f, 3f);
    }

    /** The distinctive words the most alike pair both use, as the evidence of its likeness. */
    private static Paragraph sharedTerms(ReportContext context, OutletColumns columns, WordingSimilarity wording,
                                         AlikePair most) {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        String first = nameAt(context, columns, wording, most.first());
        String second = nameAt(context, columns, wording, most.second());
        List<String> terms = wording.sharedTerms(wording.outlets().get(most.first()),
                wording.outlets().get(most.second()));
        if (terms.isEmpty()) {
            return Paragraph.of(text.format("coverage.wording.shared.none", first, second), styles.body(), 0f, 3f);
        }
        List<Span> spans = new ArrayList<>();
        spans.add(new Span(text.format("coverage.wording.shared", first, second) + " ", styles.body()));
        for (int t = 0; t < terms.size(); t++) {
            spans.add(new Span("“" + terms.get(t) + "”", styles.bodyItalic()));
            spans.add(new Span(t + 1 < terms.size() ? ", " : ".", styles.body()));
        }
        return new Paragraph(spans, Align.LEFT, 0f, 0f, 3f);
    }

    /** A similarity from 0 to 1 with two decimals, as every similarity on this page is printed: "0.54". */
    static String similarity(double value) {
        return Double.isFinite(value) ? String.format(Locale.ENGLISH, "%.2f", value) : "n/a";
    }

    /** The printed name of the outlet at a position of the similarity matrix, with its number if numbered. */
    private static String nameAt(ReportContext context, OutletColumns columns, WordingSimilarity wording,
                                 int index) {
        String raw = wording.outlets().get(index);
        int position = columns.indexOf(raw);
        return columns.numbered() && position >= 0
                ? context.text().format("coverage.outlet.numbered", columns.name(raw), OutletColumns.number(position))
                : columns.name(raw);
    }

    /** The width of each outlet's column of the coverage matrix: an equal share beside the labels, capped. */
    static float columnWidth(float width, int outlets) {
        return Math.min((width - width * LABEL_SHARE) / Math.max(1, outlets), MAX_COLUMN);
    }

    /** The outlets' headers, by name or number, over columns of the given width. */
    private static List<ParagraphLayout> columnHeaders(ReportContext context, OutletColumns columns,
                                                       float columnWidth) throws IOException {
        List<ParagraphLayout> headers = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            headers.add(columns.headerLayout(context.typesetter(), c, MarkGrid.innerWidth(columnWidth),
                    context.styles().tableHeader()));
        }
        return headers;
    }

    /** The header of a label column; empty when {@code key} is null. */
    private static ParagraphLayout headerOver(ReportContext context, String key, float labelWidth)
            throws IOException {
        return context.typesetter().layout(Paragraph.of(key == null ? "" : context.text().get(key),
                context.styles().tableHeader(), 0f, 0f), MarkGrid.innerWidth(labelWidth));
    }

    /** "Label: explanation" in small type, one line of how a measure is computed. */
    private static Paragraph explained(ReportContext context, String labelKey, String key) {
        ReportStyles styles = context.styles();
        return new Paragraph(List.of(new Span(context.text().get(labelKey) + " ", styles.smallBold()),
                new Span(context.text().get(key), styles.small())), Align.LEFT, 0f, 0f, 3f);
    }

    /** A subheading of the page, kept on one page with the {@code following} points after it. */
    private static void subheading(ReportContext context, String words, float following) throws IOException {
        ParagraphLayout heading = context.layout(Paragraph.of(words, context.styles().subheading(), 0f, 4f));
        context.heading(heading, SUBHEADING_SPACE, following);
    }
}
