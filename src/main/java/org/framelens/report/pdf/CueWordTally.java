package org.framelens.report.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.framelens.annotate.Voice;
import org.framelens.measure.Cue;
import org.framelens.measure.CueCategory;

/** Which hedge or booster words produced an outlet's figure: each word with its count, most used first. */
final class CueWordTally {

    private static final Comparator<CueWordCount> ORDER = Comparator.comparingInt(CueWordCount::count).reversed()
            .thenComparing(CueWordCount::word);

    private CueWordTally() {
    }

    /** The words of one category, "May" and "may" as one, most used first and ties in alphabetical order. */
    static List<CueWordCount> of(List<Cue> cues, CueCategory category) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Cue cue : cues) {
            if (cue.category() == category) {
                int[] count = counts.computeIfAbsent(cue.text().strip().toLowerCase(Locale.ROOT), w -> new int[2]);
                count[0]++;
                count[1] += cue.voice() == Voice.QUOTED ? 1 : 0;
            }
        }
        List<CueWordCount> tally = new ArrayList<>();
        counts.forEach((word, count) -> tally.add(new CueWordCount(word, count[0], count[1])));
        tally.sort(ORDER);
        return List.copyOf(tally);
    }
}
