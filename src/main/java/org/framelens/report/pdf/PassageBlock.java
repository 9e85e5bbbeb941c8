package org.framelens.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.framelens.report.pdf.layout.Align;
import org.framelens.report.pdf.layout.Paragraph;
import org.framelens.report.pdf.layout.ParagraphLayout;
import org.framelens.report.pdf.layout.Span;

/**
 * A list on an outlet's pages (hedges, prospects, who is quoted, what was removed ...): a heading saying what it
 * holds, then its paragraphs; placed so the heading never ends a page alone and short paragraphs are never split.
 *
 * @param paragraphs the heading first, then the list's paragraphs, laid out
 */
record PassageBlock(List<ParagraphLayout> paragraphs) {

    /** Longest paragraph, in lines, that is moved to the next page whole rather than split. */
    static final int WHOLE_LINES = 6;

    PassageBlock {
        paragraphs = List.copyOf(paragraphs);
    }

    /** A block of a heading in bold ("Hedges") followed by what it found ("4 in 4 sentences"), then the rest. */
    static PassageBlock of(ReportContext context, String title, String about, List<Paragraph> rest)
            throws IOException {
        ReportStyles styles = context.styles();
        List<ParagraphLayout> laid = new ArrayList<>();
        laid.add(context.layout(new Paragraph(List.of(new Span(title, styles.reason()),
                new Span(" — " + about, styles.small())), Align.LEFT, 0f, 10f, 3f)));
        for (Paragraph paragraph : rest) {
            laid.add(context.layout(paragraph));
        }
        return new PassageBlock(laid);
    }

    /** The line saying how many more items the JSON report lists, in the small sans of notes, set in like the sentences. */
    static Paragraph more(ReportContext context, String line) {
        return Paragraph.of(line, context.styles().small(), 0f, 2f).indented(MarkedSentence.INDENT);
    }

    /**
     * Places the block, its heading kept with the first lines of what follows it and each paragraph of up to
     * {@link #WHOLE_LINES} lines (nearly every sentence) kept whole on one page, its note included.
     */
    void place(ReportContext context) throws IOException {
        context.flow().keepTogether(opening());
        for (ParagraphLayout paragraph : paragraphs) {
            if (paragraph.lines().size() <= WHOLE_LINES) {
                context.flow().keepTogether(paragraph.spaceBefore() + paragraph.linesHeight());
            }
            context.flow().place(paragraph);
        }
    }

    /**
     * Height of the heading with what must follow it on the same page: the paragraph after it whole when it is
     * kept whole, otherwise its first two lines.
     */
    float opening() {
        ParagraphLayout heading = paragraphs.get(0);
        float height = heading.spaceBefore() + heading.linesHeight() + heading.spaceAfter();
        if (paragraphs.size() > 1) {
            ParagraphLayout next = paragraphs.get(1);
            height += next.spaceBefore()
                    + (next.lines().size() <= WHOLE_LINES ? next.linesHeight() : next.heightOfFirst(2));
        }
        return height;
    }
}
