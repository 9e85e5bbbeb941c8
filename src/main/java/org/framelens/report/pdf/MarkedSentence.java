package org.framelens.report.pdf;

import java.util.ArrayList;
import java.util.List;
import org.framelens.annotate.Sentence;
import org.framelens.report.pdf.layout.Align;
import org.framelens.report.pdf.layout.Paragraph;
import org.framelens.report.pdf.layout.Span;
import org.framelens.report.pdf.layout.TextStyle;

/**
 * One sentence printed as evidence: an optional label in bold capitals, its number, its text with the words that
 * were counted bold and underlined and quoted words italic, then a note on whose words it is. Every list of
 * passages on an outlet's pages prints its sentences this way, so one key explains them all.
 */
final class MarkedSentence {

    /** How far evidence sentences are set in from the headings of their lists. */
    static final float INDENT = 10f;

    private MarkedSentence() {
    }

    /**
     * The paragraph for a sentence.
     *
     * @param label a word set before the sentence (e.g. "PESSIMISTIC"), or null for none
     * @param marks [start, end) character offsets of the words to mark
     * @param extra more words for the note after whose words it is, or null
     */
    static Paragraph of(ReportContext context, Sentence sentence, String label, List<int[]> marks, String extra) {
        ReportStyles styles = context.styles();
        List<Span> spans = new ArrayList<>();
        if (label != null) {
            spans.add(new Span(label + " ", styles.sentenceNumber()));
        }
        spans.add(new Span(context.text().format("evidence.sentence", sentence.index() + 1) + " ",
                styles.sentenceNumber()));
        for (MarkedStretch stretch : SentenceMarks.split(sentence.text(), marks, sentence.quotedStretches())) {
            spans.add(new Span(stretch.text(sentence.text()), style(styles, stretch)));
        }
        String note = WhoseWords.of(sentence, context.text());
        spans.add(new Span(" ", styles.sentence()));
        spans.add(new Span("— " + (extra == null || extra.isBlank() ? note : note + "; " + extra),
                styles.voiceNote()));
        return new Paragraph(spans, Align.LEFT, INDENT, 0f, 4f);
    }

    /** The style of a stretch: bold and underlined when marked, italic when quoted, both when both. */
    static TextStyle style(ReportStyles styles, MarkedStretch stretch) {
        if (stretch.cue()) {
            return stretch.quoted() ? styles.sentenceQuotedCue() : styles.sentenceCue();
        }
        return stretch.quoted() ? styles.sentenceQuoted() : styles.sentence();
    }
}
