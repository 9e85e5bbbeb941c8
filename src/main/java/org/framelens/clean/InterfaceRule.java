package org.framelens.clean;

import java.util.Optional;

/** Drops interface strings: buttons, labels, reading times, counters and logo names ("KI short logo"). */
final class InterfaceRule implements LineRule {

    private static final int MAX_LOGO_WORDS = 5;

    private final LinePhrases phrases;

    /** Builds the rule from the interface phrase list. */
    InterfaceRule(LinePhrases phrases) {
        this.phrases = phrases;
    }

    @Override
    public Optional<RemovalReason> reasonToRemove(Page page, int index) {
        String text = page.text(index);
        if (phrases.matches(text) || isLogo(text, page.words(index))) {
            return Optional.of(RemovalReason.INTERFACE);
        }
        return Optional.empty();
    }

    private static boolean isLogo(String text, int words) {
        String key = LineShape.key(text);
        return words <= MAX_LOGO_WORDS && (key.equals("logo") || key.endsWith(" logo"));
    }
}
