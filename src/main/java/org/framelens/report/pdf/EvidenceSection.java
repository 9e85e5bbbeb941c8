package org.framelens.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.framelens.annotate.Sentence;
import org.framelens.annotate.Voice;
import org.framelens.measure.Cue;
import org.framelens.measure.CueCategory;
import org.framelens.measure.OutletMetrics;
import org.framelens.measure.OutletProfile;
import org.framelens.report.pdf.layout.Align;
import org.framelens.report.pdf.layout.FlowPosition;
import org.framelens.report.pdf.layout.Paragraph;
import org.framelens.report.pdf.layout.ParagraphLayout;
import org.framelens.report.pdf.layout.Span;
import org.framelens.report.pdf.layout.TextStyle;

/**
 * "The evidence, outlet by outlet": for each outlet its key figures, every sentence holding a hedge and every
 * sentence holding a booster with the cue words marked and a note on whose words they are, and who the article
 * quotes, so a reader can check each figure of the table against the text that produced it.
 */
final class EvidenceSection implements ReportSection {

    /** Most sentences printed per outlet and kind of cue; the rest are left to the JSON report. */
    static final int SENTENCE_LIMIT = 25;

    private static final float SENTENCE_INDENT = 10f;
    /** Longest paragraph, in lines, that is moved to the next page whole rather than split. */
    private static final int WHOLE_LINES = 6;
    private static final String SPEAKER_SEPARATOR = " ·";

    @Override
    public void render(ReportContext context) throws IOException {
        if (context.comparison().outlets().isEmpty()) {
            return;
        }
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        PDOutlineItem section = context.openSection(ReportContext.SectionStart.BELOW, text.get("evidence.heading"),
                Paragraph.of(text.get("evidence.intro"), styles.body(), 0f, 4f), key(context));
        for (OutletProfile profile : context.comparison().outlets()) {
            renderOutlet(context, profile, section);
        }
        context.flow().continueWith(null);
    }

    /** The one-line key, its samples set in the very styles it explains. */
    private static Paragraph key(ReportContext context) {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        return new Paragraph(List.of(
                new Span(text.get("evidence.key.label") + " ", styles.smallBold()),
                new Span(text.get("evidence.key.before") + " ", styles.sentence()),
                new Span(text.get("evidence.key.cue"), styles.sentenceCue()),
                new Span(text.get("evidence.key.middle") + " ", styles.sentence()),
                new Span(text.get("evidence.key.quoted"), styles.sentenceQuoted()),
                new Span(text.get("evidence.key.after"), styles.sentence())), Align.LEFT, 0f, 0f, 4f);
    }

    private static void renderOutlet(ReportContext context, OutletProfile profile, PDOutlineItem section)
            throws IOException {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        String name = context.outletName(profile);
        Map<Integer, Sentence> sentences = new HashMap<>();
        for (Sentence sentence : profile.annotated().sentences()) {
            sentences.put(sentence.index(), sentence);
        }

        ParagraphLayout heading = context.layout(Paragraph.of(name, styles.subheading(), 0f, 3f));
        ParagraphLayout headline = context.layout(new Paragraph(List.of(
                new Span(text.get("removed.headline") + " ", styles.bodyBold()),
                new Span(context.headline(profile), styles.body())), Align.LEFT, 0f, 0f, 2f));
        ParagraphLayout figures = context.layout(Paragraph.of(figures(context, profile.metrics()), styles.small(),
                0f, 2f));
        List<ParagraphLayout> hedges = cueBlock(context, profile, sentences, CueCategory.HEDGE);
        context.flow().continueWith(null);
        FlowPosition at = context.heading(heading, 18f,
                ReportContext.height(List.of(headline, figures)) + opening(hedges));
        context.bookmarks().add(section, name, at);
        context.flow().continueWith(context.continuedHeading(name));
        context.flow().place(headline);
        context.flow().place(figures);
        placeBlock(context, hedges);
        placeBlock(context, cueBlock(context, profile, sentences, CueCategory.BOOSTER));
        placeBlock(context, speakerBlock(context, profile));
    }

    /** The outlet's key figures on one line: words, hedges and boosters per 1,000 words, share quoted. */
    private static String figures(ReportContext context, OutletMetrics metrics) {
        FigureFormat format = context.figures();
        return context.text().format("evidence.figures", format.count(metrics.words()),
                format.rate(metrics.hedgesPer1k()), format.rate(metrics.boostersPer1k()),
                format.percent(metrics.quotedShare()));
    }

    /**
     * A kind of cue: its heading with how many were found in how many sentences, then each sentence holding
     * one, printed once in article order with all its cues of that kind marked, up to the limit.
     */
    private static List<ParagraphLayout> cueBlock(ReportContext context, OutletProfile profile,
                                                  Map<Integer, Sentence> sentences, CueCategory category)
            throws IOException {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        String kind = category == CueCategory.HEDGE ? "evidence.hedges" : "evidence.boosters";
        TreeMap<Integer, List<Cue>> bySentence = new TreeMap<>();
        int insideQuotes = 0;
        int cues = 0;
        for (Cue cue : profile.cues(category)) {
            if (sentences.containsKey(cue.sentence())) {
                bySentence.computeIfAbsent(cue.sentence(), i -> new ArrayList<>()).add(cue);
                cues++;
                insideQuotes += cue.voice() == Voice.QUOTED ? 1 : 0;
            }
        }
        List<ParagraphLayout> block = new ArrayList<>();
        block.add(context.layout(new Paragraph(List.of(
                new Span(text.get(kind), styles.reason()),
                new Span(" — " + count(context, cues, bySentence.size(), insideQuotes), styles.small())),
                Align.LEFT, 0f, 10f, 3f)));
        int printed = 0;
        for (Map.Entry<Integer, List<Cue>> entry : bySentence.entrySet()) {
            if (printed == SENTENCE_LIMIT) {
                break;
            }
            block.add(context.layout(sentence(context, sentences.get(entry.getKey()), entry.getValue())));
            printed++;
        }
        int more = bySentence.size() - printed;
        if (more > 0) {
            String noun = text.get(kind + ".noun");
            String line = more == 1 ? text.format("evidence.more.one", noun)
                    : text.format("evidence.more.many", context.figures().count(more), noun);
            block.add(context.layout(Paragraph.of(line, styles.bodyItalic(), 0f, 2f).indented(SENTENCE_INDENT)));
        }
        return block;
    }

