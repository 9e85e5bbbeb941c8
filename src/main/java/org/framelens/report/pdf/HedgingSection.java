package org.framelens.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.framelens.measure.CueCategory;
import org.framelens.measure.OutletProfile;
import org.framelens.report.pdf.layout.Align;
import org.framelens.report.pdf.layout.FontFace;
import org.framelens.report.pdf.layout.PageFlow;
import org.framelens.report.pdf.layout.Paragraph;
import org.framelens.report.pdf.layout.ParagraphLayout;
import org.framelens.report.pdf.layout.Span;
import org.framelens.report.pdf.layout.TextLine;
import org.framelens.report.pdf.layout.TextStyle;

/**
 * "Hedging and certainty": for each outlet two rows, its own words and the words it quotes, each with a hatched
 * bar for hedges and a solid black bar for boosters per 1,000 words, the figure printed beside every bar and the
 * number of words it rests on; then each outlet's most used hedge and booster words, so a reader sees which
 * words made the figure (every sentence is printed in the outlet's own part of the report).
 */
final class HedgingSection implements ReportSection {

    /** Share of the text width given to the outlet names. */
    private static final float NAME_SHARE = 0.25f;
    /** Width of the column with the number of words each row rests on. */
    private static final float WORDS_WIDTH = 40f;
    /** Room after the longest bar for its figure. */
    private static final float FIGURE_ROOM = 30f;
    private static final float GAP = 10f;
    private static final float ROW_HEIGHT = 14f;
    private static final float BAR_HEIGHT = 8f;
    private static final float BLOCK_PAD = 4f;
    private static final float HATCH_STEP = 2.6f;
    private static final float HATCH_LINE = 0.5f;
    private static final float OUTLINE = 0.6f;
    private static final float RULE_GREY = 0.6f;
    /** A voice needs at least this many words for its rates to set the scale; rarer ones may run past it. */
    static final int SCALE_WORDS = 100;
    /** Hedge or booster words listed per outlet before the rest are summed up. */
    static final int WORDS_LISTED = 6;

    @Override
    public void render(ReportContext context) throws IOException {
        if (context.comparison().outlets().isEmpty()) {
            return;
        }
        ReportText text = context.text();
        context.openSection(ReportContext.SectionStart.NEW_PAGE, text.get("hedging.heading"),
                context.intro(text.get("hedging.intro")));
        List<Row> rows = new ArrayList<>();
        for (OutletProfile profile : context.comparison().outlets()) {
            rows.add(new Row(context.outletName(profile), VoiceRates.own(profile), VoiceRates.quoted(profile)));
        }
        Columns columns = Columns.of(context, scale(rows));
        boolean broken = chart(context, columns, rows);
        notes(context, broken);
        words(context);
    }

    /** One outlet on the chart. */
    private record Row(String name, VoiceRates own, VoiceRates quoted) {
    }

    /**
     * The rate the longest bar stands for: the highest rate of a voice with at least {@link #SCALE_WORDS} words,
     * so a single hedge in a short quotation does not shrink every other bar; the highest of all when no voice
     * has that many words.
     */
    static double scale(List<VoiceRates> voices, int minimumWords) {
        double steady = 0;
        double all = 0;
        for (VoiceRates voice : voices) {
            if (!voice.hasWords()) {
                continue;
            }
            double highest = Math.max(voice.hedgesPer1k(), voice.boostersPer1k());
            all = Math.max(all, highest);
            if (voice.words() >= minimumWords) {
                steady = Math.max(steady, highest);
            }
        }
        double chosen = steady > 0 ? steady : all;
        return chosen > 0 ? chosen : 1;
    }

    private static double scale(List<Row> rows) {
        List<VoiceRates> voices = new ArrayList<>();
        for (Row row : rows) {
            voices.add(row.own());
            voices.add(row.quoted());
        }
        return scale(voices, SCALE_WORDS);
    }

