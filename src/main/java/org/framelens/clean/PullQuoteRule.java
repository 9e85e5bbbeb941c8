package org.framelens.clean;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops pull quotes: a line that is entirely a quotation of five or more words whose words also appear
 * inside a longer paragraph of the article, so the article's words are counted only once. Text is
 * compared without case, quote marks or punctuation.
 */
final class PullQuoteRule implements BlockRule {

    private static final int MIN_WORDS = 5;
    private static final int MAX_QUOTED_WORDS = 60;
    private static final int MAX_UNQUOTED_WORDS = 40;

    @Override
    public Map<Integer, RemovalReason> judge(Page page) {
        List<Integer> kept = page.keptIndices();
        Map<Integer, String> padded = new HashMap<>();
        for (int index : kept) {
            padded.put(index, " " + LineShape.bareWords(page.text(index)) + " ");
        }
        Map<Integer, RemovalReason> removals = new LinkedHashMap<>();
        for (int index : kept) {
            if (!isCandidate(page, index)) {
                continue;
            }
            String quote = padded.get(index);
            for (int other : kept) {
                if (other != index && page.words(other) > page.words(index) && padded.get(other).contains(quote)) {
                    removals.put(index, RemovalReason.PULL_QUOTE);
                    break;
                }
            }
        }
        return removals;
    }

    private static boolean isCandidate(Page page, int index) {
        if (page.isHeadline(index) || page.words(index) < MIN_WORDS) {
            return false;
        }
        String text = page.text(index);
        if (LineShape.isQuoted(text)) {
            return page.words(index) <= MAX_QUOTED_WORDS;
        }
        return !LineShape.hasQuoteMarks(text) && LineShape.endsSentence(text) && page.words(index) <= MAX_UNQUOTED_WORDS;
    }
}
