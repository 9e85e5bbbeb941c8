package org.framelens.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.framelens.annotate.Sentence;
import org.framelens.measure.OutletProfile;
import org.framelens.prospect.Prospect;
import org.framelens.prospect.ProspectProfile;
import org.framelens.prospect.SentenceProspect;
import org.framelens.report.pdf.layout.Align;
import org.framelens.report.pdf.layout.PageFlow;
import org.framelens.report.pdf.layout.Paragraph;
import org.framelens.report.pdf.layout.ParagraphLayout;
import org.framelens.report.pdf.layout.Span;
import org.framelens.report.pdf.layout.TextLine;
import org.framelens.report.pdf.layout.TextStyle;

/**
 * "Prospects": every outlet on one line from pessimistic (−1) to optimistic (+1), its own words as a filled
 * circle and its quoted words as a hollow square (shapes, not colours, so it prints in black and white), with
 * its overall score as a number; then each outlet's strongest sentence either way, so every position on the
 * chart comes with the words behind it.
 */
final class ProspectSection implements ReportSection {

    /** Share of the text width given to the outlet names. */
    private static final float NAME_SHARE = 0.28f;
    /** Width kept at the right of each row for the overall score. */
    private static final float SCORE_WIDTH = 48f;
    /** Room left and right of the axis so marks at −1 and +1 are not cut by the name or the score. */
    private static final float AXIS_PAD = 10f;
    private static final float ROW_HEIGHT = 19f;
    private static final float DOT_RADIUS = 3.6f;
    private static final float SQUARE_HALF = 5f;
    private static final float MARK_LINE = 1f;
    private static final float AXIS_GREY = 0.55f;
    private static final float SENTENCE_INDENT = 10f;
    /** The sentences are set a size smaller than on the outlets' pages, so five outlets fit on the chart's page. */
    private static final float SENTENCE_SIZE = 9f;
    private static final float SENTENCE_LEADING = 11.5f;

    @Override
    public boolean inHandout() {
        return true;
    }

    @Override
    public void render(ReportContext context) throws IOException {
        if (context.comparison().outlets().isEmpty()) {
            return;
        }
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        PageFlow flow = context.flow();
        context.openSection(ReportContext.SectionStart.NEW_PAGE, text.get("prospects.heading"),
                context.intro(text.format("prospects.intro", context.subjectName())));
        key(context);
        Axis axis = Axis.of(flow);
        scale(context, axis);
        for (OutletProfile profile : context.comparison().outlets()) {
            row(context, axis, profile);
        }
        flow.rule(flow.frame().left(), flow.frame().right(), flow.cursor(), 0.6f, 0f);
        strongestSentences(context);
    }

    /** The key: each mark drawn as on the chart, followed by what it stands for. */
    private static void key(ReportContext context) throws IOException {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        PageFlow flow = context.flow();
        TextLine label = context.typesetter().line(text.get("prospects.key.label"), styles.smallBold());
        TextLine own = context.typesetter().line(text.get("prospects.key.own"), styles.small());
        TextLine quoted = context.typesetter().line(text.get("prospects.key.quoted"), styles.small());
        float height = label.leading() + 4f;
        flow.keepTogether(height);
        float top = flow.cursor();
        float baseline = top - label.baselineDrop();
        float middle = baseline + 0.3f * label.size();
        float x = flow.frame().left();
        flow.drawLine(label, x, baseline);
        x += label.width() + 8f + SQUARE_HALF;
        flow.disc(x, middle, DOT_RADIUS, 0f);
        x += SQUARE_HALF + 4f;
        flow.drawLine(own, x, baseline);
        x += own.width() + 14f + SQUARE_HALF;
        flow.square(x, middle, SQUARE_HALF, MARK_LINE, 0f);
        x += SQUARE_HALF + 4f;
        flow.drawLine(quoted, x, baseline);
        flow.advance(height);
    }

