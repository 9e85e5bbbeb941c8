package org.framelens.loaded;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

    /** The low half of a try that scans the whole text rather than trying one offset. */
    private static final int WHOLE_TEXT = 0;

    private final List<WordPattern> patterns;
    /**
     * Positions in {@link #patterns}, ascending, by the run of letters and digits their forms open with: a form
     * that matches at some offset of the text opens exactly that text's run there, so only those patterns are tried.
     */
    private final Map<String, int[]> byLeadingRun;
    /** Positions of patterns with a form opening with another character, which are scanned over the whole text. */
    private final int[] scannedWhole;

    WordMatcher(List<WordPattern> patterns) {
        this.patterns = List.copyOf(patterns);
        Map<String, Set<Integer>> positions = new HashMap<>();
        List<Integer> whole = new ArrayList<>();
        for (int i = 0; i < this.patterns.size(); i++) {
            List<String> leading = this.patterns.get(i).forms().stream().map(SentenceText::leadingRun).toList();
            if (leading.contains("")) {
                whole.add(i);
                continue;
            }
            for (String run : leading) {
                positions.computeIfAbsent(run, k -> new TreeSet<>()).add(i);
            }
        }
        Map<String, int[]> index = new HashMap<>();
        positions.forEach((run, at) -> index.put(run, at.stream().mapToInt(Integer::intValue).toArray()));
        this.byLeadingRun = Map.copyOf(index);
        this.scannedWhole = whole.stream().mapToInt(Integer::intValue).toArray();
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
        long[] tries = tries(text);
        int length = text.folded().length();
        for (int next = 0; next < tries.length; ) {
            int position = (int) (tries[next] >>> 32);
            WordPattern pattern = patterns.get(position);
            Matcher m = pattern.regex().matcher(text.folded());
            if ((int) tries[next] == WHOLE_TEXT) {
                while (m.find()) {
                    addChecked(candidates, pattern, text, m.start(), m.end());
                }
                next++;
                continue;
            }
            m.useTransparentBounds(true);
            int scannedTo = 0;
            for (; next < tries.length && (int) (tries[next] >>> 32) == position; next++) {
                int offset = (int) tries[next] - 1;
                if (offset >= scannedTo && m.region(offset, length).lookingAt()) {
                    addChecked(candidates, pattern, text, m.start(), m.end());
                    scannedTo = m.end();
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

    /**
     * The places to try, sorted, each a pattern position (high half) and a text offset plus one (low half), or
     * {@link #WHOLE_TEXT} for a pattern scanned over the whole text. A pattern is tried at the runs its forms open
     * with, left to right, skipping offsets inside its previous match, as a scan of the whole text would go: a
     * form matching at an offset of the text opens with exactly the run of letters and digits found there.
     */
    private long[] tries(SentenceText text) {
        long[] tries = new long[16];
        int size = 0;
        for (SentenceText.WordRun run : text.runs()) {
            int[] at = byLeadingRun.get(run.run());
            for (int i = 0; at != null && i < at.length; i++) {
                if (size == tries.length) {
                    tries = Arrays.copyOf(tries, size * 2);
                }
                tries[size++] = (long) at[i] << 32 | run.offset() + 1;
            }
        }
        for (int position : scannedWhole) {
            if (size == tries.length) {
                tries = Arrays.copyOf(tries, size * 2);
            }
            tries[size++] = (long) position << 32 | WHOLE_TEXT;
        }
        long[] sorted = Arrays.copyOf(tries, size);
        Arrays.sort(sorted);
        return sorted;
    }

    private static void addChecked(List<Match> candidates, WordPattern pattern, SentenceText text, int start, int end) {
        Match match = check(pattern, text, start, end);
        if (match != null) {
            candidates.add(match);
        }
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