    /** "20 in 18 sentences, 3 of them inside quotation marks", or "none found". */
    private static String count(ReportContext context, int cues, int sentences, int insideQuotes) {
        ReportText text = context.text();
        FigureFormat format = context.figures();
        if (cues == 0) {
            return text.get("evidence.count.none");
        }
        String count = cues == 1 ? text.get("evidence.count.one")
                : sentences == 1 ? text.format("evidence.count.many.one", format.count(cues))
                : text.format("evidence.count.many", format.count(cues), format.count(sentences));
        if (insideQuotes == cues) {
            return count + text.get("evidence.count.quoted.all");
        }
        return insideQuotes == 0 ? count : count + text.format("evidence.count.quoted", format.count(insideQuotes));
    }

    /** One evidence sentence: its number, its text with the cues and quoted words marked, and whose words. */
    private static Paragraph sentence(ReportContext context, Sentence sentence, List<Cue> cues) {
        ReportStyles styles = context.styles();
        List<int[]> cueRanges = cues.stream().map(c -> new int[] {c.start(), c.end()}).toList();
        List<Span> spans = new ArrayList<>();
        spans.add(new Span(context.text().format("evidence.sentence", sentence.index() + 1) + " ",
                styles.sentenceNumber()));
        for (MarkedStretch stretch : SentenceMarks.split(sentence.text(), cueRanges, sentence.quotedStretches())) {
            spans.add(new Span(stretch.text(sentence.text()), style(styles, stretch)));
        }
        spans.add(new Span(" ", styles.sentence()));
        spans.add(new Span("— " + WhoseWords.of(sentence, context.text()), styles.voiceNote()));
        return new Paragraph(spans, Align.LEFT, SENTENCE_INDENT, 0f, 4f);
    }

    private static TextStyle style(ReportStyles styles, MarkedStretch stretch) {
        if (stretch.cue()) {
            return stretch.quoted() ? styles.sentenceQuotedCue() : styles.sentenceCue();
        }
        return stretch.quoted() ? styles.sentenceQuoted() : styles.sentence();
    }

    /** "Who is quoted": each named speaker with their number of sentences, most frequent first. */
    private static List<ParagraphLayout> speakerBlock(ReportContext context, OutletProfile profile)
            throws IOException {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        List<SpeakerCount> speakers = SpeakerTally.of(profile.annotated().sentences());
        String about = speakers.isEmpty() ? text.get("evidence.speakers.none") : text.get("evidence.speakers.intro");
        List<ParagraphLayout> block = new ArrayList<>();
        block.add(context.layout(new Paragraph(List.of(
                new Span(text.get("evidence.speakers"), styles.reason()),
                new Span(" — " + about, styles.small())), Align.LEFT, 0f, 10f, 3f)));
        if (speakers.isEmpty()) {
            return block;
        }
        // Each entry is kept on one line with the dot that follows it, so a line never starts with a dot.
        List<Span> entries = new ArrayList<>();
        for (int i = 0; i < speakers.size(); i++) {
            SpeakerCount speaker = speakers.get(i);
            String entry = speaker.sentences() == 1 ? text.format("evidence.speaker.one", speaker.name())
                    : text.format("evidence.speaker.many", speaker.name(), speaker.sentences());
            boolean last = i == speakers.size() - 1;
            entries.add(new Span(last ? entry : entry + SPEAKER_SEPARATOR, styles.sentence().withoutBreaks()));
            if (!last) {
                entries.add(new Span(" ", styles.sentence()));
            }
        }
        block.add(context.layout(new Paragraph(entries, Align.LEFT, SENTENCE_INDENT, 0f, 2f)));
        return block;
    }

    /**
     * Places a block, its heading kept with the first lines of what follows it and each paragraph of up to
     * {@link #WHOLE_LINES} lines (nearly every sentence) kept whole on one page, its note included.
     */
    private static void placeBlock(ReportContext context, List<ParagraphLayout> block) throws IOException {
        context.flow().keepTogether(opening(block));
        for (ParagraphLayout paragraph : block) {
            if (paragraph.lines().size() <= WHOLE_LINES) {
                context.flow().keepTogether(paragraph.spaceBefore() + paragraph.linesHeight());
            }
            context.flow().place(paragraph);
        }
    }

    /**
     * Height of a block's heading with what must follow it on the same page: the paragraph after it whole when
     * it is kept whole, otherwise its first two lines.
     */
    private static float opening(List<ParagraphLayout> block) {
        ParagraphLayout heading = block.get(0);
        float height = heading.spaceBefore() + heading.linesHeight() + heading.spaceAfter();
        if (block.size() > 1) {
            ParagraphLayout next = block.get(1);
            height += next.spaceBefore()
                    + (next.lines().size() <= WHOLE_LINES ? next.linesHeight() : next.heightOfFirst(2));
        }
        return height;
    }
}
