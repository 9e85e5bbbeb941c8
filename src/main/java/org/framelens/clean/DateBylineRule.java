package org.framelens.clean;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Drops the date and byline furniture around an article: a line that is only a date, a date glued to a
 * short name, "By Jane Doe and John Smith", "Updated 3:45 PM EST, Tue March 4, 2025", or several of
 * these joined by "|" or "·". Sentences that start the same way ("By the 21st, Trump had …") stay.
 */
final class DateBylineRule implements LineRule {

    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s*[|·•]\\s*");
    private static final int MAX_LINE_WORDS = 25;
    private static final int MAX_NAME_WORDS = 10;
    private static final int MAX_SHORT_NAME_WORDS = 4;

    private final DateText dates;
    private final List<String> bylineLabels;
    private final Set<String> nameConnectors;
    private final List<String> timestampLabels;

    /** Builds the rule from the date recogniser and the byline, connector and timestamp word lists. */
    DateBylineRule(DateText dates, PhraseList bylineLabels, PhraseList nameConnectors, PhraseList timestampLabels) {
        this.dates = dates;
        this.bylineLabels = longestFirst(bylineLabels);
        this.nameConnectors = nameConnectors.entries().stream()
                .map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.timestampLabels = longestFirst(timestampLabels);
    }

    @Override
    public Optional<RemovalReason> reasonToRemove(Page page, int index) {
        String text = page.text(index);
        if (page.words(index) > MAX_LINE_WORDS) {
            return Optional.empty();
        }
        List<String> parts = Arrays.stream(PART_SEPARATOR.split(text.strip()))
                .filter(p -> !p.isBlank())
                .toList();
        boolean furniture;
        if (parts.size() <= 1) {
            furniture = isDateOrByline(text);
        } else {
            furniture = parts.stream().allMatch(p -> isDateOrByline(p) || isShortName(p))
                    && parts.stream().anyMatch(this::isDateOrByline);
        }
        return furniture ? Optional.of(RemovalReason.DATE_AND_BYLINE) : Optional.empty();
    }

    private boolean isDateOrByline(String part) {
        return dates.isDateOnly(part) || dates.isDateWithName(part) || isTimestamp(part) || isByline(part);
    }

    private boolean isTimestamp(String part) {
        String lower = LineShape.comparable(part);
        for (String label : timestampLabels) {
            if (lower.startsWith(label) && lower.length() > label.length()) {
                String rest = lower.substring(label.length());
                char next = rest.charAt(0);
                if (next == ' ' || next == ':') {
                    return isDateWithPoster(rest.replaceFirst("^[\\s:]+", ""));
                }
            }
        }
        return false;
    }

    /** A date, possibly followed by who posted it, as blogs print it ("November 30, 2025 by admin"). */
    private boolean isDateWithPoster(String rest) {
        int by = rest.lastIndexOf(" by ");
        if (by < 0) {
            return dates.isDateOnly(rest);
        }
        int posterWords = LineShape.wordCount(rest.substring(by + " by ".length()));
        return dates.isDateOnly(rest.substring(0, by)) && posterWords >= 1 && posterWords <= MAX_SHORT_NAME_WORDS;
    }

    private boolean isByline(String part) {
        String lower = LineShape.comparable(part);
        for (String label : bylineLabels) {
            if (lower.startsWith(label + " ")) {
                return isNameList(part.strip().substring(label.length()).strip());
            }
        }
        return false;
    }

    private boolean isNameList(String names) {
        List<String> words = LineShape.words(names);
        if (words.isEmpty() || words.size() > MAX_NAME_WORDS || dates.isCalendarWord(words.get(0))) {
            return false;
        }
        String last = words.get(words.size() - 1);
        if (names.endsWith(".") && last.replace(".", "").length() > 1) {
            return false;
        }
        for (String word : words) {
            if (!LineShape.isCapitalised(word) && !nameConnectors.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return LineShape.isCapitalised(words.get(0));
    }

    private static boolean isShortName(String part) {
        List<String> words = LineShape.words(part);
        return !words.isEmpty() && words.size() <= MAX_SHORT_NAME_WORDS
                && words.stream().allMatch(LineShape::isCapitalised)
                && !LineShape.endsSentence(part);
    }

    private static List<String> longestFirst(PhraseList list) {
        return list.entries().stream()
                .map(LineShape::comparable)
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }
}
