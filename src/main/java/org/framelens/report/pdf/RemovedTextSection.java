package org.framelens.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.framelens.article.Removal;
import org.framelens.measure.OutletProfile;
import org.framelens.report.pdf.layout.Align;
import org.framelens.report.pdf.layout.FlowPosition;
import org.framelens.report.pdf.layout.Paragraph;
import org.framelens.report.pdf.layout.ParagraphLayout;
import org.framelens.report.pdf.layout.Span;

/**
 * "What was removed before analysis": for each outlet, its headline and every block cleaning set aside, with
 * the reason in bold, so a reader can check that nothing belonging to the article was dropped.
 */
final class RemovedTextSection implements ReportSection {

    private static final float EXCERPT_INDENT = 14f;

    @Override
    public void render(ReportContext context) throws IOException {
        if (context.comparison().outlets().isEmpty()) {
            return;
        }
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        PDOutlineItem section = context.openSection(ReportContext.SectionStart.BELOW, text.get("removed.heading"),
                Paragraph.of(text.get("removed.intro"), styles.body(), 0f, 4f));
        for (OutletProfile profile : context.comparison().outlets()) {
            renderOutlet(context, profile, section);
        }
        context.flow().continueWith(null);
    }

    private static void renderOutlet(ReportContext context, OutletProfile profile, PDOutlineItem section)
            throws IOException {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        String name = context.outletName(profile);
        List<Removal> removed = profile.article().removed();

        ParagraphLayout heading = context.layout(Paragraph.of(name, styles.subheading(), 0f, 3f));
        ParagraphLayout headline = context.layout(new Paragraph(List.of(
                new Span(text.get("removed.headline") + " ", styles.bodyBold()),
                new Span(context.headline(profile), styles.body())), Align.LEFT, 0f, 0f, 4f));
        String countText = removed.isEmpty() ? text.get("removed.none")
                : removed.size() == 1 ? text.get("removed.count.one")
                : text.format("removed.count.many", removed.size());
        ParagraphLayout count = context.layout(Paragraph.of(countText, styles.bodyItalic(), 0f, 2f));

        List<ParagraphLayout> firstBlock = removed.isEmpty() ? List.of() : block(context, 1, removed.get(0));
        float following = ReportContext.height(List.of(headline, count))
                + (firstBlock.isEmpty() ? 0f : firstBlockOpening(firstBlock));
        context.flow().continueWith(null);
        FlowPosition at = context.heading(heading, 18f, following);
        context.bookmarks().add(section, name, at);
        context.flow().continueWith(context.continuedHeading(name));
        context.flow().place(headline);
        context.flow().place(count);
        for (int i = 0; i < removed.size(); i++) {
            List<ParagraphLayout> block = i == 0 ? firstBlock : block(context, i + 1, removed.get(i));
            context.flow().keepTogether(firstBlockOpening(block));
            for (ParagraphLayout paragraph : block) {
                context.flow().place(paragraph);
            }
        }
    }

    /**
     * A removed block: its number and reason in bold, then its text indented beneath, each line of the page
     * on a line of its own (neighbouring lines removed for the same reason arrive as one block).
     */
    private static List<ParagraphLayout> block(ReportContext context, int number, Removal removal)
            throws IOException {
        ReportStyles styles = context.styles();
        String reason = removal.reason() == null || removal.reason().isBlank()
                ? context.text().get("removed.noReason") : capitalised(removal.reason().strip());
        String excerpt = RemovedTextExcerpt.of(removal.text(), context.text(), context.figures());
        List<ParagraphLayout> block = new ArrayList<>();
        block.add(context.layout(Paragraph.of(number + ". " + reason, styles.reason(), 6f, 1f)));
        List<String> lines = excerpt.lines().filter(line -> !line.isBlank()).toList();
        for (int i = 0; i < lines.size(); i++) {
            float after = i == lines.size() - 1 ? 2f : 0.5f;
            block.add(context.layout(Paragraph.of(lines.get(i), styles.excerpt(), 0f, after).indented(EXCERPT_INDENT)));
        }
        if (lines.isEmpty()) {
            block.add(context.layout(Paragraph.of(excerpt, styles.excerpt(), 0f, 2f).indented(EXCERPT_INDENT)));
        }
        return block;
    }

    /** The reason with its first letter in upper case, as it starts a line of its own. */
    static String capitalised(String reason) {
        int first = reason.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(reason.substring(Character.charCount(first))).toString();
    }

    /** Height of a block's reason with the first two lines of its text: never split from each other. */
    private static float firstBlockOpening(List<ParagraphLayout> block) {
        ParagraphLayout reason = block.get(0);
        ParagraphLayout excerpt = block.get(1);
        return reason.spaceBefore() + reason.linesHeight() + reason.spaceAfter() + excerpt.heightOfFirst(2);
    }
}
