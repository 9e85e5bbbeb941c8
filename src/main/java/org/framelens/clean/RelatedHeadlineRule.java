package org.framelens.clean;

import java.util.List;
import java.util.Optional;

/**
 * Drops headlines of other articles dropped into the body as links: lines labelled "Read more: …" or
 * "Related: …", and, after the article has started, unpunctuated lines of ten or more words that are not
 * the headline. Shorter unpunctuated lines are the article's own subheads and stay.
 */
final class RelatedHeadlineRule implements LineRule {

    private static final int MIN_TEASER_WORDS = 10;
    private static final int MIN_LINKED_WORDS = 2;
    private static final String LABEL_ENDS = ":|-–—»";

    private final List<String> labels;

    /** Builds the rule from the list of link labels ("read more", "related", "see also"). */
    RelatedHeadlineRule(PhraseList labels) {
        this.labels = labels.entries().stream().map(LineShape::comparable).toList();
    }

    @Override
    public Optional<RemovalReason> reasonToRemove(Page page, int index) {
        if (page.isHeadline(index)) {
            return Optional.empty();
        }
        String text = page.text(index);
        int start = page.articleStart();
        boolean teaser = start >= 0 && index > start
                && page.words(index) >= MIN_TEASER_WORDS && !LineShape.endsSentence(text);
        return teaser || isLabelledLink(text) ? Optional.of(RemovalReason.RELATED_HEADLINE) : Optional.empty();
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
