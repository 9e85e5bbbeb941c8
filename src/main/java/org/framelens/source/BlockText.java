package org.framelens.source;

/** Puts a block's text on one clean line: no-break and other spaces made plain, runs of them made one, trimmed. */
final class BlockText {

    private BlockText() {
    }

    /** The text with every run of whitespace (including no-break spaces and line breaks) as one space, trimmed;
     *  zero-width spaces and stray byte order marks are dropped. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u200B' || c == '\uFEFF') {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }
}
