package org.framelens.loaded;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.annotate.Sentence;
import org.framelens.annotate.Voice;

/**
 * Finds loaded language, sentence by sentence, and profiles an outlet by it: subjective words, labels, scare
 * quotes, rhetorical questions, exclamations, first-person opinion and mind reading, each with its voice, so
 * that the outlet's own attitude can be told from the attitude of the people it quotes.
 */
public final class LoadedLanguageFinder {

    private final List<CueRule> rules;

    /** Loads the word lists of this package from the classpath. */
    public LoadedLanguageFinder() {
        Attribution attribution = new Attribution();
        WordMatcher distancing = WordMatcher.load(LoadedKind.SCARE_QUOTE, "distancing.txt");
        this.rules = List.of(new WordListRule(distancing), new ScareQuoteRule(attribution, distancing),
                new QuestionRule(), new ExclamationRule(), new FirstPersonRule(), new MindReadingRule(attribution));
    }

    /** The loaded-language cues of one sentence of the article, in text order. */
    public List<LoadedCue> find(Sentence sentence, AnnotatedArticle context) {
        SentenceText text = new SentenceText(sentence);
        List<LoadedCue> found = new ArrayList<>();
        for (CueRule rule : rules) {
            found.addAll(rule.find(text, context));
        }
        List<LoadedCue> kept = new ArrayList<>();
        for (LoadedCue cue : found) {
            if (!(isWord(cue) && found.stream().anyMatch(other -> other != cue && covers(other, cue)))) {
                kept.add(cue);
            }
        }
        kept = joinAdjacentWords(text, kept);
        kept.sort(Comparator.comparingInt((LoadedCue c) -> c.cue().start()).thenComparing(LoadedCue::kind));
        return List.copyOf(kept);
    }

    /** The cues of the whole article and the rates they add up to. */
    public LoadedProfile profile(AnnotatedArticle article) {
        List<LoadedCue> cues = new ArrayList<>();
        int quotedWords = 0;
        for (Sentence sentence : article.sentences()) {
            cues.addAll(find(sentence, article));
            quotedWords += sentence.quotedWordCount();
        }
        int words = article.wordCount();
        int ownWords = words - quotedWords;
        Map<LoadedKind, Integer> counts = new EnumMap<>(LoadedKind.class);
        for (LoadedCue cue : cues) {
            counts.merge(cue.kind(), 1, Integer::sum);
        }
        long own = cues.stream().filter(c -> c.cue().voice() == Voice.AUTHOR).count();
        return new LoadedProfile(cues, words, ownWords, perThousand(cues.size(), words), perThousand(own, ownWords),
                counts);
    }

    /** A count as a rate per 1,000 words; 0 when there are no words. */
    static double perThousand(long count, int words) {
        return words == 0 ? 0.0 : count * 1000.0 / words;
    }

    /** Whether the cue is a listed word (subjective or label), which a longer cue around it already counts. */
    private static boolean isWord(LoadedCue cue) {
        return cue.kind() == LoadedKind.SUBJECTIVE || cue.kind() == LoadedKind.LABEL;
    }

    /** Whether {@code outer} is a word or scare quote that spans {@code inner} and is longer. */
    private static boolean covers(LoadedCue outer, LoadedCue inner) {
        boolean counts = isWord(outer) || outer.kind() == LoadedKind.SCARE_QUOTE;
        boolean within = inner.cue().start() >= outer.cue().start() && inner.cue().end() <= outer.cue().end();
        boolean longer = outer.cue().end() - outer.cue().start() > inner.cue().end() - inner.cue().start();
        return counts && within && longer;
    }

    /**
     * Subjective words standing next to each other in the same voice are one loaded phrase ("subversive
     * meddling", "utterly infuriating"), so they count once.
     */
    private static List<LoadedCue> joinAdjacentWords(SentenceText text, List<LoadedCue> cues) {
        List<LoadedCue> sorted = new ArrayList<>(cues);
        sorted.sort(Comparator.comparingInt(c -> c.cue().start()));
        List<LoadedCue> out = new ArrayList<>();
        for (LoadedCue cue : sorted) {
            LoadedCue previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && previous.kind() == LoadedKind.SUBJECTIVE && cue.kind() == LoadedKind.SUBJECTIVE
                    && previous.cue().voice() == cue.cue().voice() && previous.cue().end() <= cue.cue().start()
                    && text.sentence().text().substring(previous.cue().end(), cue.cue().start()).isBlank()) {
                out.set(out.size() - 1, LoadedCue.at(text, LoadedKind.SUBJECTIVE, previous.cue().start(), cue.cue().end(),
                        cue.cue().voice()));
            } else {
                out.add(cue);
            }
        }
        return out;
    }
}
