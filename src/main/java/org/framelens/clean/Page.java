package org.framelens.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.framelens.article.TextBlock;

/**
 * A page part-way through cleaning: its blocks in order, which of them are still kept, and where its
 * headline and its first body paragraph are among the kept ones. Immutable; each rule yields a new page.
 */
final class Page {

    /** A body paragraph has at least this many words (and closes like a sentence). */
    static final int BODY_PARAGRAPH_WORDS = 8;
    private static final int HEADLINE_MIN_WORDS = 3;
    private static final int HEADLINE_MAX_WORDS = 30;
    private static final int SITE_NAME_MAX_WORDS = 3;

    private final List<TextBlock> blocks;
    private final RemovalReason[] verdicts;
    private final int[] wordCounts;
    private final String title;
    private final int headline;
    private final int articleStart;

    private Page(List<TextBlock> blocks, RemovalReason[] verdicts, int[] wordCounts, String title) {
        this.blocks = blocks;
        this.verdicts = verdicts;
        this.wordCounts = wordCounts;
        this.title = title;
        int titled = findTitledHeadline();
        if (titled >= 0) {
            this.headline = titled;
            this.articleStart = findArticleStart(titled);
        } else {
            this.articleStart = findArticleStart(-1);
            this.headline = findHeadlineByShape(articleStart);
        }
    }

    /** A page with every block kept; {@code title} (may be null) is the headline the metadata gives. */
    static Page of(List<TextBlock> blocks, String title) {
        List<TextBlock> copy = List.copyOf(blocks);
        int[] counts = copy.stream().mapToInt(b -> LineShape.wordCount(b.text())).toArray();
        String cleanTitle = title == null || title.isBlank() ? null : title;
        return new Page(copy, new RemovalReason[copy.size()], counts, cleanTitle);
    }

    /** This page with the given kept blocks removed for the given reasons (blocks already removed stay as they were). */
    Page withRemovals(Map<Integer, RemovalReason> removals) {
        RemovalReason[] next = Arrays.copyOf(verdicts, verdicts.length);
        removals.forEach((index, reason) -> {
            if (index >= 0 && index < next.length && next[index] == null) {
                next[index] = reason;
            }
        });
        return new Page(blocks, next, wordCounts, title);
    }

    /** How many blocks the page has, kept or not. */
    int size() {
        return blocks.size();
    }

    /** The text of block {@code index}. */
    String text(int index) {
        return blocks.get(index).text();
    }

    /** How many empty lines came before block {@code index}. */
    int blankLinesBefore(int index) {
        return blocks.get(index).blankLinesBefore();
    }

    /** How many words block {@code index} has. */
    int words(int index) {
        return wordCounts[index];
    }

    /** Whether block {@code index} is still part of the article. */
    boolean isKept(int index) {
        return verdicts[index] == null;
    }

    /** Why block {@code index} was removed, or empty while it is kept. */
    Optional<RemovalReason> verdict(int index) {
        return Optional.ofNullable(verdicts[index]);
    }

    /** The indices of the blocks still kept, in page order. */
    List<Integer> keptIndices() {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < verdicts.length; i++) {
            if (verdicts[i] == null) {
                kept.add(i);
            }
        }
        return kept;
    }

    /** The words in kept blocks from {@code from} (inclusive) to {@code to} (exclusive). */
    int keptWords(int from, int to) {
        int sum = 0;
        for (int i = Math.max(0, from); i < Math.min(to, verdicts.length); i++) {
            if (verdicts[i] == null) {
                sum += wordCounts[i];
            }
        }
        return sum;
    }

    /** The metadata title, or null when there was none. */
    String title() {
        return title;
    }

    /** The index of the kept headline, or -1 when the page shows none. */
    int headline() {
        return headline;
    }

    /** Whether block {@code index} is the kept headline. */
    boolean isHeadline(int index) {
        return index == headline && headline >= 0;
    }

    /** The index of the first kept body paragraph other than the headline, or -1 when there is none. */
    int articleStart() {
        return articleStart;
    }

    /** Whether block {@code index} reads like a body paragraph: long enough and closed like a sentence. */
    boolean isBodyParagraph(int index) {
        return wordCounts[index] >= BODY_PARAGRAPH_WORDS && LineShape.endsSentence(text(index));
    }

    /** Whether the text equals the metadata title, ignoring case, curly versus straight quotes and spacing. */
    boolean matchesTitle(String text) {
        return title != null && LineShape.comparable(text).equals(LineShape.comparable(title));
    }

    private int findTitledHeadline() {
        if (title == null) {
            return -1;
        }
        for (int i = 0; i < verdicts.length; i++) {
            if (verdicts[i] == null && matchesTitle(text(i))) {
                return i;
            }
        }
        return -1;
    }

    private int findArticleStart(int skip) {
        for (int i = 0; i < verdicts.length; i++) {
            if (verdicts[i] == null && i != skip && isBodyParagraph(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The headline of a page whose metadata gives none: the headline-shaped line (three to thirty words, not
     * closed by a full stop) nearest before the first body paragraph, or the first of a run of such lines that
     * ends there, since a headline and its unpunctuated standfirst stand together. A site's name opening the
     * page ("British Broadcasting Corporation", up to three capitalised words) is passed over when the run goes
     * on after it; a three-word headline in capitals followed by an unpunctuated standfirst looks the same and
     * loses out, which is the rarer page.
     * Without a body paragraph, the first headline-shaped line.
     */
    private int findHeadlineByShape(int start) {
        if (start < 0) {
            for (int i = 0; i < verdicts.length; i++) {
                if (verdicts[i] == null && isHeadlineShaped(i)) {
                    return i;
                }
            }
            return -1;
        }
        int nearest = -1;
        for (int i = start - 1; i >= 0 && nearest < 0; i--) {
            if (verdicts[i] == null && isHeadlineShaped(i)) {
                nearest = i;
            }
        }
        if (nearest < 0) {
            return -1;
        }
        List<Integer> run = new ArrayList<>();
        run.add(nearest);
        for (int i = nearest - 1; i >= 0; i--) {
            if (verdicts[i] == null) {
                if (!isHeadlineShaped(i)) {
                    break;
                }
                run.add(0, i);
            }
        }
        return run.size() > 1 && isSiteName(run.get(0)) ? run.get(1) : run.get(0);
    }

    private boolean isHeadlineShaped(int index) {
        return wordCounts[index] >= HEADLINE_MIN_WORDS && wordCounts[index] <= HEADLINE_MAX_WORDS
                && !text(index).strip().endsWith(".");
    }

    /** Whether the block opens the page's kept text and is a short name in capitals, as a site's name is. */
    private boolean isSiteName(int index) {
        for (int i = 0; i < index; i++) {
            if (verdicts[i] == null) {
                return false;
            }
        }
        List<String> words = LineShape.words(text(index));
        return words.size() <= SITE_NAME_MAX_WORDS && words.stream().allMatch(LineShape::isCapitalised)
                && !LineShape.endsSentence(text(index));
    }
}
