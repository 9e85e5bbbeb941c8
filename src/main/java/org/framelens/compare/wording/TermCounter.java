package org.framelens.compare.wording;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.annotate.Sentence;
import org.framelens.annotate.Token;

/**
 * Counts an article's terms: its words in lower case, without function words and bare numbers, and each
 * pair of content words that stand side by side ("maximalist demands", "security guarantees"). The pairs
 * catch shared framing that single words miss: two outlets that both write "maximalist demands" echo each
 * other more than two that use "maximalist" and "demands" apart.
 */
final class TermCounter {

    private static final Pattern POSSESSIVE = Pattern.compile("'s$|(?<=s)'$");
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$");

    private final Set<String> stopWords;
    private final boolean pairs;

    /**
     * @param stopWords function words left out, lower case with straight apostrophes
     * @param pairs whether to count adjacent pairs of content words as terms too
     */
    TermCounter(Set<String> stopWords, boolean pairs) {
        this.stopWords = Set.copyOf(stopWords);
        this.pairs = pairs;
    }

    /** The terms of the article with how often each occurs, in alphabetical order. */
    Map<CharSequence, Integer> count(AnnotatedArticle article) {
        Map<CharSequence, Integer> counts = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        for (Sentence sentence : article.sentences()) {
            String previous = null;
            for (Token token : sentence.tokens()) {
                String term = term(token);
                if (term == null) {
                    previous = null;
                    continue;
                }
                counts.merge(term, 1, Integer::sum);
                if (pairs && previous != null) {
                    counts.merge(previous + " " + term, 1, Integer::sum);
                }
                previous = term;
            }
        }
        return counts;
    }

    /**
     * The token as a term, or null for punctuation, function words, numbers and single letters. A token with a
     * letter counts even where the tagger calls it punctuation ("war-hawk").
     */
    String term(Token token) {
        if (!token.isWord() && token.text().codePoints().noneMatch(Character::isLetter)) {
            return null;
        }
        String lower = token.text().toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        lower = EDGES.matcher(lower).replaceAll("");
        if (stopWords.contains(lower)) {
            return null;
        }
        lower = POSSESSIVE.matcher(lower).replaceFirst("");
        if (lower.endsWith(".") && lower.indexOf('.') == lower.length() - 1) {
            lower = lower.substring(0, lower.length() - 1);
        }
        if (lower.length() < 2 || lower.codePoints().noneMatch(Character::isLetter) || stopWords.contains(lower)) {
            return null;
        }
        return lower;
    }
}
