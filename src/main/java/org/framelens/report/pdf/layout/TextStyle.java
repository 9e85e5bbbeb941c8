package org.framelens.report.pdf.layout;

/**
 * How a piece of text looks.
 *
 * @param face the typeface
 * @param size font size in points
 * @param leading distance between baselines in points
 * @param grey ink from 0 (black) to 1 (white); grey only ever repeats what the words already say
 * @param underline whether a thin rule is drawn under the text, a mark that survives black-and-white printing
 * @param unbroken whether lines may not break inside the text (e.g. a short label), unless it is wider than
 *     the column
 */
public record TextStyle(FontFace face, float size, float leading, float grey, boolean underline,
                        boolean unbroken) {

    public TextStyle {
        if (size <= 0 || leading < size) {
            throw new IllegalArgumentException("font size must be positive and leading at least the size");
        }
        if (grey < 0 || grey > 1) {
            throw new IllegalArgumentException("grey must lie between 0 (black) and 1 (white)");
        }
    }

    /** Black text with the given face, size and leading, not underlined, breaking at any space. */
    public static TextStyle of(FontFace face, float size, float leading) {
        return new TextStyle(face, size, leading, 0f, false, false);
    }

    /** The same style in another face, e.g. the bold of a body style. */
    public TextStyle withFace(FontFace newFace) {
        return new TextStyle(newFace, size, leading, grey, underline, unbroken);
    }

    /** The same style in grey ink. */
    public TextStyle withGrey(float newGrey) {
        return new TextStyle(face, size, leading, newGrey, underline, unbroken);
    }

    /** The same style underlined. */
    public TextStyle underlined() {
        return new TextStyle(face, size, leading, grey, true, unbroken);
    }

    /** The same style kept on one line: a paragraph breaks before or after such text, not inside it. */
    public TextStyle withoutBreaks() {
        return new TextStyle(face, size, leading, grey, underline, true);
    }

    /** The same style at another size and leading, e.g. a compact version for a short handout. */
    public TextStyle sized(float newSize, float newLeading) {
        return new TextStyle(face, newSize, newLeading, grey, underline, unbroken);
    }
}
