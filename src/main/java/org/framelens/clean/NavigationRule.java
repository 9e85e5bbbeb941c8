package org.framelens.clean;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Drops navigation: breadcrumbs ("Home > World > Europe", "Home Politics: … headline") and menus of
 * capitalised section names (at least three, making up two thirds of the line, no commas). A sentence
 * that merely starts with "Home" ("Home to 40,000 people, …") stays.
 */
final class NavigationRule implements LineRule {

    private static final Pattern SEPARATOR = Pattern.compile("[>»›]|\\s[/|]\\s");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$");
    private static final Pattern TRAIL_SEPARATOR = Pattern.compile("[>»›]");
    private static final int MAX_BREADCRUMB_WORDS = 40;
    private static final int MAX_TRAIL_WORDS = 12;
    private static final int MIN_MENU_WORDS = 3;
    private static final Set<String> MENU_JOINERS = Set.of("&", "and");

    private final Set<String> sections;

    /** Builds the rule from the list of common section names. */
    NavigationRule(PhraseList sectionNames) {
        this.sections = sectionNames.entries().stream()
                .map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Optional<RemovalReason> reasonToRemove(Page page, int index) {
        String text = page.text(index);
        List<String> words = LineShape.words(text);
        if (isBreadcrumb(page, text, words) || isSeparatedTrail(text, words) || isMenu(text, words)) {
            return Optional.of(RemovalReason.NAVIGATION);
        }
        return Optional.empty();
    }

    private boolean isBreadcrumb(Page page, String text, List<String> words) {
        if (words.size() < 2 || words.size() > MAX_BREADCRUMB_WORDS || !bare(words.get(0)).equals("home")
                || !LineShape.isCapitalised(words.get(0))) {
            return false;
        }
        String second = words.get(1);
        boolean sectionFollows = LineShape.isCapitalised(second) && sections.contains(bare(second));
        boolean endsWithTitle = page.title() != null
                && LineShape.comparable(text).endsWith(LineShape.comparable(page.title()))
                && !page.matchesTitle(text);
        return SEPARATOR.matcher(text).find() || sectionFollows || endsWithTitle;
    }

    private static boolean isSeparatedTrail(String text, List<String> words) {
        return words.size() <= MAX_TRAIL_WORDS
                && TRAIL_SEPARATOR.matcher(text).results().count() >= 2
                && !LineShape.endsSentence(text);
    }

    private boolean isMenu(String text, List<String> words) {
        if (words.size() < MIN_MENU_WORDS || LineShape.endsSentence(text) || text.contains(",")) {
            return false;
        }
        int sectionWords = 0;
        for (String word : words) {
            String bare = bare(word);
            if (MENU_JOINERS.contains(bare)) {
                continue;
            }
            if (!LineShape.isCapitalised(word)) {
                return false;
            }
            if (sections.contains(bare)) {
                sectionWords++;
            }
        }
        return sectionWords >= MIN_MENU_WORDS && sectionWords * 3 >= words.size() * 2;
    }

    /** The word in lower case without surrounding punctuation; abbreviations such as "u.s." keep their dots. */
    private static String bare(String word) {
        String stripped = EDGE_PUNCTUATION.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
        boolean loneFullStop = stripped.endsWith(".") && stripped.indexOf('.') == stripped.length() - 1;
        return loneFullStop ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
