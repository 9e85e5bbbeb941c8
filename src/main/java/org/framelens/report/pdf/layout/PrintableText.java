package org.framelens.report.pdf.layout;

import java.text.Normalizer;

/**
 * Text made safe to print on one line of a paragraph: NFC-normalised, with tabs and line breaks turned into
 * single spaces and invisible control and format characters removed.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /**
     * Cleans text for printing. Runs of whitespace become one space; control characters (Cc), format
     * characters (Cf, e.g. zero-width joiners, bidi marks, soft hyphens) and variation selectors are dropped,
     * since they print nothing. A null text gives an empty string. Leading and trailing spaces are kept, so
     * styled pieces of one paragraph can be cleaned separately.
     */
    public static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(normalised.length());
        boolean lastWasSpace = false;
        for (int i = 0; i < normalised.length(); ) {
            int cp = normalised.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                if (!lastWasSpace) {
                    out.append(' ');
                }
                lastWasSpace = true;
            } else if (!isInvisible(cp)) {
                out.appendCodePoint(cp);
                lastWasSpace = false;
            }
        }
        return out.toString();
    }

    private static boolean isSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x0B || cp == '\f'
                || cp == 0x85 || cp == 0x2028 || cp == 0x2029
                || (Character.isSpaceChar(cp) && cp != 0xA0 && cp != 0x202F && cp != 0x2007);
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }
}
