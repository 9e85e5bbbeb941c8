package org.framelens.frames;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Sentence-level agreement of framelens's frames with hand labels: per frame and micro-averaged over all frames. */
final class FrameScores {

    private final Map<Frame, int[]> counts = new EnumMap<>(Frame.class);

    FrameScores() {
        for (Frame frame : Frame.values()) {
            counts.put(frame, new int[3]);
        }
    }

    /** Adds one sentence: the frames found and the frames a careful reader labelled. */
    void add(Set<Frame> found, Set<Frame> labelled) {
        for (Frame frame : Frame.values()) {
            int[] c = counts.get(frame);
            boolean f = found.contains(frame);
            boolean l = labelled.contains(frame);
            if (f && l) {
                c[0]++;
            } else if (f) {
                c[1]++;
            } else if (l) {
                c[2]++;
            }
        }
    }

    /** Precision of one frame, or over all frames when {@code frame} is null. */
    double precision(Frame frame) {
        int[] c = totals(frame);
        return c[0] + c[1] == 0 ? 0.0 : (double) c[0] / (c[0] + c[1]);
    }

    /** Recall of one frame, or over all frames when {@code frame} is null. */
    double recall(Frame frame) {
        int[] c = totals(frame);
        return c[0] + c[2] == 0 ? 0.0 : (double) c[0] / (c[0] + c[2]);
    }

    /** F1 of one frame, or micro-averaged over all frames when {@code frame} is null. */
    double f1(Frame frame) {
        double p = precision(frame);
        double r = recall(frame);
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** A table of true and false positives, false negatives, precision, recall and F1 per frame and overall. */
    String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-16s %4s %4s %4s %6s %6s %6s%n",
                "frame", "tp", "fp", "fn", "P", "R", "F1"));
        for (Frame frame : Frame.values()) {
            out.append(row(frame.label(), frame));
        }
        return out.append(row("micro-average", null)).toString();
    }

    private String row(String name, Frame frame) {
        int[] c = totals(frame);
        return String.format(Locale.ROOT, "%-16s %4d %4d %4d %6.2f %6.2f %6.2f%n", name, c[0], c[1], c[2],
                precision(frame), recall(frame), f1(frame));
    }

    private int[] totals(Frame frame) {
        if (frame != null) {
            return counts.get(frame);
        }
        int[] sum = new int[3];
        counts.values().forEach(c -> {
            for (int i = 0; i < 3; i++) {
                sum[i] += c[i];
            }
        });
        return sum;
    }
}
