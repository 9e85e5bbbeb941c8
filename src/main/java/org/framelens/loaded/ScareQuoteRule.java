package org.framelens.loaded;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.annotate.Token;
import org.framelens.annotate.Voice;

/**
 * Finds scare quotes: a word or two in quotation marks inside the outlet's own sentence (“liberated”,
 * “peace process”), which distance the writer from the word. Left out: quotations attributed to a source in
 * the sentence (the annotator names a speaker, or "said", "according to", "opined", "called" stands before
 * the quotation, or "per Zelensky" just after it),
 * longer quotations, quoted names and titles (every word capitalised), and sentences that are all quotation.
 * "What Moscow calls “civilian objects”" distances like "so-called" and counts despite "calls".
 */
final class ScareQuoteRule implements CueRule {

    /** Longest quotation, in words, that can be a scare quote. */
    private static final int MOST_WORDS = 2;
    /** Fewest own words a sentence needs around a scare quote. */
    private static final int FEWEST_OWN_WORDS = 3;
    /** How far after the quotation an attribution attributes it ("a “cynical terror” response, per Zelensky"). */
    private static final int ATTRIBUTION_AFTER = 5;
    private static final Set<String> NAMING_VERBS = Set.of("call", "calls", "called", "describes", "described",
            "terms", "termed", "dubs", "dubbed", "labels", "labelled", "labeled", "brands", "branded");

    private final Attribution attribution;
    private final WordMatcher distancing;

    ScareQuoteRule(Attribution attribution, WordMatcher distancing) {
        this.attribution = attribution;
        this.distancing = distancing;
    }

    @Override
    public List<LoadedCue> find(SentenceText text, AnnotatedArticle article) {
        List<Token> tokens = text.tokens();
        int ownWords = (int) tokens.stream().filter(t -> t.isWord() && !t.quoted()).count();
        List<LoadedCue> cues = new ArrayList<>();
        if (ownWords < FEWEST_OWN_WORDS) {
            return cues;
        }
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).quoted()) {
                i++;
                continue;
            }
            int first = i;
            while (i < tokens.size() && tokens.get(i).quoted()) {
                i++;
            }
            int last = i - 1;
            int open = openingMark(tokens, first);
            int close = closingMark(tokens, last);
            if (open >= 0 && close >= 0 && isScareQuote(text, open, first, last, close)) {
                cues.add(LoadedCue.at(text, LoadedKind.SCARE_QUOTE, tokens.get(open).start(), tokens.get(close).end(),
                        Voice.AUTHOR));
            }
        }
        return cues;
    }

    private boolean isScareQuote(SentenceText text, int open, int first, int last, int close) {
        List<Token> words = text.tokens().subList(first, last + 1).stream()
                .filter(t -> t.text().codePoints().anyMatch(Character::isLetterOrDigit)).toList();
        if (words.isEmpty() || words.size() > MOST_WORDS) {
            return false;
        }
        if (!text.titleCase() && words.stream().allMatch(w -> SentenceText.capitalised(w.text()))) {
            return false;
        }
        if (afterDistancingWord(text, open)) {
            return false;
        }
        if (afterWhatItIsCalled(text, open)) {
            return true;
        }
        return text.sentence().speaker() == null && !attribution.quotationAttributed(text, open, close, ATTRIBUTION_AFTER);
    }

    /** The opening mark of a quotation starting at token {@code first}: the token before, or the first itself ("“command"), or -1. */
    private static int openingMark(List<Token> tokens, int first) {
        if (first > 0 && SentenceText.isQuoteMark(tokens.get(first - 1))) {
            return first - 1;
        }
        String text = tokens.get(first).text();
        return !text.isEmpty() && SentenceText.isQuoteMark(text.substring(0, 1)) ? first : -1;
    }

    /** The closing mark of a quotation ending at token {@code last}: the token after, or the last itself ("post”"), or -1. */
    private static int closingMark(List<Token> tokens, int last) {
        if (last + 1 < tokens.size() && SentenceText.isQuoteMark(tokens.get(last + 1))) {
            return last + 1;
        }
        String text = tokens.get(last).text();
        return !text.isEmpty() && SentenceText.isQuoteMark(text.substring(text.length() - 1)) ? last : -1;
    }

    /** Whether "so-called" or the like stands right before, so the distancing word already counts the quotation. */
    private boolean afterDistancingWord(SentenceText text, int open) {
        return distancing.find(text).stream().anyMatch(m -> m.last() == open - 1);
    }

    /** Whether the quotation follows "what X calls" or "what X called", a distancing construction. */
    private static boolean afterWhatItIsCalled(SentenceText text, int open) {
        List<Token> tokens = text.tokens();
        for (int i = open - 1; i >= 0 && i >= open - 3; i--) {
            if (NAMING_VERBS.contains(tokens.get(i).lower())) {
                for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
                    if (tokens.get(j).lower().equals("what")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }
}
