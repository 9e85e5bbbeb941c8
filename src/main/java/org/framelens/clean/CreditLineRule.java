package org.framelens.clean;

import java.util.Optional;

/**
 * Drops the production credits and legal lines that close many articles ("Reporting by ...; Editing by
 * ...", "Copyright 2025 The Associated Press. All rights reserved."): they are not the outlet's reporting.
 */
final class CreditLineRule implements LineRule {

    private static final int MAX_CREDIT_WORDS = 25;

    private final LinePhrases phrases;

    /** Builds the rule from the credit-line phrase list. */
    CreditLineRule(LinePhrases phrases) {
        this.phrases = phrases;
    }

    @Override
    public Optional<RemovalReason> reasonToRemove(Page page, int index) {
        boolean credit = page.words(index) <= MAX_CREDIT_WORDS && phrases.matches(page.text(index));
        return credit ? Optional.of(RemovalReason.CREDITS) : Optional.empty();
    }
}