    /** The scale above the rows: −1, 0 and +1 over their ticks, "pessimistic" and "optimistic" at the ends. */
    private static void scale(ReportContext context, Axis axis) throws IOException {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        PageFlow flow = context.flow();
        TextStyle style = styles.tableHeader();
        TextLine words = context.typesetter().line(text.get("prospects.pessimistic"), styles.small());
        TextLine hopeful = context.typesetter().line(text.get("prospects.optimistic"), styles.small());
        TextLine overall = context.typesetter().line(text.get("prospects.overall"), style);
        float height = words.leading() + style.leading() + 4f + ROW_HEIGHT;
        flow.keepTogether(height);
        float baseline = flow.cursor() - words.baselineDrop();
        flow.drawLine(words, axis.from(), baseline);
        flow.drawLine(hopeful, axis.to() - hopeful.width(), baseline);
        flow.advance(words.leading());
        float tickBaseline = flow.cursor() - overall.baselineDrop();
        for (double value : new double[] {-1, 0, 1}) {
            TextLine tick = context.typesetter().line(tickLabel(value), style);
            flow.drawLine(tick, axis.at(value) - tick.width() / 2f, tickBaseline);
        }
        flow.drawLine(overall, flow.frame().right() - overall.width(), tickBaseline);
        flow.advance(style.leading() + 2f);
        flow.rule(flow.frame().left(), flow.frame().right(), flow.cursor(), 0.9f, 0f);
        flow.advance(2f);
    }

    private static String tickLabel(double value) {
        return value < 0 ? "\u22121" : value > 0 ? "+1" : "0";
    }

    /** One outlet: its name, the axis with its marks, a note for any missing mark, and its overall score. */
    private static void row(ReportContext context, Axis axis, OutletProfile profile) throws IOException {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        PageFlow flow = context.flow();
        ProspectProfile prospect = profile.prospect();
        boolean hasOwn = counts(prospect, false);
        boolean hasQuoted = counts(prospect, true);
        ParagraphLayout name = context.typesetter().layout(
                Paragraph.of(context.outletName(profile), styles.tableCell(), 0f, 0f), axis.nameWidth());
        String missing = !hasOwn && !hasQuoted ? text.get("prospects.none.all")
                : !hasOwn ? text.get("prospects.none.own")
                : !hasQuoted ? text.get("prospects.none.quoted") : null;
        TextLine note = missing == null ? null : context.typesetter().line(missing, styles.small().withGrey(0f));
        float noteHeight = note == null ? 0f : note.leading();
        float rowHeight = ROW_HEIGHT;
        float height = Math.max(rowHeight, name.linesHeight() + 8f) + noteHeight;
        flow.keepTogether(height);
        float top = flow.cursor();
        float lineTop = top - 4f;
        for (TextLine line : name.lines()) {
            flow.drawLine(line, flow.frame().left(), lineTop - line.baselineDrop());
            lineTop -= line.leading();
        }
        float y = top - rowHeight / 2f;
        flow.rule(axis.from(), axis.to(), y, 0.6f, AXIS_GREY);
        for (double value : new double[] {-1, 0, 1}) {
            flow.tick(axis.at(value), y - 3f, y + 3f, 0.6f, AXIS_GREY);
        }
        // The square goes first so a circle at the same score still shows, inside it.
        if (hasQuoted) {
            flow.square(axis.at(prospect.quotedScore()), y, SQUARE_HALF, MARK_LINE, 0f);
        }
        if (hasOwn) {
            flow.disc(axis.at(prospect.authorScore()), y, DOT_RADIUS, 0f);
        }
        TextLine score = context.typesetter().line(context.figures().score(prospect.score()), styles.bodyBold());
        flow.drawLine(score, flow.frame().right() - score.width(), y - 0.35f * score.size());
        if (note != null) {
            flow.drawLine(note, axis.from(), top - rowHeight + 2f - note.baselineDrop());
        }
        flow.advance(height);
        flow.rule(flow.frame().left(), flow.frame().right(), flow.cursor(), 0.4f, 0.6f);
    }

