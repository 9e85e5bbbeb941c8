package org.framelens.measure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.framelens.annotate.Sentence;
import org.framelens.annotate.Token;
import org.framelens.annotate.Voice;
import org.framelens.lexicon.WordList;

/**
 * Finds hedge and booster cues in tagged sentences, using the word lists {@code hedges.txt} and
 * {@code boosters.txt} and checking part of speech and context so that, for example, the month May and
 * "could not" of past ability are not counted.
 */
public final class CueFinder {

    /** Patterns by their first word, longest first so the longest phrase wins. */
    private final Map<String, List<CuePattern>> byFirstWord;

    public CueFinder() {
        List<CuePattern> patterns = new ArrayList<>();
        for (String line : WordList.lines(CueFinder.class, "hedges.txt")) {
            patterns.add(CuePattern.parse(CueCategory.HEDGE, line));
        }
        for (String line : WordList.lines(CueFinder.class, "boosters.txt")) {
            patterns.add(CuePattern.parse(CueCategory.BOOSTER, line));
        }
        Map<String, List<CuePattern>> index = new HashMap<>();
        for (CuePattern p : patterns) {
            index.computeIfAbsent(p.words().get(0), k -> new ArrayList<>()).add(p);
        }
        index.values().forEach(list -> list.sort(Comparator.comparingInt((CuePattern p) -> p.words().size()).reversed()));
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byFirstWord = Map.copyOf(index);
    }

    /** The cues in one sentence, in text order, none overlapping. */
    public List<Cue> find(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<Cue> cues = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            CuePattern match = matchAt(tokens, i);
            if (match == null) {
                i++;
                continue;
            }
            int last = i + match.words().size() - 1;
            CueCategory category = match.category();
            if (category == CueCategory.BOOSTER && CueCondition.negatedBefore(tokens, i)
                    && match.conditions().contains(CueCondition.PREDICATIVE)) {
                category = CueCategory.HEDGE;
            }
            Voice voice = tokens.get(i).quoted() ? Voice.QUOTED : Voice.AUTHOR;
            int start = tokens.get(i).start();
            int end = tokens.get(last).end();
            cues.add(new Cue(category, sentence.text().substring(start, end), sentence.index(), start, end, voice));
            i = last + 1;
        }
        return cues;
    }

    private CuePattern matchAt(List<Token> tokens, int i) {
        List<CuePattern> candidates = byFirstWord.get(CuePattern.normalised(tokens.get(i)));
        if (candidates == null) {
            return null;
        }
        for (CuePattern p : candidates) {
            if (p.matchesAt(tokens, i) && p.conditionsHold(tokens, i)) {
                return p;
            }
        }
        return null;
    }
}
