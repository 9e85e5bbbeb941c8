package org.framelens.clean;

import java.util.Optional;

/**
 * Drops interface strings: buttons, labels, reading times, counters, logo names ("KI short logo"), strips
 * of links on one line ("TechDaily Sign in Newsletters") and lines with no letters or digits at all (rules
 * such as "___" or "* * *").
 */
final class InterfaceRule implements LineRule {

    private static final int MAX_LOGO_WORDS = 5;

    private final LinePhrases phrases;
    private final MenuStrip strips;

    /** Builds the rule from the interface phrase list and the recogniser of link strips. */
    InterfaceRule(LinePhrases phrases, MenuStrip strips) {
        this.phrases = phrases;
        this.strips = strips;
    }

    @Override
    public Optional<RemovalReason> reasonToRemove(Page page, int index) {
        String text = page.text(index);
        int words = page.words(index);
        if (words == 0 || phrases.matches(text) || isLogo(text, words) || strips.matches(text)) {
            return Optional.of(RemovalReason.INTERFACE);
        }
        return Optional.empty();
    }

    private static boolean isLogo(String text, int words) {
        String key = LineShape.key(text);
        return words <= MAX_LOGO_WORDS && (key.equals("logo") || key.endsWith(" logo"));
    }
}
