package org.framelens.clean;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Drops the date and byline furniture around an article: a line that is only a date, a date glued to a
 * short name, "By Jane Doe and John Smith", "By Lukas Brenner, Climate correspondent", "Updated 3:45 PM
 * EST, Tue March 4, 2025", or several of these joined by "|" or "·" (with a reading time among them).
 * Next to such a line it also drops a line naming the author's role ("Opinion columnist", "Fiona Harvey
 * Environment editor"), which may also stand alone above the article, and, under a byline or date below
 * the headline, the author's bare name and desk ("Mercy Achieng", "BBC News, Nairobi"). Sentences that
 * start the same way ("By the 21st, Trump had …") stay.
 */
final class DateBylineRule implements BlockRule {

    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s*[|·•]\\s*");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final int MAX_LINE_WORDS = 25;
    private static final int MAX_NAME_WORDS = 10;
    private static final int MAX_SHORT_NAME_WORDS = 4;
    private static final int MAX_ROLE_LINE_WORDS = 6;
    private static final int MAX_ROLE_MODIFIERS = 2;
    private static final int MIN_COMPANION_WORDS = 2;
    private static final int MAX_COMPANION_WORDS = 5;
    private static final int MIN_HEADLINE_WORDS = 3;
    private static final int MAX_HEADLINE_WORDS = 30;

    private final DateText dates;
    private final List<String> bylineLabels;
    private final Set<String> nameConnectors;
    private final List<String> timestampLabels;
    private final Set<String> roles;
    private final LinePhrases interfacePhrases;

    /**
     * Builds the rule from the date recogniser, the byline, connector, timestamp and role word lists, and the
     * interface phrases a byline line may carry between separators ("5 min read").
     */
    DateBylineRule(DateText dates, PhraseList bylineLabels, PhraseList nameConnectors, PhraseList timestampLabels,
                   PhraseList roleWords, LinePhrases interfacePhrases) {
        this.dates = dates;
        this.bylineLabels = longestFirst(bylineLabels);
        this.nameConnectors = lowerCase(nameConnectors);
        this.timestampLabels = longestFirst(timestampLabels);
        this.roles = lowerCase(roleWords);
        this.interfacePhrases = interfacePhrases;
    }

