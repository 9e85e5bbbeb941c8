package org.framelens.source;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Chooses a PDF article's title: the Title field of its document information, unless that field looks like a
 * short label ("Bonn climate talks") or a file name ("draft_v2.docx"), in which case the first headline-like
 * paragraph of the text is the better title. Word processors fill the field from the file name or the
 * first words typed, so it is often not the headline.
 */
final class PdfTitle {

    /** A Title field shorter than this is a label rather than a headline. */
    private static final int MIN_FIELD_WORDS = 5;
    private static final int MIN_HEADLINE_WORDS = 3;
    private static final int MAX_HEADLINE_WORDS = 30;
    private static final int BODY_PARAGRAPH_WORDS = 8;
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i).*\\.(?:docx?|odt|rtf|pdf|txt|pages|indd|html?)|microsoft word - .*|[^\\s]*[_\\\\/][^\\s]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:…][\"'”’»)\\]]*$");
    private static final Pattern BYLINE = Pattern.compile("(?i)^by\\s.*");

    private PdfTitle() {
    }

    /** The title to report: {@code field} (may be null), or the text's headline when the field is only a label. */
    static String choose(String field, List<String> paragraphs) {
        if (field == null || !looksLikeLabel(field)) {
            return field;
        }
        String headline = firstHeadline(paragraphs);
        return headline != null ? headline : field;
    }

    private static boolean looksLikeLabel(String field) {
        return FILE_NAME.matcher(field.strip()).matches() || words(field) < MIN_FIELD_WORDS;
    }

    /** The first paragraph shaped like a headline before the article's first body paragraph, or null. */
    private static String firstHeadline(List<String> paragraphs) {
        for (String paragraph : paragraphs) {
            int words = words(paragraph);
            boolean sentence = SENTENCE_END.matcher(paragraph.strip()).find();
            if (words >= BODY_PARAGRAPH_WORDS && sentence) {
                return null;
            }
            if (words >= MIN_HEADLINE_WORDS && words <= MAX_HEADLINE_WORDS && !paragraph.strip().endsWith(".")
                    && !BYLINE.matcher(paragraph.strip()).matches() && letterWords(paragraph) >= MIN_HEADLINE_WORDS) {
                return paragraph.strip();
            }
        }
        return null;
    }

    private static int words(String text) {
        return (int) Arrays.stream(text.strip().split("\\s+"))
                .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit)).count();
    }

    /** Words that start with a letter: a date line ("June 26, 2025") has too few to be a headline. */
    private static int letterWords(String text) {
        return (int) Arrays.stream(text.strip().toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isEmpty() && Character.isLetter(w.codePointAt(0))).count();
    }
}
