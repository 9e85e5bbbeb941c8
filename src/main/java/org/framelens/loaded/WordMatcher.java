package org.framelens.loaded;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.framelens.annotate.Token;
import org.framelens.lexicon.WordList;

/**
 * Finds the entries of one or more word lists in a sentence: whole words, case-insensitive, matched on the text
 * so that tokenisation of hyphens and apostrophes does not matter, then checked against part of speech,
 * context conditions and proper names. The longest match wins where matches overlap.
 */
final class WordMatcher {

    /** A match of a word-list entry: its character span and the tokens it covers. */
    record Match(WordPattern pattern, int start, int end, int first, int last) {

        /** Whether this match shares a character with another. */
        boolean overlaps(Match other) {
            return start < other.end && other.start < end;
        }
    }

    private final List<WordPattern> patterns;

    WordMatcher(List<WordPattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** A matcher for word-list resources of this package, each line counting as {@code kind}. */
    static WordMatcher load(LoadedKind kind, String... resources) {
        List<WordPattern> patterns = new ArrayList<>();
        for (String resource : resources) {
            for (String line : WordList.lines(WordMatcher.class, resource)) {
                patterns.add(WordPattern.parse(kind, line));
            }
        }
        return new WordMatcher(patterns);
    }

    /** A matcher joining several matchers' entries, so the longest match across all of them wins. */
    static WordMatcher join(WordMatcher... matchers) {
        List<WordPattern> all = new ArrayList<>();
        for (WordMatcher m : matchers) {
            all.addAll(m.patterns);
        }
        return new WordMatcher(all);
    }

    /** The matches in the sentence, in text order, none overlapping. */
    List<Match> find(SentenceText text) {
        List<Match> candidates = new ArrayList<>();
        for (WordPattern pattern : patterns) {
            Matcher m = pattern.regex().matcher(text.folded());
            while (m.find()) {
                Match match = check(pattern, text, m.start(), m.end());
                if (match != null) {
                    candidates.add(match);
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Match c) -> c.end() - c.start()).reversed()
                .thenComparingInt(Match::start));
        List<Match> kept = new ArrayList<>();
        for (Match c : candidates) {
            if (kept.stream().noneMatch(c::overlaps)) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        return List.copyOf(kept);
    }

    /** Whether any entry occurs in the sentence outside quotation marks. */
    boolean occursUnquoted(SentenceText text) {
        return find(text).stream().anyMatch(m -> !text.tokens().get(m.first()).quoted());
    }

    private static Match check(WordPattern pattern, SentenceText text, int start, int end) {
        int first = text.firstTokenFrom(start);
        int last = text.lastTokenBefore(end);
        if (first < 0 || last < first) {
            return null;
        }
        Token head = text.tokens().get(first);
        if (!pattern.tags().isEmpty() && pattern.tags().stream().noneMatch(head::hasTag)
                && !(text.titleCase() && head.hasTag("PROPN"))) {
            return null;
        }
        for (int i = first; i <= last; i++) {
            if (text.inName(i)) {
                return null;
            }
        }
        Token next = text.after(last);
        if (next != null && pattern.notBefore().contains(next.lower())) {
            return null;
        }
        for (WordCondition condition : pattern.conditions()) {
            if (!condition.holds(text, first, last)) {
                return null;
            }
        }
        return new Match(pattern, start, end, first, last);
    }
}