    /** Key, column titles and one block per outlet; says whether any bar ran past the scale. */
    private static boolean chart(ReportContext context, Columns columns, List<Row> rows) throws IOException {
        PageFlow flow = context.flow();
        List<ParagraphLayout> names = new ArrayList<>();
        for (Row row : rows) {
            names.add(context.typesetter().layout(
                    Paragraph.of(row.name(), context.styles().tableCell(), 0f, 0f), columns.nameWidth()));
        }
        float keyHeight = context.styles().small().leading() + 6f;
        flow.keepTogether(keyHeight + titlesHeight(context, columns) + blockHeight(names.get(0)));
        key(context);
        titles(context, columns);
        boolean broken = false;
        for (int i = 0; i < rows.size(); i++) {
            float height = blockHeight(names.get(i));
            if (flow.remaining() < height) {
                flow.newPage();
                titles(context, columns);
            }
            broken |= block(context, columns, rows.get(i), names.get(i));
        }
        flow.rule(flow.frame().left(), flow.frame().right(), flow.cursor(), 0.9f, 0f);
        return broken;
    }

    private static float blockHeight(ParagraphLayout name) {
        return Math.max(2 * ROW_HEIGHT, name.linesHeight()) + 2 * BLOCK_PAD;
    }

    /** The key: a hatched sample for hedges, a black one for boosters, and that all bars share one scale. */
    private static void key(ReportContext context) throws IOException {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        PageFlow flow = context.flow();
        TextLine label = context.typesetter().line(text.get("hedging.key.label"), styles.smallBold());
        TextLine hedges = context.typesetter().line(text.get("hedging.key.hedges"), styles.small());
        TextLine boosters = context.typesetter().line(text.get("hedging.key.boosters"), styles.small());
        TextLine scale = context.typesetter().line(text.get("hedging.key.scale"), styles.small());
        float height = label.leading() + 6f;
        float baseline = flow.cursor() - label.baselineDrop();
        float barTop = baseline + 0.3f * label.size() + BAR_HEIGHT / 2f;
        float x = flow.frame().left();
        flow.drawLine(label, x, baseline);
        x += label.width() + 6f;
        hatched(flow, x, barTop, 16f, BAR_HEIGHT);
        x += 16f + 4f;
        flow.drawLine(hedges, x, baseline);
        x += hedges.width() + 12f;
        flow.fill(x, barTop, 16f, BAR_HEIGHT, 0f);
        x += 16f + 4f;
        flow.drawLine(boosters, x, baseline);
        x += boosters.width() + 12f;
        if (x + scale.width() <= flow.frame().right()) {
            flow.drawLine(scale, x, baseline);
        }
        flow.advance(height);
    }

    private static float titlesHeight(ReportContext context, Columns columns) throws IOException {
        float tallest = 0;
        for (ParagraphLayout title : columnTitles(context, columns)) {
            tallest = Math.max(tallest, title.linesHeight());
        }
        return tallest + 4f;
    }

    private static List<ParagraphLayout> columnTitles(ReportContext context, Columns columns) throws IOException {
        TextStyle style = context.styles().tableHeader();
        ReportText text = context.text();
        return List.of(
                context.typesetter().layout(Paragraph.of(text.get("hedging.col.outlet"), style, 0f, 0f),
                        columns.nameWidth()),
                context.typesetter().layout(Paragraph.of(text.get("hedging.col.hedges"), style, 0f, 0f),
                        columns.panelWidth()),
                context.typesetter().layout(Paragraph.of(text.get("hedging.col.boosters"), style, 0f, 0f),
                        columns.panelWidth()),
                context.typesetter().layout(new Paragraph(List.of(new Span(text.get("hedging.col.words"), style)),
                        Align.RIGHT, 0f, 0f, 0f), WORDS_WIDTH));
    }

    /** The column titles, bottom-aligned over a black rule; repeated on each page the chart runs onto. */
    private static void titles(ReportContext context, Columns columns) throws IOException {
        PageFlow flow = context.flow();
        List<ParagraphLayout> titles = columnTitles(context, columns);
        float height = titlesHeight(context, columns);
        float top = flow.cursor();
        float[] xs = {columns.left(), columns.hedges(), columns.boosters(), columns.words()};
        for (int c = 0; c < titles.size(); c++) {
            ParagraphLayout title = titles.get(c);
            float lineTop = top - (height - 2f - title.linesHeight());
            for (TextLine line : title.lines()) {
                float x = xs[c] + title.align().offset(title.width(), line.width());
                flow.drawLine(line, x, lineTop - line.baselineDrop());
                lineTop -= line.leading();
            }
        }
        flow.advance(height);
        flow.rule(flow.frame().left(), flow.frame().right(), flow.cursor(), 0.9f, 0f);
    }

