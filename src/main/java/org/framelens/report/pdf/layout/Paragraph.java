package org.framelens.report.pdf.layout;

import java.util.List;

/**
 * A block of text to flow down the page.
 *
 * @param spans its styled pieces, in reading order
 * @param align horizontal alignment of each line
 * @param indent left indent in points
 * @param spaceBefore gap above it in points (dropped at the top of a page)
 * @param spaceAfter gap below it in points
 */
public record Paragraph(List<Span> spans, Align align, float indent, float spaceBefore, float spaceAfter) {

    public Paragraph {
        spans = List.copyOf(spans);
    }

    /** A left-aligned paragraph in one style. */
    public static Paragraph of(String text, TextStyle style, float spaceBefore, float spaceAfter) {
        return new Paragraph(List.of(new Span(text, style)), Align.LEFT, 0f, spaceBefore, spaceAfter);
    }

    /** The same paragraph indented from the left. */
    public Paragraph indented(float points) {
        return new Paragraph(spans, align, points, spaceBefore, spaceAfter);
    }
}
