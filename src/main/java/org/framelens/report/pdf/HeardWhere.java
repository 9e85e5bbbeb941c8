package org.framelens.report.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.framelens.sources.SourceProfile;
import org.framelens.sources.SourceVoice;

/**
 * Which named voices more than one outlet lets speak, and how much each outlet gives them, so a reader sees
 * who is heard where and which outlet leaves a voice out. Unnamed voices are left out: "analysts" in two
 * outlets need not be the same people.
 *
 * @param voices the voices shown, heard in most outlets first, then in most sentences, then by name
 * @param notShown voices heard in two outlets or more that did not fit under the limit
 */
record HeardWhere(List<HeardVoice> voices, int notShown) {

    private static final Comparator<HeardVoice> ORDER = Comparator.comparingInt(HeardVoice::outlets).reversed()
            .thenComparing(Comparator.comparingInt(HeardVoice::total).reversed())
            .thenComparing(HeardVoice::name);

    HeardWhere {
        voices = List.copyOf(voices);
    }

    /** The named voices heard in at least two of the outlets, the most widely heard first, at most {@code limit}. */
    static HeardWhere of(List<SourceProfile> outlets, int limit) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int o = 0; o < outlets.size(); o++) {
            for (SourceVoice voice : outlets.get(o).voices()) {
                if (voice.named()) {
                    counts.computeIfAbsent(voice.name(), n -> new int[outlets.size()])[o] += voice.total();
                }
            }
        }
        List<HeardVoice> shared = new ArrayList<>();
        counts.forEach((name, perOutlet) -> {
            HeardVoice voice = new HeardVoice(name, java.util.Arrays.stream(perOutlet).boxed().toList());
            if (voice.outlets() >= 2) {
                shared.add(voice);
            }
        });
        shared.sort(ORDER);
        int shown = Math.min(limit, shared.size());
        return new HeardWhere(shared.subList(0, shown), shared.size() - shown);
    }
}