    /** One outlet: its name, then a row for its own words and one for its quoted words. */
    private static boolean block(ReportContext context, Columns columns, Row row, ParagraphLayout name)
            throws IOException {
        PageFlow flow = context.flow();
        float height = blockHeight(name);
        float top = flow.cursor();
        float lineTop = top - BLOCK_PAD;
        for (TextLine line : name.lines()) {
            flow.drawLine(line, columns.left(), lineTop - line.baselineDrop());
            lineTop -= line.leading();
        }
        boolean broken = voiceRow(context, columns, top - BLOCK_PAD, "hedging.voice.own", "hedging.none.own",
                row.own());
        broken |= voiceRow(context, columns, top - BLOCK_PAD - ROW_HEIGHT, "hedging.voice.quoted",
                "hedging.none.quoted", row.quoted());
        flow.advance(height);
        flow.rule(flow.frame().left(), flow.frame().right(), flow.cursor(), 0.4f, RULE_GREY);
        return broken;
    }

    /** One voice: its label, both bars with their figures and its number of words, or "no quoted words". */
    private static boolean voiceRow(ReportContext context, Columns columns, float top, String labelKey,
                                    String noneKey, VoiceRates voice) throws IOException {
        ReportStyles styles = context.styles();
        PageFlow flow = context.flow();
        FigureFormat figures = context.figures();
        TextLine label = context.typesetter().line(context.text().get(labelKey), styles.small());
        float baseline = top - label.baselineDrop() - (ROW_HEIGHT - label.leading()) / 2f;
        float middle = baseline + 0.3f * label.size();
        flow.drawLine(label, columns.voice(), baseline);
        if (!voice.hasWords()) {
            TextLine none = context.typesetter().line(context.text().get(noneKey),
                    styles.small().withFace(FontFace.SERIF_ITALIC));
            flow.drawLine(none, columns.hedges(), baseline);
            return false;
        }
        boolean broken = bar(context, columns, columns.hedges(), middle, baseline, voice.hedgesPer1k(), true);
        broken |= bar(context, columns, columns.boosters(), middle, baseline, voice.boostersPer1k(), false);
        TextLine words = context.typesetter().line(figures.count(voice.words()), styles.small());
        flow.drawLine(words, columns.words() + WORDS_WIDTH - words.width(), baseline);
        return broken;
    }

    /**
     * A bar from the panel's zero line, hatched for hedges and black for boosters, with its figure after it;
     * a bar past the scale is drawn full length with a white break near its end.
     */
    private static boolean bar(ReportContext context, Columns columns, float x, float middle, float baseline,
                               double rate, boolean hedge) throws IOException {
        PageFlow flow = context.flow();
        float top = middle + BAR_HEIGHT / 2f;
        boolean broken = rate > columns.scale();
        float length = (float) (Math.min(rate, columns.scale()) / columns.scale() * columns.barWidth());
        flow.tick(x, middle - BAR_HEIGHT / 2f - 1.5f, middle + BAR_HEIGHT / 2f + 1.5f, 0.8f, 0f);
        if (length > 0) {
            if (hedge) {
                hatched(flow, x, top, length, BAR_HEIGHT);
            } else {
                flow.fill(x, top, length, BAR_HEIGHT, 0f);
            }
            if (broken) {
                breakMark(flow, x + length - 8f, middle);
            }
        }
        TextLine figure = context.typesetter().line(context.figures().rate(rate), context.styles().small());
        flow.drawLine(figure, x + length + 3f, baseline);
        return broken;
    }

    /** A bar filled with fine diagonal black lines inside a black outline: grey from afar, hatched up close. */
    private static void hatched(PageFlow flow, float x, float top, float width, float height) throws IOException {
        float bottom = top - height;
        flow.paint(canvas -> {
            canvas.addRect(x, bottom, width, height);
            canvas.clip();
            canvas.setStrokingColor(0f);
            canvas.setLineWidth(HATCH_LINE);
            for (float from = x - height; from < x + width; from += HATCH_STEP) {
                canvas.moveTo(from, bottom);
                canvas.lineTo(from + height, top);
            }
            canvas.stroke();
        });
        flow.outline(x, top, width, height, OUTLINE, 0f);
    }

    /**
     * Two white strokes across a bar, slanting against the hatching so they show on either fill: the bar runs on
     * past the scale.
     */
    private static void breakMark(PageFlow flow, float x, float middle) throws IOException {
        flow.paint(canvas -> {
            canvas.setStrokingColor(1f);
            canvas.setLineWidth(1.8f);
            for (float dx : new float[] {0f, 3.5f}) {
                canvas.moveTo(x + dx - 2f, middle + BAR_HEIGHT / 2f + 1f);
                canvas.lineTo(x + dx + 2f, middle - BAR_HEIGHT / 2f - 1f);
            }
            canvas.stroke();
        });
    }