    @Override
    public Map<Integer, RemovalReason> judge(Page page) {
        List<Integer> kept = page.keptIndices();
        boolean[] byline = new boolean[page.size()];
        for (int index : kept) {
            byline[index] = isDateOrBylineLine(page, index);
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int k = 0; k < kept.size(); k++) {
                int index = kept.get(k);
                if (!byline[index] && !page.matchesTitle(page.text(index)) && joinsByline(page, kept, k, byline)) {
                    byline[index] = true;
                    grew = true;
                }
            }
        }
        Map<Integer, RemovalReason> removals = new LinkedHashMap<>();
        for (int index : kept) {
            if (byline[index]) {
                removals.put(index, RemovalReason.DATE_AND_BYLINE);
            }
        }
        return removals;
    }

    private boolean isDateOrBylineLine(Page page, int index) {
        String text = page.text(index);
        if (page.words(index) > MAX_LINE_WORDS) {
            return false;
        }
        List<String> parts = Arrays.stream(PART_SEPARATOR.split(text.strip()))
                .filter(p -> !p.isBlank())
                .toList();
        if (parts.size() <= 1) {
            return isDateOrByline(text);
        }
        return parts.stream().allMatch(p -> isDateOrByline(p) || isShortName(p) || interfacePhrases.matches(p))
                && parts.stream().anyMatch(this::isDateOrByline);
    }

    /**
     * Whether the kept line at position {@code k} belongs to the byline next to it: a role line beside a byline
     * or above the article (unless it is the headline found by shape), or a name or desk line under a byline or
     * date that itself sits below a headline, in the first half of the page.
     */
    private boolean joinsByline(Page page, List<Integer> kept, int k, boolean[] byline) {
        int index = kept.get(k);
        String text = page.text(index);
        boolean afterByline = k > 0 && byline[kept.get(k - 1)];
        boolean beforeByline = k + 1 < kept.size() && byline[kept.get(k + 1)];
        boolean aboveArticle = page.articleStart() < 0 || index < page.articleStart();
        if (isRoleLine(text)) {
            return !page.isHeadline(index) && (afterByline || beforeByline || aboveArticle);
        }
        return afterByline && isNameOrDesk(text) && headlineAbove(page, kept, k - 1, byline)
                && page.keptWords(0, index) <= page.keptWords(index, page.size());
    }

    /**
     * A short line naming a role ("Opinion columnist", "Fiona Harvey Environment editor", "Chief political
     * correspondent", "Correspondent in Kyiv"): capitalised words, up to two lower-case ones just before the role
     * word, and nothing after it but where ("in Kyiv", "for The Herald"). "The Editor Steps Down" and "Gazette
     * names new sports editor" are headlines, not roles.
     */
    private boolean isRoleLine(String text) {
        List<String> words = LineShape.words(text);
        if (words.isEmpty() || words.size() > MAX_ROLE_LINE_WORDS || LineShape.endsSentence(text)
                || DIGIT.matcher(text).find() || !LineShape.isCapitalised(words.get(0))) {
            return false;
        }
        int role = -1;
        for (int i = 0; i < words.size(); i++) {
            if (roles.contains(bare(words.get(i)))) {
                role = i;
            }
        }
        if (role < 0 || !capitalisedBefore(words, role)) {
            return false;
        }
        if (role == words.size() - 1) {
            return true;
        }
        List<String> where = words.subList(role + 1, words.size());
        return where.size() >= 2 && nameConnectors.contains(bare(where.get(0)))
                && where.subList(1, where.size()).stream().allMatch(LineShape::isCapitalised);
    }

    /** Whether the words before the role word are capitalised, but for up to two modifiers right before it. */
    private static boolean capitalisedBefore(List<String> words, int role) {
        int modifiers = 0;
        while (modifiers < role && !LineShape.isCapitalised(words.get(role - 1 - modifiers))) {
            modifiers++;
        }
        return modifiers <= MAX_ROLE_MODIFIERS
                && words.subList(0, role - modifiers).stream().allMatch(LineShape::isCapitalised);
    }

    /** A short line of capitalised words, as a name ("Mercy Achieng") or desk ("BBC News, Nairobi") is. */
    private boolean isNameOrDesk(String text) {
        List<String> words = LineShape.words(text);
        return words.size() >= MIN_COMPANION_WORDS && words.size() <= MAX_COMPANION_WORDS
                && !LineShape.endsSentence(text) && !DIGIT.matcher(text).find()
                && LineShape.isCapitalised(words.get(0))
                && words.stream().allMatch(w -> LineShape.isCapitalised(w) || nameConnectors.contains(bare(w)));
    }

    /** Whether a kept line before position {@code k} is shaped like a headline and is not itself a byline. */
    private static boolean headlineAbove(Page page, List<Integer> kept, int k, boolean[] byline) {
        for (int j = 0; j < k; j++) {
            int index = kept.get(j);
            int words = page.words(index);
            if (!byline[index] && words >= MIN_HEADLINE_WORDS && words <= MAX_HEADLINE_WORDS
                    && !page.text(index).strip().endsWith(".")) {
                return true;
            }
        }
        return false;
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
            if (!LineShape.isCapitalised(word) && !nameConnectors.contains(bare(word)) && !roles.contains(bare(word))) {
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

    /** The word in lower case without the punctuation around it ("correspondent," gives "correspondent"). */
    private static String bare(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}&]+|[^\\p{L}\\p{N}&]+$", "");
    }

    private static Set<String> lowerCase(PhraseList list) {
        return list.entries().stream().map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> longestFirst(PhraseList list) {
        return list.entries().stream()
                .map(LineShape::comparable)
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }
}
