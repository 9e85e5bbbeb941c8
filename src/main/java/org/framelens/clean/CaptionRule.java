package org.framelens.clean;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops photo captions and credits: lines ending in a credit such as "(Marvin Joseph / The Washington
 * Post / Getty Images)", "(AFP)" or "Photo: Reuters", lines such as "Photo by John Smith/Getty Images",
 * captions opening with "(L-R)", and the caption's duplicate (pages often print a caption twice, once
 * without its credit, a few lines before the credited copy).
 */
final class CaptionRule implements BlockRule {

    private static final Pattern CREDIT_GROUP_AT_END = Pattern.compile("\\(([^()]{1,250})\\)\\s*$");
    private static final Pattern CREDIT_CLAUSE_AT_END = Pattern.compile(
            "(?:^|[.!?]\\s+|\\s[-–—|]\\s*)(?:photo|photograph|image|picture|credit)s?(?:\\s+by|:)\\s+([^.!?]{1,100})$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CREDIT_PARTS = Pattern.compile("\\s*/\\s*|\\s+via\\s+");
    private static final int MAX_CAPTION_WORDS = 80;
    private static final int MAX_CREDIT_WORDS = 25;
    private static final int MAX_SLASH_CREDIT_WORDS = 15;
    private static final int MAX_CREDIT_PART_WORDS = 6;
    private static final int MAX_LABELLED_CREDIT_LINE_WORDS = 20;
    private static final int MAX_CREDIT_CLAUSE_WORDS = 10;
    private static final int MAX_AGENCY_LINE_WORDS = 8;
    private static final int DUPLICATE_LOOKAHEAD = 6;
    private static final int MIN_DUPLICATE_WORDS = 3;

    private final List<Pattern> agencies;
    private final List<String> agencyNames;
    private final List<String> creditLabels;
    private final List<String> openers;

    /** Builds the rule from the agency, credit-label and caption-opener lists. */
    CaptionRule(PhraseList agencies, PhraseList creditLabels, PhraseList openers) {
        this.agencyNames = agencies.entries();
        this.agencies = agencies.entries().stream()
                .map(name -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])"))
                .toList();
        this.creditLabels = creditLabels.entries().stream().map(LineShape::comparable).toList();
        this.openers = openers.entries().stream().map(LineShape::comparable).toList();
    }

    @Override
    public Map<Integer, RemovalReason> judge(Page page) {
        boolean[] caption = new boolean[page.size()];
        Map<Integer, RemovalReason> removals = new LinkedHashMap<>();
        for (int index : page.keptIndices()) {
            if (!page.matchesTitle(page.text(index)) && page.words(index) <= MAX_CAPTION_WORDS && isCaption(page.text(index))) {
                caption[index] = true;
            }
        }
        for (int index : page.keptIndices()) {
            if (caption[index] || (!page.matchesTitle(page.text(index)) && duplicatesLaterCaption(page, index, caption))) {
                removals.put(index, RemovalReason.CAPTION);
            }
        }
        return removals;
    }

    private boolean duplicatesLaterCaption(Page page, int index, boolean[] caption) {
        if (page.words(index) < MIN_DUPLICATE_WORDS) {
            return false;
        }
        String line = LineShape.comparable(page.text(index));
        int last = Math.min(page.size() - 1, index + DUPLICATE_LOOKAHEAD);
        for (int later = index + 1; later <= last; later++) {
            if (caption[later]) {
                String credited = LineShape.comparable(withoutOpener(page.text(later)));
                if (credited.length() > line.length() && credited.startsWith(line)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isCaption(String text) {
        return opener(text).isPresent()
                || endsWithCreditGroup(text)
                || startsWithCreditLabel(text) && LineShape.wordCount(text) <= MAX_LABELLED_CREDIT_LINE_WORDS
                || endsWithCreditClause(text)
                || isAgencyLine(text);
    }

    private boolean endsWithCreditGroup(String text) {
        Matcher m = CREDIT_GROUP_AT_END.matcher(text.strip());
        if (!m.find()) {
            return false;
        }
        String credit = m.group(1).strip();
        return LineShape.wordCount(credit) <= MAX_CREDIT_WORDS
                && (startsWithCreditLabel(credit) || namesAgency(credit) || hasSlashCreditShape(credit));
    }

    private static boolean endsWithCreditClause(String text) {
        Matcher m = CREDIT_CLAUSE_AT_END.matcher(text.strip());
        return m.find() && LineShape.wordCount(m.group(1)) <= MAX_CREDIT_CLAUSE_WORDS;
    }

    private boolean isAgencyLine(String text) {
        if (LineShape.wordCount(text) > MAX_AGENCY_LINE_WORDS || LineShape.endsSentence(text)) {
            return false;
        }
        List<String> parts = Arrays.stream(CREDIT_PARTS.split(text.strip())).filter(p -> !p.isBlank()).toList();
        return parts.stream().anyMatch(p -> agencyNames.contains(p.strip()))
                && parts.stream().allMatch(p -> LineShape.wordCount(p) <= MAX_CREDIT_PART_WORDS
                        && LineShape.isCapitalised(p));
    }

    private boolean namesAgency(String credit) {
        return agencies.stream().anyMatch(agency -> agency.matcher(credit).find());
    }

    private static boolean hasSlashCreditShape(String credit) {
        if (!credit.contains("/") || LineShape.wordCount(credit) > MAX_SLASH_CREDIT_WORDS) {
            return false;
        }
        String[] parts = credit.split("/");
        return parts.length >= 2 && Arrays.stream(parts).allMatch(part -> {
            List<String> words = LineShape.words(part);
            return !words.isEmpty() && words.size() <= MAX_CREDIT_PART_WORDS && LineShape.isCapitalised(words.get(0));
        });
    }

    private boolean startsWithCreditLabel(String text) {
        String lower = LineShape.comparable(text);
        return creditLabels.stream().anyMatch(label -> lower.startsWith(label)
                && (label.endsWith(":") || lower.length() == label.length() || lower.charAt(label.length()) == ' '));
    }

    private Optional<String> opener(String text) {
        String lower = LineShape.comparable(text);
        return openers.stream().filter(lower::startsWith).findFirst();
    }

    private String withoutOpener(String text) {
        String stripped = text.strip();
        return opener(stripped).map(o -> stripped.substring(Math.min(o.length(), stripped.length())).strip())
                .orElse(stripped);
    }
}