    /** What the words column means and, when a bar ran past the scale, why. */
    private static void notes(ReportContext context, boolean broken) throws IOException {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        String note = text.get("hedging.note.words");
        if (broken) {
            note += " " + text.format("hedging.note.broken", SCALE_WORDS);
        }
        context.flow().place(context.layout(new Paragraph(List.of(
                new Span(text.get("hedging.note.label") + " ", styles.smallBold()),
                new Span(note, styles.small())), Align.LEFT, 0f, 6f, 0f)));
    }

    /** Under the chart, per outlet: the hedge and booster words it used most, with how often. */
    private static void words(ReportContext context) throws IOException {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        ParagraphLayout intro = context.layout(Paragraph.of(text.get("hedging.words.intro"), styles.body(), 0f, 4f));
        context.heading(context.layout(Paragraph.of(text.get("hedging.words.heading"), styles.subheading(), 0f, 4f)),
                16f, intro.heightOfFirst(2));
        context.flow().place(intro);
        for (OutletProfile profile : context.comparison().outlets()) {
            List<ParagraphLayout> block = List.of(
                    context.layout(Paragraph.of(context.outletName(profile), styles.reason(), 4f, 1f)),
                    context.layout(wordLine(context, "hedging.words.hedges",
                            CueWordTally.of(profile.cues(), CueCategory.HEDGE))),
                    context.layout(wordLine(context, "hedging.words.boosters",
                            CueWordTally.of(profile.cues(), CueCategory.BOOSTER))));
            context.placeTogether(block);
        }
    }

    /** "Hedges: could ×5 (2 quoted), likely ×3, … and 3 more words, 4 uses", or "none found". */
    static String wordList(ReportText text, List<CueWordCount> words) {
        if (words.isEmpty()) {
            return text.get("hedging.words.none");
        }
        // One word left over is listed rather than summed up, so the summary always covers two words or more.
        int listed = words.size() <= WORDS_LISTED + 1 ? words.size() : WORDS_LISTED;
        List<String> parts = new ArrayList<>();
        for (CueWordCount word : words.subList(0, listed)) {
            parts.add(word.quoted() == 0 ? text.format("hedging.word", word.word(), word.count())
                    : text.format("hedging.word.quoted", word.word(), word.count(), word.quoted()));
        }
        String list = String.join(", ", parts);
        if (listed < words.size()) {
            List<CueWordCount> rest = words.subList(listed, words.size());
            int uses = rest.stream().mapToInt(CueWordCount::count).sum();
            list += " " + text.format("hedging.words.more", rest.size(), uses);
        }
        return list;
    }

    private static Paragraph wordLine(ReportContext context, String labelKey, List<CueWordCount> words) {
        ReportStyles styles = context.styles();
        return new Paragraph(List.of(
                new Span(context.text().get(labelKey) + " ", styles.smallBold()),
                new Span(wordList(context.text(), words), styles.small())), Align.LEFT, 10f, 0f, 1f);
    }

    /** Where the chart's columns start across the text width, and the scale of its bars. */
    private record Columns(float left, float nameWidth, float voice, float hedges, float boosters, float words,
                           float panelWidth, float barWidth, double scale) {

        static Columns of(ReportContext context, double scale) throws IOException {
            PageFlow flow = context.flow();
            ReportStyles styles = context.styles();
            float left = flow.frame().left();
            float width = flow.frame().width();
            float nameWidth = width * NAME_SHARE;
            float voiceWidth = Math.max(
                    context.typesetter().line(context.text().get("hedging.voice.own"), styles.small()).width(),
                    context.typesetter().line(context.text().get("hedging.voice.quoted"), styles.small()).width());
            float voice = left + nameWidth + GAP;
            float hedges = voice + voiceWidth + GAP;
            float words = flow.frame().right() - WORDS_WIDTH;
            float panelWidth = (words - GAP - hedges - GAP) / 2f;
            float boosters = hedges + panelWidth + GAP;
            return new Columns(left, nameWidth, voice, hedges, boosters, words, panelWidth,
                    panelWidth - FIGURE_ROOM, scale);
        }
    }
}
