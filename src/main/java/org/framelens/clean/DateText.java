package org.framelens.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises text that is only a date or time in the usual news formats ("Thursday , 6 November 2025",
 * "Nov. 26, 2025", "2025-11-26", "3:45 PM EST, Tue March 4, 2025", "2 hours ago"), and a date glued to
 * a short name ("November 26, 2025Clash Report"); reads the day such text names.
 */
final class DateText {

    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{1,2}-\\d{1,2}(?:t[\\d:.]+z?)?\\b");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b");
    private static final Pattern CLOCK_TIME = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\b");
    private static final Pattern HOUR_OF_DAY = Pattern.compile("\\b\\d{1,2}\\s*(?:a\\.m\\.|p\\.m\\.|am|pm)(?!\\p{L})");
    private static final Pattern DAY_HALF = Pattern.compile("\\b(?:a\\.m\\.|p\\.m\\.|am|pm)(?!\\p{L})");
    private static final Pattern ORDINAL = Pattern.compile("\\b(\\d+)(?:st|nd|rd|th)\\b");
    private static final Pattern TOKEN = Pattern.compile("\\p{L}+|\\d+");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("^[\\s,|·•\\-–—]+|[\\s,|·•\\-–—]+$");
    private static final int MAX_NUMBER_DIGITS = 4;
    private static final int MAX_GLUED_NAME_WORDS = 4;

    private final Set<String> months;
    private final Set<String> weekdays;
    private final Set<String> otherDateWords;
    private final Pattern calendarDate;
    private final Pattern dayOfYear;

    /** Builds the recogniser from the month and weekday names and the other words a date line may hold. */
    DateText(PhraseList monthNames, PhraseList weekdayNames, PhraseList dateWords) {
        this.months = lowerCase(monthNames);
        this.weekdays = lowerCase(weekdayNames);
        this.otherDateWords = lowerCase(dateWords);
        String monthAlternatives = alternatives(months);
        String weekdayAlternatives = alternatives(weekdays);
        String month = "\\b(?:" + monthAlternatives + ")\\b\\.?";
        String day = "\\d{1,2}(?:st|nd|rd|th)?";
        this.calendarDate = Pattern.compile(
                "(?:\\b(?:" + weekdayAlternatives + ")\\b\\.?\\s*,?\\s*)?"
                        + "(?:" + month + "\\s+" + day + ",?\\s*\\d{4}"
                        + "|\\b" + day + "\\s+" + month + ",?\\s*\\d{4}"
                        + "|\\b\\d{4}-\\d{1,2}-\\d{1,2})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String monthGroup = "\\b(?<%s>" + monthAlternatives + ")\\b\\.?";
        String dayGroup = "\\b(?<%s>\\d{1,2})(?:st|nd|rd|th)?\\b";
        this.dayOfYear = Pattern.compile(
                monthGroup.formatted("month1") + "\\s+" + dayGroup.formatted("day1") + ",?\\s*(?<year1>\\d{4})(?!\\d)"
                        + "|" + dayGroup.formatted("day2") + "\\s+(?:of\\s+)?" + monthGroup.formatted("month2")
                        + ",?\\s*(?<year2>\\d{4})(?!\\d)"
                        + "|\\b(?<year3>\\d{4})-(?<month3>\\d{1,2})-(?<day3>\\d{1,2})(?!\\d)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The first calendar day the text names with its year ("Updated 4:12 PM EST, November 27, 2025" gives
     * 2025-11-27; "27 Nov 2025", "Thursday, 6 November 2025" and "2025-11-27" work too), or empty when it names
     * none. Relative times ("3 days ago") and days without a year give nothing, as do impossible days.
     */
    Optional<LocalDate> firstDay(String text) {
        Matcher m = dayOfYear.matcher(text);
        while (m.find()) {
            Optional<LocalDate> day;
            if (m.group("year1") != null) {
                day = day(m.group("year1"), monthNumber(m.group("month1")), m.group("day1"));
            } else if (m.group("year2") != null) {
                day = day(m.group("year2"), monthNumber(m.group("month2")), m.group("day2"));
            } else {
                day = day(m.group("year3"), Integer.parseInt(m.group("month3")), m.group("day3"));
            }
            if (day.isPresent()) {
                return day;
            }
        }
        return Optional.empty();
    }

    /** Whether the text holds a date or time and nothing else (separators and weekday names aside). */
    boolean isDateOnly(String text) {
        String s = LineShape.comparable(text);
        int numericDates = count(ISO_DATE, s) + count(NUMERIC_DATE, s);
        s = NUMERIC_DATE.matcher(ISO_DATE.matcher(s).replaceAll(" ")).replaceAll(" ");
        int times = count(CLOCK_TIME, s) + count(HOUR_OF_DAY, s);
        s = CLOCK_TIME.matcher(s).replaceAll(" ");
        s = HOUR_OF_DAY.matcher(s).replaceAll(" ");
        s = DAY_HALF.matcher(s).replaceAll(" ");
        s = ORDINAL.matcher(s).replaceAll("$1");
        boolean month = false;
        boolean number = false;
        boolean ago = false;
        Matcher tokens = TOKEN.matcher(s);
        while (tokens.find()) {
            String token = tokens.group();
            if (Character.isDigit(token.charAt(0))) {
                if (token.length() > MAX_NUMBER_DIGITS) {
                    return false;
                }
                number = true;
            } else if (months.contains(token)) {
                month = true;
            } else if (weekdays.contains(token) || otherDateWords.contains(token)) {
                ago |= token.equals("ago");
            } else {
                return false;
            }
        }
        return numericDates > 0 || times > 0 || (month && number) || (ago && number);
    }

    /** Whether the text is a calendar date with a short name glued before or after it ("November 26, 2025Clash Report"). */
    boolean isDateWithName(String text) {
        String t = text.strip();
        Matcher m = calendarDate.matcher(t);
        if (!m.find() || (m.start() != 0 && m.end() != t.length())) {
            return false;
        }
        String rest = NAME_SEPARATORS.matcher(t.substring(0, m.start()) + " " + t.substring(m.end())).replaceAll("");
        List<String> words = LineShape.words(rest);
        return words.size() <= MAX_GLUED_NAME_WORDS
                && words.stream().allMatch(LineShape::isCapitalised)
                && !LineShape.endsSentence(rest);
    }

    /** Whether a single word is a month or weekday name, which a byline never starts with ("By Tuesday, …"). */
    boolean isCalendarWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        return months.contains(lower) || weekdays.contains(lower);
    }

    /** The month a name or abbreviation from the month list stands for: its first three letters decide. */
    private static int monthNumber(String name) {
        String start = name.toLowerCase(Locale.ROOT).substring(0, Math.min(3, name.length()));
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(start)) {
                return month.getValue();
            }
        }
        return 0;
    }

    private static Optional<LocalDate> day(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int count(Pattern pattern, String s) {
        return (int) pattern.matcher(s).results().count();
    }

    private static Set<String> lowerCase(PhraseList list) {
        return list.entries().stream().map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private static String alternatives(Set<String> words) {
        return words.stream()
                .filter(w -> w.chars().allMatch(Character::isLetter))
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
