package org.framelens.clean;

import java.util.Optional;

/**
 * Drops short lines above the article's first body paragraph (a category label such as "Trump, Russia
 * and Ukraine", an author's name, a menu item such as "U.S."): fewer than eight words and no sentence
 * punctuation, or at most two words whatever their punctuation. Above the headline, everything that does
 * not read as a body paragraph goes (a site's name, a long menu). The headline stays.
 */
final class HeaderZoneRule implements LineRule {

    private static final int MENU_ITEM_WORDS = 2;

    @Override
    public Optional<RemovalReason> reasonToRemove(Page page, int index) {
        int start = page.articleStart();
        boolean aboveHeadline = index < page.headline() && !page.isBodyParagraph(index);
        boolean furniture = start >= 0 && index < start && !page.isHeadline(index)
                && (aboveHeadline || page.words(index) < Page.BODY_PARAGRAPH_WORDS
                        && (!LineShape.endsSentence(page.text(index)) || page.words(index) <= MENU_ITEM_WORDS));
        return furniture ? Optional.of(RemovalReason.PAGE_HEADER) : Optional.empty();
    }
}
