package org.framelens.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.framelens.article.Removal;
import org.framelens.measure.OutletProfile;
import org.framelens.report.pdf.layout.Align;
import org.framelens.report.pdf.layout.Paragraph;
import org.framelens.report.pdf.layout.ParagraphLayout;
import org.framelens.report.pdf.layout.Span;

/**
 * "What was removed before analysis" for one outlet: every block cleaning set aside, numbered, with the reason in
 * bold and the text indented beneath, so a reader can check that nothing belonging to the article was dropped.
 */
final class RemovedPassages {

    private static final float EXCERPT_INDENT = 14f;

    private RemovedPassages() {
    }

    /** Places the heading with how many blocks were removed, then each block, its reason kept with its text. */
    static void place(ReportContext context, OutletProfile profile) throws IOException {
        ReportText text = context.text();
        List<Removal> removed = profile.article().removed();
        String count = removed.isEmpty() ? text.get("removed.none")
                : removed.size() == 1 ? text.get("removed.count.one")
                : text.format("removed.count.many", removed.size());
        List<List<ParagraphLayout>> blocks = new ArrayList<>();
        for (int i = 0; i < removed.size(); i++) {
            blocks.add(block(context, i + 1, removed.get(i)));
        }
        PassageBlock heading = PassageBlock.of(context, text.get("removed.heading"), count, List.of());
        float first = blocks.isEmpty() ? 0f : opening(blocks.get(0));
        context.flow().keepTogether(heading.opening() + first);
        heading.place(context);
        for (List<ParagraphLayout> block : blocks) {
            context.flow().keepTogether(opening(block));
            for (ParagraphLayout paragraph : block) {
                context.flow().place(paragraph);
            }
        }
    }

    /**
     * A removed block: its number and reason in bold, then its text on the same line, each further line of the
     * page on a line of its own beneath (neighbouring lines removed for the same reason arrive as one block).
     */
    private static List<ParagraphLayout> block(ReportContext context, int number, Removal removal)
            throws IOException {
        ReportStyles styles = context.styles();
        String reason = removal.reason() == null || removal.reason().isBlank()
                ? context.text().get("removed.noReason") : capitalised(removal.reason().strip());
        String excerpt = RemovedTextExcerpt.of(removal.text() == null ? "" : removal.text(), context.text(),
                context.figures());
        List<String> lines = excerpt.lines().filter(line -> !line.isBlank()).toList();
        List<ParagraphLayout> block = new ArrayList<>();
        String first = lines.isEmpty() ? excerpt : lines.get(0);
        block.add(context.layout(new Paragraph(List.of(
                new Span(number + ". " + reason + ":", styles.reason().withoutBreaks()),
                new Span(" " + first, styles.excerpt())), Align.LEFT, MarkedSentence.INDENT, 5f,
                lines.size() > 1 ? 0.5f : 2f)));
        for (int i = 1; i < lines.size(); i++) {
            float after = i == lines.size() - 1 ? 2f : 0.5f;
            block.add(context.layout(Paragraph.of(lines.get(i), styles.excerpt(), 0f, after)
                    .indented(EXCERPT_INDENT + MarkedSentence.INDENT)));
        }
        return block;
    }

    /** The reason with its first letter in upper case, as it starts a line of its own. */
    static String capitalised(String reason) {
        int first = reason.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(reason.substring(Character.charCount(first))).toString();
    }

    /** Height of a block's first two lines, which hold its reason: never split from each other. */
    private static float opening(List<ParagraphLayout> block) {
        ParagraphLayout first = block.get(0);
        return first.spaceBefore() + first.heightOfFirst(2);
    }
}
