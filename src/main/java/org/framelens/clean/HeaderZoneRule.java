package org.framelens.clean;

import java.util.Optional;

/**
 * Drops short lines above the article's first body paragraph (a category label such as "Trump, Russia
 * and Ukraine", an author's name): fewer than eight words and no sentence punctuation. The headline stays.
 */
final class HeaderZoneRule implements LineRule {

    @Override
    public Optional<RemovalReason> reasonToRemove(Page page, int index) {
        int start = page.articleStart();
        boolean furniture = start >= 0 && index < start && !page.isHeadline(index)
                && page.words(index) < Page.BODY_PARAGRAPH_WORDS
                && !LineShape.endsSentence(page.text(index));
        return furniture ? Optional.of(RemovalReason.PAGE_HEADER) : Optional.empty();
    }
}
