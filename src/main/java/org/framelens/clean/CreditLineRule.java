package org.framelens.clean;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops the production credits and legal lines that close many articles ("Reporting by ...; Editing by
 * ...", "(Reporting by ... in Berlin; Editing by ...)", "Jane Roe contributed to this report.", "Copyright
 * 2025 The Associated Press. All rights reserved.", "TechDaily © 2025 | About us"): they are not the
 * outlet's reporting.
 */
final class CreditLineRule implements LineRule {

    private static final int MAX_CREDIT_WORDS = 25;
    /** Credits in brackets name several people and places, so they run longer than a bare credit line. */
    private static final int MAX_BRACKETED_CREDIT_WORDS = 45;
    private static final Pattern BRACKETED = Pattern.compile("^[(\\[](.+)[)\\]][.]?$");
    /** A copyright sign or word followed by a year, anywhere in the line ("TechDaily © 2025 | About us"). */
    private static final Pattern COPYRIGHT_YEAR = Pattern.compile(
            "(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:19|20)\\d{2}(?!\\d)", Pattern.CASE_INSENSITIVE);

    private final LinePhrases phrases;
    private final List<String> endings;

    /** Builds the rule from the credit-line phrase list and the list of endings of contributor lines. */
    CreditLineRule(LinePhrases phrases, PhraseList endings) {
        this.phrases = phrases;
        this.endings = endings.entries().stream().map(LineShape::key).toList();
    }

    @Override
    public Optional<RemovalReason> reasonToRemove(Page page, int index) {
        return isCredit(page.text(index), page.words(index)) ? Optional.of(RemovalReason.CREDITS) : Optional.empty();
    }

    /** Whether a line of {@code words} words is a credit or copyright line. */
    boolean isCredit(String text, int words) {
        if (words <= MAX_CREDIT_WORDS && (phrases.matches(text) || COPYRIGHT_YEAR.matcher(text).find()
                || endsLikeACredit(text))) {
            return true;
        }
        Matcher bracketed = BRACKETED.matcher(text.strip());
        return words <= MAX_BRACKETED_CREDIT_WORDS && bracketed.matches() && phrases.matches(bracketed.group(1));
    }

    private boolean endsLikeACredit(String text) {
        String key = LineShape.key(text);
        return endings.stream().anyMatch(ending -> key.endsWith(" " + ending));
    }
}
