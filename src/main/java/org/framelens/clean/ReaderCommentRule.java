package org.framelens.clean;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops reader comments that follow an article without any heading: after a gap of two or more blank
 * lines, when the rest of the page is short next to the article (under a quarter of its words) and reads
 * like comments (first or second person, "article", "thanks", "kudos", exclamation marks). Without such a
 * cue the text after the gap stays: keeping real text is better than dropping it.
 */
final class ReaderCommentRule implements BlockRule {

    private static final int MIN_GAP_LINES = 2;
    private static final int ARTICLE_TO_COMMENTS_RATIO = 4;

    private final CommentCues cues;

    /** Builds the rule from the comment-cue recogniser. */
    ReaderCommentRule(CommentCues cues) {
        this.cues = cues;
    }

    @Override
    public Map<Integer, RemovalReason> judge(Page page) {
        int start = page.articleStart();
        if (start < 0) {
            return Map.of();
        }
        List<Integer> kept = page.keptIndices();
        for (int index : kept) {
            if (index > start && page.blankLinesBefore(index) >= MIN_GAP_LINES && readsAsComments(page, kept, index)) {
                Map<Integer, RemovalReason> removals = new LinkedHashMap<>();
                kept.stream().filter(i -> i >= index).forEach(i -> removals.put(i, RemovalReason.READER_COMMENTS));
                return removals;
            }
        }
        return Map.of();
    }

    private boolean readsAsComments(Page page, List<Integer> kept, int gap) {
        int article = page.keptWords(0, gap);
        int rest = page.keptWords(gap, page.size());
        if (rest * ARTICLE_TO_COMMENTS_RATIO >= article) {
            return false;
        }
        StringBuilder tail = new StringBuilder();
        kept.stream().filter(i -> i >= gap).forEach(i -> tail.append(page.text(i)).append('\n'));
        return cues.score(tail.toString()) >= 1;
    }
}
