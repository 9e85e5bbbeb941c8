package org.framelens.clean;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises a strip of interface links printed as one line, as pages built from plain boxes leave them
 * ("TechDaily Sign in Newsletters", "About us | Contact | Privacy"): a short line made only of interface
 * phrases and section names, at least two of them and one an interface phrase in words, with at most one
 * run of up to three other capitalised words (the site's name) and separators such as "|", "·" or "•"
 * between them. A subhead that merely holds such a word ("What's next", "Top Secret") has too few of them.
 */
final class MenuStrip {

    private static final Pattern SEPARATORS = Pattern.compile("\\s*[|·•]\\s*|\\s+/\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_WORDS = 12;
    private static final int MAX_PHRASE_WORDS = 4;
    private static final int MIN_ITEMS = 2;
    private static final int MAX_NAME_WORDS = 3;

    private final LinePhrases interfacePhrases;
    private final Set<String> sections;

    /** Builds the recogniser from the interface phrases and the section names menus use. */
    MenuStrip(LinePhrases interfacePhrases, PhraseList sectionNames) {
        this.interfacePhrases = interfacePhrases;
        this.sections = sectionNames.entries().stream()
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the line is such a strip of links. */
    boolean matches(String text) {
        if (LineShape.wordCount(text) > MAX_WORDS || LineShape.endsSentence(text) || text.contains("©")) {
            return false;
        }
        int items = 0;
        int nameWords = 0;
        boolean nameEnded = false;
        boolean anyInterface = false;
        for (String part : SEPARATORS.split(text.strip())) {
            List<String> words = Arrays.stream(SPACES.split(part.strip())).filter(w -> !w.isBlank()).toList();
            int i = 0;
            while (i < words.size()) {
                int length = longestInterfacePhrase(words, i);
                boolean known = length > 0 || sections.contains(LineShape.key(words.get(i)));
                if (known) {
                    items++;
                    anyInterface |= length > 0 && words.get(i).chars().anyMatch(Character::isLetter);
                    i += Math.max(1, length);
                    nameEnded |= nameWords > 0;
                } else if (LineShape.isCapitalised(words.get(i)) && !nameEnded && nameWords < MAX_NAME_WORDS) {
                    nameWords++;
                    i++;
                } else {
                    return false;
                }
            }
            nameEnded |= nameWords > 0;
        }
        return anyInterface && items >= MIN_ITEMS;
    }

    /** How many words from {@code start} make up the longest interface phrase there, or 0 when none does. */
    private int longestInterfacePhrase(List<String> words, int start) {
        for (int length = Math.min(MAX_PHRASE_WORDS, words.size() - start); length > 0; length--) {
            if (interfacePhrases.matchesWhole(String.join(" ", words.subList(start, start + length)))) {
                return length;
            }
        }
        return 0;
    }
}
