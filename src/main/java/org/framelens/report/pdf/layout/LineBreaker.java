package org.framelens.report.pdf.layout;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Breaks composed text into lines no wider than a column, at the places Unicode line-breaking rules allow
 * ({@link BreakIterator#getLineInstance}), measuring each piece with its own font. A word wider than the column
 * is broken between characters.
 */
final class LineBreaker {

    private static final float SLACK = 0.01f;

    private final ComposedText composed;
    private final String text;
    private final int[] runStarts;

    private LineBreaker(ComposedText composed) {
        this.composed = composed;
        this.text = composed.text();
        this.runStarts = new int[composed.runs().size() + 1];
        for (int i = 0; i < composed.runs().size(); i++) {
            runStarts[i + 1] = runStarts[i] + composed.runs().get(i).text().length();
        }
    }

    /** The lines of the text for a column of the given width; no lines for blank text. */
    static List<TextLine> lines(ComposedText composed, float maxWidth) throws IOException {
        return new LineBreaker(composed).breakLines(Math.max(maxWidth, 1f));
    }

    private List<TextLine> breakLines(float maxWidth) throws IOException {
        List<TextLine> lines = new ArrayList<>();
        if (text.isBlank()) {
            return lines;
        }
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
        breaks.setText(text);
        int lineStart = 0;
        float lineAdvance = 0f;
        int start = breaks.first();
        for (int end = next(breaks, start, maxWidth); end != BreakIterator.DONE;
             start = end, end = next(breaks, start, maxWidth)) {
            int inkEnd = trimmedEnd(start, end);
            float ink = width(start, inkEnd);
            if (start > lineStart && lineAdvance + ink > maxWidth + SLACK) {
                addLine(lines, lineStart, start);
                lineStart = start;
                lineAdvance = 0f;
            }
            if (start == lineStart && ink > maxWidth + SLACK) {
                lineStart = splitWideWord(lines, start, inkEnd, maxWidth);
                lineAdvance = width(lineStart, inkEnd) + width(inkEnd, end);
            } else {
                lineAdvance += ink + width(inkEnd, end);
            }
        }
        if (lineStart < text.length()) {
            addLine(lines, lineStart, text.length());
        }
        return lines;
    }

    /**
     * The next place a line may break after {@code start}: the next break opportunity that does not fall
     * inside text set without breaks; if joining such text would make a piece wider than the column, its
     * ordinary break opportunities are used after all.
     */
    private int next(BreakIterator breaks, int start, float maxWidth) throws IOException {
        int end = breaks.next();
        if (end == BreakIterator.DONE || !joined(end)) {
            return end;
        }
        int first = end;
        while (end != BreakIterator.DONE && joined(end)) {
            end = breaks.next();
        }
        int stop = end == BreakIterator.DONE ? text.length() : end;
        if (width(start, trimmedEnd(start, stop)) <= maxWidth + SLACK) {
            return end == BreakIterator.DONE ? text.length() : end;
        }
        breaks.following(first - 1);
        return first;
    }

    /** Whether a break at {@code at} would split text set without breaks. */
    private boolean joined(int at) {
        return at > 0 && at < text.length() && runAt(at - 1).style().unbroken() && runAt(at).style().unbroken();
    }

    /** The run holding the character at {@code index}. */
    private StyledRun runAt(int index) {
        int run = 0;
        while (runStarts[run + 1] <= index) {
            run++;
        }
        return composed.runs().get(run);
    }

    /** Emits full-width lines of a too-wide word; returns where its last, partial line starts. */
    private int splitWideWord(List<TextLine> lines, int start, int end, float maxWidth) throws IOException {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text.substring(start, end));
        int pieceStart = start;
        float pieceWidth = 0f;
        int from = characters.first();
        for (int to = characters.next(); to != BreakIterator.DONE; from = to, to = characters.next()) {
            float glyph = width(start + from, start + to);
            if (start + from > pieceStart && pieceWidth + glyph > maxWidth + SLACK) {
                addLine(lines, pieceStart, start + from);
                pieceStart = start + from;
                pieceWidth = 0f;
            }
            pieceWidth += glyph;
        }
        return pieceStart;
    }

    private int trimmedEnd(int start, int end) {
        int inkEnd = end;
        while (inkEnd > start && Character.isWhitespace(text.charAt(inkEnd - 1))) {
            inkEnd--;
        }
        return inkEnd;
    }

    private void addLine(List<TextLine> lines, int start, int end) throws IOException {
        int inkEnd = trimmedEnd(start, end);
        List<StyledRun> logical = slice(start, inkEnd);
        if (logical.isEmpty()) {
            return;
        }
        float width = 0f;
        float size = 0f;
        float leading = 0f;
        for (StyledRun run : logical) {
            width += run.width();
            size = Math.max(size, run.style().size());
            leading = Math.max(leading, run.style().leading());
        }
        lines.add(new TextLine(VisualOrder.of(logical), width, size, leading));
    }

    private float width(int start, int end) throws IOException {
        float width = 0f;
        for (StyledRun run : slice(start, end)) {
            width += run.width();
        }
        return width;
    }

    /** The parts of the runs that fall within [start, end), in logical order. */
    private List<StyledRun> slice(int start, int end) {
        List<StyledRun> parts = new ArrayList<>();
        for (int i = 0; i < composed.runs().size(); i++) {
            int from = Math.max(start, runStarts[i]);
            int to = Math.min(end, runStarts[i + 1]);
            if (from < to) {
                StyledRun run = composed.runs().get(i);
                parts.add(run.withText(run.text().substring(from - runStarts[i], to - runStarts[i])));
            }
        }
        return parts;
    }
}