    /** Whether any sentence in the given voice speaks of the chances, so its score has sentences behind it. */
    static boolean counts(ProspectProfile prospect, boolean quoted) {
        for (SentenceProspect sentence : prospect.sentences()) {
            if (sentence.quoted() == quoted && sentence.prospect() != Prospect.NONE) {
                return true;
            }
        }
        return false;
    }

    /** Under the chart, per outlet: its strongest optimistic and strongest pessimistic sentence, or "none". */
    private static void strongestSentences(ReportContext context) throws IOException {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        ParagraphLayout first = context.layout(Paragraph.of(text.get("prospects.sentences.heading"),
                styles.subheading(), 0f, 4f));
        context.heading(first, 10f, 3 * styles.sentence().leading());
        for (OutletProfile profile : context.comparison().outlets()) {
            Map<Integer, Sentence> sentences = new HashMap<>();
            for (Sentence sentence : profile.annotated().sentences()) {
                sentences.put(sentence.index(), sentence);
            }
            String name = context.outletName(profile);
            List<ParagraphLayout> block = new ArrayList<>();
            block.add(context.layout(Paragraph.of(name, styles.reason(), 4f, 2f)));
            block.add(context.layout(strongest(context, "prospects.strongest.optimistic",
                    profile.prospect().strongestOptimistic(), sentences)));
            block.add(context.layout(strongest(context, "prospects.strongest.pessimistic",
                    profile.prospect().strongestPessimistic(), sentences)));
            context.flow().keepTogether(ReportContext.height(block.subList(0, 2)));
            for (ParagraphLayout paragraph : block) {
                context.flow().keepTogether(paragraph.spaceBefore() + paragraph.linesHeight());
                context.flow().place(paragraph);
            }
        }
    }

    /** "Most optimistic: [n] the sentence in full", quoted words in italic, or "none". */
    private static Paragraph strongest(ReportContext context, String labelKey, List<Integer> indices,
                                       Map<Integer, Sentence> sentences) {
        ReportStyles styles = context.styles();
        TextStyle plain = styles.sentence().sized(SENTENCE_SIZE, SENTENCE_LEADING);
        TextStyle quoted = styles.sentenceQuoted().sized(SENTENCE_SIZE, SENTENCE_LEADING);
        List<Span> spans = new ArrayList<>();
        spans.add(new Span(context.text().get(labelKey) + " ", styles.smallBold()));
        Sentence sentence = indices.isEmpty() ? null : sentences.get(indices.get(0));
        if (sentence == null) {
            spans.add(new Span(context.text().get("prospects.strongest.none"), quoted));
        } else {
            spans.add(new Span(context.text().format("evidence.sentence", sentence.index() + 1) + " ",
                    styles.sentenceNumber()));
            for (MarkedStretch stretch : SentenceMarks.split(sentence.text(), List.of(), sentence.quotedStretches())) {
                spans.add(new Span(stretch.text(sentence.text()),
                        stretch.quoted() ? quoted : plain));
            }
        }
        return new Paragraph(spans, Align.LEFT, SENTENCE_INDENT, 0f, 3f);
    }

    /** Where the axis runs across the page: after the name column, before the score column. */
    private record Axis(float nameWidth, float from, float to) {

        static Axis of(PageFlow flow) {
            float left = flow.frame().left();
            float width = flow.frame().width();
            float nameWidth = width * NAME_SHARE;
            return new Axis(nameWidth, left + nameWidth + AXIS_PAD, flow.frame().right() - SCORE_WIDTH - AXIS_PAD);
        }

        /** The horizontal position of a score from −1 to +1, clamped to the axis. */
        float at(double score) {
            double clamped = Math.max(-1d, Math.min(1d, score));
            return (float) (from + (clamped + 1d) / 2d * (to - from));
        }
    }
}
