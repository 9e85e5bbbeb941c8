package org.framelens.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Splits a sentence into stretches at every cue and quotation boundary, so each stretch can be printed in one
 * style. Cues and quoted stretches may overlap, touch or nest; ranges that reach past the text are cut to it,
 * empty or reversed ones are ignored, and no boundary falls inside a surrogate pair.
 */
final class SentenceMarks {

    private SentenceMarks() {
    }

    /**
     * The stretches of {@code text} in order, covering it exactly, with neighbours that are marked alike
     * joined into one.
     *
     * @param cues [start, end) character offsets of the cues to show
     * @param quoted [start, end) character offsets of the stretches inside quotation marks
     */
    static List<MarkedStretch> split(String text, List<int[]> cues, List<int[]> quoted) {
        List<MarkedStretch> stretches = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return stretches;
        }
        List<int[]> cueRanges = usable(text, cues);
        List<int[]> quotedRanges = usable(text, quoted);
        TreeSet<Integer> boundaries = new TreeSet<>(List.of(0, text.length()));
        for (List<int[]> ranges : List.of(cueRanges, quotedRanges)) {
            for (int[] range : ranges) {
                boundaries.add(range[0]);
                boundaries.add(range[1]);
            }
        }
        Integer from = boundaries.first();
        for (Integer to = boundaries.higher(from); to != null; from = to, to = boundaries.higher(to)) {
            boolean cue = covers(cueRanges, from, to);
            boolean inQuote = covers(quotedRanges, from, to);
            int last = stretches.size() - 1;
            if (last >= 0 && stretches.get(last).cue() == cue && stretches.get(last).quoted() == inQuote) {
                stretches.set(last, new MarkedStretch(stretches.get(last).start(), to, cue, inQuote));
            } else {
                stretches.add(new MarkedStretch(from, to, cue, inQuote));
            }
        }
        return stretches;
    }

    /** The ranges cut to the text, moved off the middle of surrogate pairs, empty ones dropped. */
    private static List<int[]> usable(String text, List<int[]> ranges) {
        List<int[]> usable = new ArrayList<>();
        for (int[] range : ranges) {
            if (range == null || range.length < 2) {
                continue;
            }
            int start = boundary(text, range[0]);
            int end = boundary(text, range[1]);
            if (start < end) {
                usable.add(new int[] {start, end});
            }
        }
        return usable;
    }

    private static int boundary(String text, int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        if (clamped > 0 && clamped < text.length() && Character.isLowSurrogate(text.charAt(clamped))
                && Character.isHighSurrogate(text.charAt(clamped - 1))) {
            clamped--;
        }
        return clamped;
    }

    /** Whether one of the ranges covers [from, to); every range end is a boundary, so a piece is in or out. */
    private static boolean covers(List<int[]> ranges, int from, int to) {
        for (int[] range : ranges) {
            if (range[0] <= from && to <= range[1]) {
                return true;
            }
        }
        return false;
    }
}
