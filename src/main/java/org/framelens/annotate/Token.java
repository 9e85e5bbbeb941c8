package org.framelens.annotate;

/**
 * A word or punctuation mark in a sentence.
 *
 * @param text the token as written
 * @param start offset of its first character in the sentence text
 * @param end offset just past its last character
 * @param tag Universal Dependencies part-of-speech tag (NOUN, VERB, AUX, PROPN, AUX+PART, ...)
 * @param quoted whether it lies inside quotation marks
 */
public record Token(String text, int start, int end, String tag, boolean quoted) {

    /** Whether the tag is, or joins, the given UD tag: AUX+PART ("didn't") has both AUX and PART. */
    public boolean hasTag(String ud) {
        if (tag.equals(ud)) {
            return true;
        }
        for (String part : tag.split("\\+")) {
            if (part.equals(ud)) {
                return true;
            }
        }
        return false;
    }

    /** Whether this token counts as a word (not punctuation or a symbol). */
    public boolean isWord() {
        return !tag.equals("PUNCT") && !tag.equals("SYM") && text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** The token in lower case, for matching against word lists. */
    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
