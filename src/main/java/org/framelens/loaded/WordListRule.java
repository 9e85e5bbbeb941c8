package org.framelens.loaded;

import java.util.ArrayList;
import java.util.List;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.annotate.Token;
import org.framelens.annotate.Voice;

/**
 * Finds the words of the lists {@code subjective.txt}, {@code labels.txt} and {@code distancing.txt} (so-called
 * and its kin, counted as scare quotes). A distancing word followed by a quotation takes the quotation in:
 * "so-called “Coalition of the Willing”". An intensifier takes in the word it intensifies: "utterly infuriating".
 */
final class WordListRule implements CueRule {

    private final WordMatcher words;

    WordListRule(WordMatcher distancing) {
        this.words = WordMatcher.join(
                WordMatcher.load(LoadedKind.LABEL, "labels.txt"),
                WordMatcher.load(LoadedKind.SUBJECTIVE, "subjective.txt"),
                distancing);
    }

    @Override
    public List<LoadedCue> find(SentenceText text, AnnotatedArticle article) {
        List<LoadedCue> cues = new ArrayList<>();
        for (WordMatcher.Match m : words.find(text)) {
            LoadedKind kind = m.pattern().kind();
            int last = kind == LoadedKind.SCARE_QUOTE ? quotationAfter(text, m.last()) : m.last();
            if (intensifies(m.pattern())) {
                last = m.last() + 1;
            }
            if (last == m.last()) {
                Voice voice = text.tokens().get(m.first()).quoted() ? Voice.QUOTED : Voice.AUTHOR;
                cues.add(LoadedCue.at(text, kind, m.start(), m.end(), voice));
            } else {
                cues.add(LoadedCue.over(text, kind, m.first(), last));
            }
        }
        return cues;
    }

    /** Whether the entry intensifies the next word, which then belongs to the cue: "extremely low", "simply impossible". */
    private static boolean intensifies(WordPattern pattern) {
        return pattern.conditions().contains(WordCondition.MODIFIES) || pattern.conditions().contains(WordCondition.BEFORE_ADJ);
    }

    /** The closing mark of a short quotation opening right after token {@code last}, or {@code last} itself. */
    private static int quotationAfter(SentenceText text, int last) {
        List<Token> tokens = text.tokens();
        int open = last + 1;
        if (open >= tokens.size() || !SentenceText.isQuoteMark(tokens.get(open))) {
            return last;
        }
        for (int i = open + 1; i < tokens.size() && i <= open + 8; i++) {
            if (!tokens.get(i).quoted()) {
                return SentenceText.isQuoteMark(tokens.get(i)) ? i : last;
            }
        }
        return last;
    }
}
