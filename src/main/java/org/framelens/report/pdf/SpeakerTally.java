package org.framelens.report.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.framelens.annotate.Sentence;

/** Who an article quotes or reports: each named speaker with their number of sentences, most frequent first. */
final class SpeakerTally {

    private static final Comparator<SpeakerCount> ORDER = Comparator
            .comparingInt(SpeakerCount::sentences).reversed()
            .thenComparing(c -> c.name().toLowerCase(Locale.ROOT))
            .thenComparing(SpeakerCount::name);

    private SpeakerTally() {
    }

    /** The speakers of the sentences, ties in alphabetical order; sentences naming nobody are left out. */
    static List<SpeakerCount> of(List<Sentence> sentences) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Sentence sentence : sentences) {
            String speaker = sentence.speaker();
            if (speaker != null && !speaker.isBlank()) {
                counts.merge(speaker.strip(), 1, Integer::sum);
            }
        }
        List<SpeakerCount> tally = new ArrayList<>();
        counts.forEach((name, count) -> tally.add(new SpeakerCount(name, count)));
        tally.sort(ORDER);
        return List.copyOf(tally);
    }
}
