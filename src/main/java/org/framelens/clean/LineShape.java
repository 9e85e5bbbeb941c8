package org.framelens.clean;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Questions about the shape of one line of page text (its words, its ending, its comparable forms). */
final class LineShape {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String CLOSERS = "\"'”’»)]";
    private static final String OPENING_QUOTES = "\"“‘'«„";
    private static final String CLOSING_QUOTES = "\"”’'»";
    private static final String SENTENCE_ENDS = ".!?:…";
    private static final String KEY_TRIM = " :.…|›»«→·•>-–—*";

    private LineShape() {
    }

    /** The words of a line: whitespace-separated pieces holding at least one letter or digit. */
    static List<String> words(String text) {
        return Arrays.stream(SPACES.split(text.strip()))
                .filter(LineShape::hasLetterOrDigit)
                .toList();
    }

    /** How many words a line has. */
    static int wordCount(String text) {
        return words(text).size();
    }

    /**
     * Whether a line closes like a sentence: with . ! ? : or …, possibly followed by closing quotes or
     * brackets. A closing quote alone does not count, since other articles' headlines often end in one.
     */
    static boolean endsSentence(String text) {
        String t = text.strip();
        int end = t.length();
        while (end > 0 && CLOSERS.indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && SENTENCE_ENDS.indexOf(t.charAt(end - 1)) >= 0;
    }

    /** Whether a line breaks off with an ellipsis, as teaser snippets of other articles do. */
    static boolean endsWithEllipsis(String text) {
        String t = text.strip();
        return t.endsWith("...") || t.endsWith("…");
    }

    /** Whether the whole line sits inside quotation marks, as a pull quote does. */
    static boolean isQuoted(String text) {
        String t = text.strip();
        return t.length() > 2
                && OPENING_QUOTES.indexOf(t.charAt(0)) >= 0
                && CLOSING_QUOTES.indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** Whether a line holds any quotation mark at all. */
    static boolean hasQuoteMarks(String text) {
        return text.chars().anyMatch(c -> OPENING_QUOTES.indexOf(c) >= 0 || CLOSING_QUOTES.indexOf(c) >= 0);
    }

    /** Whether a word starts with a capital letter or a digit, as names and title-case words do. */
    static boolean isCapitalised(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Character.isUpperCase(c) || Character.isDigit(c);
            }
        }
        return false;
    }

    /** Lower case, straight quotes and single spaces: two lines equal in this form read the same. */
    static String comparable(String text) {
        String t = text.toLowerCase(Locale.ROOT)
                .replace('‘', '\'').replace('’', '\'').replace('“', '"').replace('”', '"')
                .replace('\u00a0', ' ');
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    /** Only the words, lower case, single-spaced: for finding one line's text inside another's. */
    static String bareWords(String text) {
        String t = comparable(text).replace("'", "");
        return NOT_ALPHANUMERIC.matcher(t).replaceAll(" ").strip();
    }

    /**
     * The form used to look a line up in a phrase list: comparable, every number turned into "0",
     * and surrounding punctuation such as ":", "|" or "»" removed.
     */
    static String key(String text) {
        String t = NUMBER.matcher(comparable(text)).replaceAll("0");
        int start = 0;
        int end = t.length();
        while (start < end && KEY_TRIM.indexOf(t.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && KEY_TRIM.indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return t.substring(start, end);
    }

    /** The {@link #key} form of the start of a line: punctuation and spaces at its end are kept, as they matter. */
    static String keyStart(String text) {
        String t = NUMBER.matcher(comparable(text)).replaceAll("0");
        int start = 0;
        while (start < t.length() && KEY_TRIM.indexOf(t.charAt(start)) >= 0) {
            start++;
        }
        return t.substring(start) + (text.endsWith(" ") ? " " : "");
    }

    private static boolean hasLetterOrDigit(String piece) {
        return piece.chars().anyMatch(Character::isLetterOrDigit);
    }
}
