package org.framelens.clean;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops headlines of other articles dropped into the body as links: lines labelled "Read more: …" or
 * "Related: …", and, after the article has started, unpunctuated lines of ten or more words that are not
 * the headline. Shorter unpunctuated lines are the article's own subheads and stay. When such lines make
 * up a large share of the article, the page is text broken into lines mid-sentence rather than a page
 * with links in it, and they all stay.
 */
final class RelatedHeadlineRule implements BlockRule {

    private static final int MIN_TEASER_WORDS = 10;
    private static final int MIN_LINKED_WORDS = 2;
    private static final String LABEL_ENDS = ":|-–—»";
    /** Unpunctuated long lines making up half the article's blocks (and more than a few) mean broken lines. */
    private static final int BROKEN_LINES_SHARE = 2;
    private static final int FEW_TEASERS = 3;

    private final List<String> labels;

    /** Builds the rule from the list of link labels ("read more", "related", "see also"). */
    RelatedHeadlineRule(PhraseList labels) {
        this.labels = labels.entries().stream().map(LineShape::comparable).toList();
    }

    @Override
    public Map<Integer, RemovalReason> judge(Page page) {
        int start = page.articleStart();
        Map<Integer, RemovalReason> links = new LinkedHashMap<>();
        Map<Integer, RemovalReason> teasers = new LinkedHashMap<>();
        int articleBlocks = 0;
        for (int index : page.keptIndices()) {
            if (page.isHeadline(index)) {
                continue;
            }
            String text = page.text(index);
            if (isLabelledLink(text)) {
                links.put(index, RemovalReason.RELATED_HEADLINE);
            } else if (start >= 0 && index > start) {
                articleBlocks++;
                if (page.words(index) >= MIN_TEASER_WORDS && !LineShape.endsSentence(text)) {
                    teasers.put(index, RemovalReason.RELATED_HEADLINE);
                }
            }
        }
        boolean brokenLines = teasers.size() > FEW_TEASERS && teasers.size() * BROKEN_LINES_SHARE > articleBlocks;
        if (!brokenLines) {
            links.putAll(teasers);
        }
        return links;
    }

    private boolean isLabelledLink(String text) {
        String lower = LineShape.comparable(text);
        for (String label : labels) {
            if (lower.startsWith(label) && lower.length() > label.length()) {
                String rest = lower.substring(label.length()).stripLeading();
                if (!rest.isEmpty() && LABEL_ENDS.indexOf(rest.charAt(0)) >= 0
                        && LineShape.wordCount(rest.substring(1)) >= MIN_LINKED_WORDS) {
                    return true;
                }
            }
        }
        return false;
    }
}
