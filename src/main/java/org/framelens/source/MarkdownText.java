package org.framelens.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes Markdown markup from a line of a {@code .md} file, leaving the words a reader would see: heading
 * marks, emphasis marks, list bullets, quote marks and code ticks go, links keep their text, images go entirely.
 */
final class MarkdownText {

    private static final Pattern ESCAPED = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>~|])");
    private static final Pattern RULE = Pattern.compile("\\s*(?:([-*_=])\\s*)(?:\\1\\s*){2,}");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}(?:\\s+|$)");
    private static final Pattern CLOSING_HASHES = Pattern.compile("\\s+#+\\s*$");
    private static final Pattern QUOTE = Pattern.compile("^\\s*(?:>\\s?)+");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern STARS = Pattern.compile("(?<=\\S)\\*+|\\*+(?=\\S)");
    private static final Pattern UNDERSCORES = Pattern.compile("(?<![\\p{L}\\p{N}_])_+(?=\\S)|(?<=\\S)_+(?![\\p{L}\\p{N}_])");
    private static final Pattern STRIKE = Pattern.compile("~~");
    private static final Pattern TICKS = Pattern.compile("`+");

    /** Escaped characters are parked here while markup is removed, so that {@code \*} survives as a star. */
    private static final char PARKING = '\uE000';

    private MarkdownText() {
    }

    /** The line's visible text; a line that is only markup (a rule, an image) comes back empty. */
    static String strip(String line) {
        if (RULE.matcher(line).matches()) {
            return "";
        }
        String text = ESCAPED.matcher(line).replaceAll(m -> String.valueOf((char) (PARKING + m.group(1).charAt(0))));
        text = QUOTE.matcher(text).replaceFirst("");
        if (HEADING.matcher(text).find()) {
            text = HEADING.matcher(text).replaceFirst("");
            text = CLOSING_HASHES.matcher(text).replaceFirst("");
        }
        text = BULLET.matcher(text).replaceFirst("");
        text = IMAGE.matcher(text).replaceAll("");
        text = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = STARS.matcher(text).replaceAll("");
        text = UNDERSCORES.matcher(text).replaceAll("");
        text = STRIKE.matcher(text).replaceAll("");
        text = TICKS.matcher(text).replaceAll("");
        return unpark(text);
    }

    private static String unpark(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= PARKING && c < PARKING + 128 ? (char) (c - PARKING) : c);
        }
        return out.toString();
    }
}
