package org.framelens.compare.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When a difference between outlets is clear enough to state: the extreme must be at least {@code ratio} times
 * the next value and at least {@code minGap} away from it, so that one or two words more cannot make a finding.
 *
 * @param ratio how many times the next value the extreme must be (1 to ignore proportions)
 * @param minGap the smallest absolute difference that counts
 */
record ClearDifference(double ratio, double minGap) {

    /** Hedge, booster and loaded-word rates: half as much again, and two cues per 1,000 words (a word or two in a typical article is noise). */
    static final ClearDifference RATES = new ClearDifference(1.5, 2.0);
    /** Prospect scores run from -1 to +1, so only the gap counts: 0.3 is fifteen per cent of the scale. */
    static final ClearDifference PROSPECT = new ClearDifference(1.0, 0.3);
    /** Voices: half as many again, and at least two more people, so one extra name is never a finding. */
    static final ClearDifference VOICES = new ClearDifference(1.5, 2.0);
    /** Share quoted: half as much again, and five percentage points, about one quoted sentence in a short article. */
    static final ClearDifference QUOTED = new ClearDifference(1.5, 0.05);

    /** A group of two may stand out only when at least two outlets remain to set it against. */
    private static final int OUTLETS_FOR_A_PAIR = 4;

    /** The outlets clearly highest on the measure: one, or two together when the first two are close. */
    Optional<Standout> highest(List<OutletValue> values) {
        List<OutletValue> sorted = sorted(values, true);
        for (int size = 1; size <= maxGroup(sorted.size()); size++) {
            double last = sorted.get(size - 1).value();
            double next = sorted.get(size).value();
            if (last >= ratio * next && last - next >= minGap) {
                return Optional.of(new Standout(sorted.subList(0, size), next, sorted.subList(size, sorted.size())));
            }
        }
        return Optional.empty();
    }

    /** The outlets clearly lowest on the measure: one, or two together when the last two are close. */
    Optional<Standout> lowest(List<OutletValue> values) {
        List<OutletValue> sorted = sorted(values, false);
        for (int size = 1; size <= maxGroup(sorted.size()); size++) {
            double last = sorted.get(size - 1).value();
            double next = sorted.get(size).value();
            if (next >= ratio * last && next - last >= minGap) {
                return Optional.of(new Standout(sorted.subList(0, size), next, sorted.subList(size, sorted.size())));
            }
        }
        return Optional.empty();
    }

    private static int maxGroup(int outlets) {
        if (outlets < 2) {
            return 0;
        }
        return outlets >= OUTLETS_FOR_A_PAIR ? 2 : 1;
    }

    private static List<OutletValue> sorted(List<OutletValue> values, boolean highestFirst) {
        Comparator<OutletValue> byValue = Comparator.comparingDouble(OutletValue::value);
        List<OutletValue> sorted = new ArrayList<>(values);
        sorted.sort((highestFirst ? byValue.reversed() : byValue).thenComparing(OutletValue::outlet));
        return sorted;
    }
}
