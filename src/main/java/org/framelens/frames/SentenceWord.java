package org.framelens.frames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.framelens.annotate.Sentence;
import org.framelens.annotate.Token;

/**
 * A token as cue lists see it: lower case, straight apostrophes, without the stray hyphens, quotation marks,
 * full stops and possessive 's the tokenizer leaves attached ("-strewn", "Kyiv.", "Kremlin's").
 *
 * @param text the normalised word, or the mark itself for punctuation
 * @param tag the token's part-of-speech tag
 * @param start offset of the word's first character in the sentence text
 * @param end offset just past its last character
 * @param punctuation whether the token is a punctuation mark
 * @param inName whether it is a capitalised word inside a proper name ("Institute for Strategic Studies")
 */
record SentenceWord(String text, String tag, int start, int end, boolean punctuation, boolean inName) {

    /** Characters trimmed from either end of a token before matching. */
    private static final String TRIMMED = "\"'“”‘’«»-–.,;:!?()[]";

    /** The words of a sentence; bare hyphens, which join parts of one word, are left out. */
    static List<SentenceWord> of(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        boolean headline = isHeadline(tokens);
        List<SentenceWord> words = new ArrayList<>();
        boolean first = true;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String raw = token.text();
            if (raw.equals("-") || raw.equals("‐")) {
                continue;
            }
            int from = 0;
            int to = raw.length();
            while (from < to && TRIMMED.indexOf(raw.charAt(from)) >= 0) {
                from++;
            }
            while (to > from && TRIMMED.indexOf(raw.charAt(to - 1)) >= 0) {
                to--;
            }
            if (from == to) {
                words.add(new SentenceWord(raw, token.tag(), token.start(), token.end(), true, false));
                continue;
            }
            String core = raw.substring(from, to).replace('’', '\'');
            String lower = core.toLowerCase(Locale.ROOT);
            if (lower.endsWith("'s") && lower.length() > 2) {
                to -= 2;
                lower = lower.substring(0, lower.length() - 2);
            } else if (lower.endsWith("s'")) {
                to -= 1;
                lower = lower.substring(0, lower.length() - 1);
            }
            boolean inName = !headline && !first && token.hasTag("PROPN") && Character.isUpperCase(core.charAt(0))
                    && !core.equals(core.toUpperCase(Locale.ROOT));
            words.add(new SentenceWord(lower, token.tag(), token.start() + from, token.start() + to, false, inName));
            first = false;
        }
        return List.copyOf(words);
    }

    /** Whether the word is, or joins, the given part-of-speech tag. */
    boolean hasTag(String ud) {
        if (tag.indexOf('+') < 0) {
            return tag.equals(ud);
        }
        for (String part : tag.split("\\+")) {
            if (part.equals(ud)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is a number: tagged so, or written in digits. */
    boolean isNumber() {
        return hasTag("NUM") || !text.isEmpty() && Character.isDigit(text.charAt(0));
    }

    /** Whether most words are capitalised, as in headlines and subheads, where capitals do not mark names. */
    private static boolean isHeadline(List<Token> tokens) {
        int words = 0;
        int capitalised = 0;
        for (Token token : tokens) {
            if (token.isWord() && Character.isLetter(token.text().charAt(0))) {
                words++;
                if (Character.isUpperCase(token.text().charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words > 0 && capitalised * 10 >= words * 6;
    }
}
