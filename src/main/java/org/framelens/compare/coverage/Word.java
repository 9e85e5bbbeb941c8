package org.framelens.compare.coverage;

import java.util.Locale;

/**
 * A token as the name finder reads it: possessive "'s", hyphens at its edges and a sentence's closing full
 * stop taken off, so that "Witkoff’s", "-Ukraine" and "Dmitriev." read as the names they are.
 *
 * @param text the cleaned word as written (a shouted "PUTIN" becomes "Putin")
 * @param tag its UD tag, the first of joined tags ("PROPN" for "Trump’s")
 * @param punctuation whether it is punctuation or a symbol rather than a word
 * @param possessive whether it ended in a possessive "'s" or "s'"
 * @param closesName whether it ended in a possessive or a lower-case hyphenated part ("Trump’s",
 *     "Putin-friendly"), which ends a name: "Trump’s Russia" is two names
 * @param joint how it is joined to the word before: by a space, a hyphen ("Ben-Gvir", "Russia-Ukraine") or a
 *     slash ("Witkoff/Dmitriev")
 * @param initial whether it opens the sentence, a quotation or a clause after a colon, where anything is capitalised
 * @param shouted whether it stands in a stretch of capital letters ("THAT PUTIN DOESN’T WANT")
 */
record Word(String text, String tag, boolean punctuation, boolean possessive, boolean closesName, Joint joint,
            boolean initial, boolean shouted) {

    /** How a word is joined to the one before it. */
    enum Joint { SPACE, HYPHEN, SLASH }

    /** A punctuation mark. */
    static Word punctuation(String text) {
        return new Word(text, "PUNCT", true, false, false, Joint.SPACE, false, false);
    }

    /** Whether a hyphen or slash glues it to the word before, so that it may not simply continue a name. */
    boolean breakBefore() {
        return joint != Joint.SPACE;
    }

    /** The word in lower case with straight apostrophes, for word lists. */
    String lower() {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** Whether the word starts with a capital letter. */
    boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether the word is an acronym written in capitals, such as "NATO" or "U.S.", and not shouted text. */
    boolean acronym() {
        return !shouted && text.codePoints().filter(Character::isLetter).count() >= 2
                && text.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
