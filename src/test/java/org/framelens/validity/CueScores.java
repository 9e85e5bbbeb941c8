package org.framelens.validity;

import java.util.ArrayList;
import java.util.List;

/**
 * Precision and recall of cue words against hand-marked ones, sentence by sentence: a found cue and a marked
 * cue match when their text overlaps ("suggest" matches "suggest that"), each used once.
 */
final class CueScores {

    private int matched;
    private int found;
    private int marked;

    /** Adds one sentence: the cue texts framelens found and the ones marked by hand. */
    void add(String sentence, List<String> foundCues, List<String> markedCues) {
        found += foundCues.size();
        marked += markedCues.size();
        List<String> open = new ArrayList<>(markedCues);
        for (String cue : foundCues) {
            for (int i = 0; i < open.size(); i++) {
                if (overlap(cue, open.get(i))) {
                    matched++;
                    open.remove(i);
                    break;
                }
            }
        }
    }

    private static boolean overlap(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        return x.contains(y) || y.contains(x);
    }

    double precision() {
        return found == 0 ? 0 : matched / (double) found;
    }

    double recall() {
        return marked == 0 ? 0 : matched / (double) marked;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    int found() {
        return found;
    }

    int marked() {
        return marked;
    }
}
