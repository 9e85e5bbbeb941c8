package org.framelens.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Drops what a page says about its author or its standards rather than about the story: a line opening like
 * "Our Standards: …", and, among the last lines of the article, a disclaimer ("The views expressed are his
 * own.") or a short biography of the bylined author ("Daniel Okafor writes about business …", when "Daniel
 * Okafor" is on the removed byline). A closing paragraph that merely starts with a name stays.
 */
final class AuthorNoteRule implements BlockRule {

    private static final int MAX_NOTE_WORDS = 60;
    /** Disclaimers and biographies are looked for only among this many last kept blocks. */
    private static final int CLOSING_BLOCKS = 3;
    private static final int MAX_NAME_WORDS = 4;

    private final LinePhrases openers;
    private final List<Pattern> disclaimers;
    private final List<String> bioVerbs;

    /** Builds the rule from the note openers, the disclaimer phrases and the verbs a biography starts with. */
    AuthorNoteRule(LinePhrases openers, PhraseList disclaimers, PhraseList bioVerbs) {
        this.openers = openers;
        this.disclaimers = disclaimers.entries().stream()
                .map(LineShape::comparable)
                .map(p -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(p) + "(?![\\p{L}\\p{N}])"))
                .toList();
        this.bioVerbs = bioVerbs.entries().stream().map(LineShape::comparable).toList();
    }

    @Override
    public Map<Integer, RemovalReason> judge(Page page) {
        Map<Integer, RemovalReason> removals = new LinkedHashMap<>();
        List<Integer> kept = page.keptIndices();
        List<Integer> closing = kept.subList(Math.max(0, kept.size() - CLOSING_BLOCKS), kept.size());
        List<String> bylines = bylines(page);
        for (int index : kept) {
            if (page.words(index) > MAX_NOTE_WORDS || page.isHeadline(index)) {
                continue;
            }
            String text = page.text(index);
            boolean note = openers.matches(text)
                    || closing.contains(index) && (isDisclaimer(text) || isBiography(text, bylines));
            if (note) {
                removals.put(index, RemovalReason.ABOUT_AUTHOR);
            }
        }
        return removals;
    }

    private boolean isDisclaimer(String text) {
        String comparable = LineShape.comparable(text);
        return disclaimers.stream().anyMatch(d -> d.matcher(comparable).find());
    }

    /** Whether the text starts with a name from a removed byline followed by a verb such as "writes about". */
    private boolean isBiography(String text, List<String> bylines) {
        List<String> words = LineShape.words(text);
        for (int n = 1; n <= Math.min(MAX_NAME_WORDS, words.size() - 1); n++) {
            if (!LineShape.isCapitalised(words.get(n - 1))) {
                return false;
            }
            String name = LineShape.bareWords(String.join(" ", words.subList(0, n)));
            String rest = LineShape.comparable(String.join(" ", words.subList(n, words.size())));
            boolean named = bylines.stream().anyMatch(b -> (" " + b + " ").contains(" " + name + " "));
            if (n >= 2 && named && bioVerbs.stream().anyMatch(v -> rest.startsWith(v + " "))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> bylines(Page page) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (page.verdict(i).filter(RemovalReason.DATE_AND_BYLINE::equals).isPresent()) {
                lines.add(LineShape.bareWords(page.text(i)));
            }
        }
        return lines;
    }
}
