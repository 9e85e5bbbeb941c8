package org.framelens.frames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One frame's cue entries indexed by the spellings of their first word, so that each position of a sentence
 * tries only the entries that can start there instead of the whole list; the entries keep their list order.
 */
final class CueIndex {

    /** The entries, in list order, for a word spelled as a key: those listing it plus every open entry. */
    private final Map<String, List<CueEntry>> bySpelling;
    /** The entries whose first word has an open spelling ({@code sanction*}, {@code *-year-old}, {@code *}). */
    private final List<CueEntry> open;

    /** An index of the entries of one frame, given in the order they are to be tried. */
    CueIndex(List<CueEntry> entries) {
        Set<Integer> openPositions = new HashSet<>();
        Map<String, Set<Integer>> positions = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            CueWord first = entries.get(i).words().get(0);
            if (first.spellings().stream().anyMatch(CueWord::isOpen)) {
                openPositions.add(i);
                continue;
            }
            for (String spelling : first.spellings()) {
                positions.computeIfAbsent(spelling, k -> new HashSet<>()).add(i);
            }
        }
        Map<String, List<CueEntry>> index = new HashMap<>();
        positions.forEach((spelling, listed) -> {
            List<CueEntry> candidates = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                if (listed.contains(i) || openPositions.contains(i)) {
                    candidates.add(entries.get(i));
                }
            }
            index.put(spelling, List.copyOf(candidates));
        });
        List<CueEntry> openEntries = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (openPositions.contains(i)) {
                openEntries.add(entries.get(i));
            }
        }
        this.bySpelling = Map.copyOf(index);
        this.open = List.copyOf(openEntries);
    }

    /** The entries, in list order, whose first word could be the given word; only these can match there. */
    List<CueEntry> startingWith(SentenceWord word) {
        return bySpelling.getOrDefault(word.text(), open);
    }
}
