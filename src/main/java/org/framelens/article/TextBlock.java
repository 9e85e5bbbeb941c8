package org.framelens.article;

/**
 * One paragraph-like block of a page as read from a file, before cleaning.
 *
 * @param text the block's text on one line, trimmed, never empty
 * @param blankLinesBefore how many empty lines separated it from the previous block (0 for the first,
 *     or where the format has no such notion); long gaps often separate an article from its comments
 */
public record TextBlock(String text, int blankLinesBefore) {
}
