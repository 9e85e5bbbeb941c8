package org.framelens.report.pdf.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Fonts tried in order for each character, so text in any script prints with the first font that has a glyph
 * for it. A character no font has is printed as a visible substitute (a white square, or "?" where no font
 * has one) and counted.
 */
public final class FontChain {

    private static final int[] SUBSTITUTES = {0x25A1, '?'};
    private static final int NONE = -1;

    private final List<String> resources;
    private final DocumentFonts fonts;
    private final Map<Integer, Integer> choice = new HashMap<>();

    FontChain(List<String> resources, DocumentFonts fonts) {
        this.resources = List.copyOf(resources);
        this.fonts = fonts;
    }

    /** Whether some font in the chain has a glyph for the code point. */
    public boolean canPrint(int codePoint) throws IOException {
        return fontIndex(codePoint) != NONE;
    }

    /**
     * Splits cleaned text into runs of one font each, substituting characters that no font has.
     *
     * @param text text already passed through {@link PrintableText#clean}
     * @return the runs in text order, and how many characters (code points) were substituted
     */
    public FontedText runs(String text) throws IOException {
        List<FontRun> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentIndex = NONE;
        int replaced = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int index = fontIndex(cp);
            if (index == NONE) {
                replaced++;
                cp = substitute();
                index = fontIndex(cp);
            }
            if (index != currentIndex && current.length() > 0) {
                runs.add(new FontRun(current.toString(), fonts.font(resources.get(currentIndex))));
                current.setLength(0);
            }
            currentIndex = index;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(new FontRun(current.toString(), fonts.font(resources.get(currentIndex))));
        }
        return new FontedText(runs, replaced);
    }

    private int substitute() throws IOException {
        for (int candidate : SUBSTITUTES) {
            if (fontIndex(candidate) != NONE) {
                return candidate;
            }
        }
        throw new IOException("no font in the chain " + resources + " can print a substitute character");
    }

    private int fontIndex(int codePoint) throws IOException {
        Integer known = choice.get(codePoint);
        if (known != null) {
            return known;
        }
        int found = NONE;
        for (int i = 0; i < resources.size() && found == NONE; i++) {
            PDType0Font font = fonts.font(resources.get(i));
            // PDFBox 3 exposes the font's Unicode cmap on PDType0Font; glyph 0 is .notdef, i.e. "no glyph".
            if (font.getCmapLookup() != null && font.getCmapLookup().getGlyphId(codePoint) != 0) {
                found = i;
            }
        }
        choice.put(codePoint, found);
        return found;
    }
}
