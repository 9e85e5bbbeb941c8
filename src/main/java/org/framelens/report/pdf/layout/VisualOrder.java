package org.framelens.report.pdf.layout;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a line's runs in the order they are drawn, left to right, so right-to-left scripts (Arabic, Hebrew)
 * read correctly inside English text, using the Unicode bidirectional algorithm of {@link Bidi}.
 */
final class VisualOrder {

    private static final String MIRROR_FROM = "()[]{}<>«»‹›";
    private static final String MIRROR_TO = ")(][}{><»«›‹";

    /** A slice of a run at one embedding level. */
    private record Piece(StyledRun run, byte level) {
    }

    private VisualOrder() {
    }

    /** The runs of one line, given in reading order, in drawing order. */
    static List<StyledRun> of(List<StyledRun> logical) {
        StringBuilder all = new StringBuilder();
        logical.forEach(r -> all.append(r.text()));
        char[] chars = all.toString().toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return logical;
        }
        Bidi bidi = new Bidi(all.toString(), Bidi.DIRECTION_LEFT_TO_RIGHT);
        if (bidi.isLeftToRight()) {
            return logical;
        }
        List<Piece> pieces = new ArrayList<>();
        int offset = 0;
        for (StyledRun run : logical) {
            String text = run.text();
            int start = 0;
            for (int i = 1; i <= text.length(); i++) {
                if (i == text.length() || bidi.getLevelAt(offset + i) != bidi.getLevelAt(offset + start)) {
                    pieces.add(new Piece(run.withText(text.substring(start, i)),
                            (byte) bidi.getLevelAt(offset + start)));
                    start = i;
                }
            }
            offset += text.length();
        }
        byte[] levels = new byte[pieces.size()];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = pieces.get(i).level();
        }
        Piece[] order = pieces.toArray(new Piece[0]);
        Bidi.reorderVisually(levels, 0, order, 0, order.length);
        List<StyledRun> visual = new ArrayList<>(order.length);
        for (Piece piece : order) {
            boolean rightToLeft = (piece.level() & 1) == 1;
            visual.add(rightToLeft ? piece.run().withText(mirrored(piece.run().text())) : piece.run());
        }
        return visual;
    }

    /** The text reversed by code point, with brackets mirrored as right-to-left text requires. */
    private static String mirrored(String text) {
        int[] cps = text.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = cps.length - 1; i >= 0; i--) {
            int cp = cps[i];
            int mirror = cp < 0x10000 ? MIRROR_FROM.indexOf(cp) : -1;
            out.appendCodePoint(mirror >= 0 ? MIRROR_TO.charAt(mirror) : cp);
        }
        return out.toString();
    }
}
