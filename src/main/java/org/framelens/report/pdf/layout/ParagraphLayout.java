package org.framelens.report.pdf.layout;

import java.util.List;

/**
 * A paragraph broken into lines for a given width, ready to place.
 *
 * @param lines the lines, top to bottom
 * @param align alignment within the column
 * @param indent left indent in points
 * @param width the column width the lines were broken for, indent excluded
 * @param spaceBefore gap above in points
 * @param spaceAfter gap below in points
 */
public record ParagraphLayout(List<TextLine> lines, Align align, float indent, float width,
                              float spaceBefore, float spaceAfter) {

    public ParagraphLayout {
        lines = List.copyOf(lines);
    }

    /** Height of the lines alone, without the gaps around them. */
    public float linesHeight() {
        return heightOfFirst(lines.size());
    }

    /** Height of the first {@code count} lines, to keep them together with what comes before. */
    public float heightOfFirst(int count) {
        float height = 0f;
        for (int i = 0; i < Math.min(count, lines.size()); i++) {
            height += lines.get(i).leading();
        }
        return height;
    }
}
