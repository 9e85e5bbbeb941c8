package org.framelens.loaded;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.framelens.annotate.Voice;

/**
 * One outlet's loaded language: every cue as evidence, and the rates a reader can compare across outlets.
 *
 * @param cues the cues in text order
 * @param words word tokens in the article
 * @param ownWords word tokens outside quotation marks (the outlet's own words)
 * @param per1k cues in any voice per 1,000 words
 * @param authorPer1k cues in the outlet's own voice per 1,000 of its own words
 * @param counts cues per kind, in any voice; every kind is present
 */
public record LoadedProfile(List<LoadedCue> cues, int words, int ownWords, double per1k, double authorPer1k,
                            Map<LoadedKind, Integer> counts) {

    public LoadedProfile {
        cues = List.copyOf(cues);
        EnumMap<LoadedKind, Integer> all = new EnumMap<>(LoadedKind.class);
        for (LoadedKind kind : LoadedKind.values()) {
            all.put(kind, counts.getOrDefault(kind, 0));
        }
        counts = Collections.unmodifiableMap(all);
    }

    /** The cues of one kind, in text order. */
    public List<LoadedCue> cues(LoadedKind kind) {
        return cues.stream().filter(c -> c.kind() == kind).toList();
    }

    /** How many cues of one kind are in the given voice. */
    public int count(LoadedKind kind, Voice voice) {
        return (int) cues.stream().filter(c -> c.kind() == kind && c.cue().voice() == voice).count();
    }

    /** How many cues are in the outlet's own voice. */
    public int authorCount() {
        return (int) cues.stream().filter(c -> c.cue().voice() == Voice.AUTHOR).count();
    }
}
