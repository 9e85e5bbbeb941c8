package org.framelens.compare.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.framelens.annotate.Sentence;
import org.framelens.annotate.Token;

/**
 * Finds the numbers a sentence reports together with what they count: "100,000 troops", "$130 million",
 * "the 28-point plan", "a 90-day truce", "three lives". Dates, years, ages and bare time spans ("two weeks")
 * are left out, and so is a number that counts nothing named ("killing at least seven"), except a
 * percentage or a sum of money. A key is the value and the counted words, joined by "|".
 */
final class NumberFinder {

    private static final Pattern PLAIN = Pattern.compile(
            "([$€£])?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(%)?([a-zA-Z]{1,2})?");
    private static final Pattern RANGE = Pattern.compile("(\\d+)[-–](\\d+)");
    private static final Pattern COMPOUND = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?|[a-zA-Z]+)[-–]([a-zA-Z]+(?:-[a-zA-Z]+)*)");
    private static final Pattern LOWER_WORD = Pattern.compile("[a-z][a-z'’-]*");
    private static final String CURRENCIES = "$€£";

    private final CoverageLexicon lexicon;

    NumberFinder(CoverageLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The counted numbers of one sentence, in text order. */
    List<KeyedMention> find(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<KeyedMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!startsNumber(tokens.get(i))) {
                i++;
                continue;
            }
            int last = gluedEnd(tokens, i);
            String glued = glue(tokens, i, last);
            Reading reading = read(tokens, i, last, glued);
            if (reading != null) {
                found.add(new KeyedMention(CoverageItem.Kind.NUMBER, reading.key, reading.label, null, sentence.index()));
                last = reading.last;
            }
            i = last + 1;
        }
        return found;
    }

    /** A number read at one place: its key, its label and the last token it took. */
    private record Reading(String key, String label, int last) {
    }

    private boolean startsNumber(Token token) {
        String text = token.text();
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return Character.isDigit(first) || CURRENCIES.indexOf(first) >= 0
                || lexicon.numberWords().containsKey(numberWordPart(text));
    }

    /** "five-hour" and "five" both start with the number word "five". */
    private static String numberWordPart(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int dash = lower.indexOf('-');
        return dash > 0 ? lower.substring(0, dash) : lower;
    }

    /** The last token written together with the one at {@code i}: "19-point", "23-24", "25%", "$130". */
    private static int gluedEnd(List<Token> tokens, int i) {
        int last = i;
        while (last + 1 < tokens.size()) {
            Token current = tokens.get(last);
            Token next = tokens.get(last + 1);
            if (next.start() != current.end()) {
                break;
            }
            String text = next.text();
            boolean joins = text.equals("%") || text.startsWith("-") || text.startsWith("–")
                    || current.text().endsWith("-") || current.text().endsWith("–")
                    || CURRENCIES.contains(current.text()) && !text.isEmpty() && Character.isDigit(text.charAt(0));
            if (!joins) {
                break;
            }
            last++;
        }
        return last;
    }

    private static String glue(List<Token> tokens, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int k = from; k <= to; k++) {
            text.append(tokens.get(k).text());
        }
        return text.toString();
    }

    private Reading read(List<Token> tokens, int first, int last, String glued) {
        if (isDate(tokens, first, last)) {
            return null;
        }
        Matcher compound = COMPOUND.matcher(glued);
        if (compound.matches() && !RANGE.matcher(glued).matches()) {
            return compound(tokens, last, compound);
        }
        Matcher range = RANGE.matcher(glued);
        if (range.matches()) {
            return counted(tokens, last, glued, range.group(1) + "-" + range.group(2), false);
        }
        Matcher plain = PLAIN.matcher(glued);
        if (plain.matches()) {
            return plain(tokens, last, glued, plain);
        }
        Long spelled = lexicon.numberWords().get(glued.toLowerCase(Locale.ROOT));
        if (spelled != null) {
            return counted(tokens, last, glued, Long.toString(spelled), false);
        }
        return null;
    }

    /**
     * "28-point plan", "90-day truce", "twenty-five troops"; an age ("90-year-old") or a time span that
     * describes nothing named ("for two-week") is no item.
     */
    private Reading compound(List<Token> tokens, int last, Matcher compound) {
        String number = compound.group(1);
        String unit = compound.group(2).toLowerCase(Locale.ROOT);
        String value;
        if (Character.isDigit(number.charAt(0))) {
            value = number.replace(",", "");
        } else if (lexicon.numberWords().containsKey(number.toLowerCase(Locale.ROOT))) {
            value = Long.toString(lexicon.numberWords().get(number.toLowerCase(Locale.ROOT)));
        } else {
            return null;
        }
        Long units = lexicon.numberWords().get(unit);
        if (units != null) {
            String sum = Long.toString(Long.parseLong(value) + units);
            return counted(tokens, last, compound.group(), sum, false);
        }
        List<Token> nouns = countedNouns(tokens, last + 1);
        boolean age = unit.endsWith("-old");
        if (lexicon.durations().contains(EnglishPlural.singular(unit.split("-")[0])) && (age || nouns.isEmpty())) {
            return null;
        }
        String label = compound.group() + (nouns.isEmpty() ? "" : " " + words(nouns));
        return new Reading(value + "-" + unit + "|", label, last + nouns.size());
    }

    /** "$130 million", "25% tariff", "100,000 troops"; a year alone is no item. */
    private Reading plain(List<Token> tokens, int last, String glued, Matcher plain) {
        String currency = plain.group(1) == null ? "" : plain.group(1);
        String digits = plain.group(2).replace(",", "") + (plain.group(3) == null ? "" : plain.group(3));
        boolean percent = plain.group(4) != null;
        String scale = null;
        if (plain.group(5) != null) {
            scale = lexicon.scaleWords().get(plain.group(5).toLowerCase(Locale.ROOT));
            if (scale == null) {
                return null;
            }
        }
        boolean bare = currency.isEmpty() && !percent && scale == null && plain.group(3) == null && !plain.group(2).contains(",");
        if (bare && digits.length() == 4 && Integer.parseInt(digits) >= 1900 && Integer.parseInt(digits) <= 2100) {
            return null;
        }
        String label = glued;
        if (scale == null && last + 1 < tokens.size()) {
            String next = tokens.get(last + 1).lower();
            if (next.equals(lexicon.scaleWords().get(next))) {
                scale = next;
                last++;
                label = glued + " " + tokens.get(last).text();
            }
        }
        String value = currency + digits + (scale == null ? "" : " " + scale) + (percent ? "%" : "");
        return counted(tokens, last, label, value, percent || !currency.isEmpty());
    }

    /** The number with the nouns it counts, or null when it counts nothing named (unless it may stand alone). */
    private Reading counted(List<Token> tokens, int last, String label, String value, boolean standsAlone) {
        List<Token> nouns = countedNouns(tokens, last + 1);
        if (nouns.isEmpty()) {
            return standsAlone ? new Reading(value + "|", label, last) : null;
        }
        String lastNoun = nouns.get(nouns.size() - 1).lower();
        if (lexicon.durations().contains(EnglishPlural.singular(lastNoun))) {
            return null;
        }
        String key = value + "|" + EnglishPlural.singular(words(nouns).toLowerCase(Locale.ROOT));
        return new Reading(key, label + " " + words(nouns), last + nouns.size());
    }

    /** Up to two words naming what is counted: a noun, or an adjective and a noun ("square kilometers"). */
    private List<Token> countedNouns(List<Token> tokens, int from) {
        List<Token> nouns = new ArrayList<>();
        for (int k = from; k < tokens.size() && nouns.size() < 2; k++) {
            Token t = tokens.get(k);
            String lower = t.lower();
            if (!t.isWord() || !t.text().equals(lower) || !LOWER_WORD.matcher(lower).matches()
                    || lexicon.stopWords().contains(lower.replace('’', '\'')) || lexicon.isCalendarWord(lower)) {
                break;
            }
            boolean noun = t.hasTag("NOUN") || t.hasTag("PROPN");
            boolean plural = lower.endsWith("s") && !lower.endsWith("ss");
            if (nouns.isEmpty()) {
                boolean adjectiveBeforeNoun = t.hasTag("ADJ") && k + 1 < tokens.size() && tokens.get(k + 1).hasTag("NOUN");
                if (!(noun || (t.hasTag("VERB") || t.hasTag("ADJ")) && plural || adjectiveBeforeNoun)) {
                    break;
                }
            } else if (!noun) {
                break;
            }
            nouns.add(t);
        }
        return nouns;
    }

    /** Whether a month or weekday stands next to the number: "Nov. 25", "25 November", "November 23-24". */
    private boolean isDate(List<Token> tokens, int first, int last) {
        return first > 0 && lexicon.isCalendarWord(tokens.get(first - 1).lower())
                || last + 1 < tokens.size() && lexicon.isCalendarWord(tokens.get(last + 1).lower());
    }

    private static String words(List<Token> tokens) {
        return String.join(" ", tokens.stream().map(Token::text).toList());
    }
}
