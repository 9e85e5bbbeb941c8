package org.framelens.frames;

import java.util.List;
import java.util.Locale;

/**
 * One word slot of a cue-list entry: its spellings ({@code reject|rejects}, {@code sanction*} for any ending,
 * {@code *-year-old} for any beginning, a lone star for any word, usually with a tag such as NUM) and the
 * part-of-speech tag it must carry, or a gap ({@code ...}) of up to {@link #GAP} words within the clause.
 *
 * @param spellings the accepted spellings, lower case, with * marking the open end
 * @param tag the UD tag the word must carry, or null for any
 * @param gap whether this slot is a gap rather than a word
 */
record CueWord(List<String> spellings, String tag, boolean gap) {

    /** The most words a gap may skip: "pressure on the Ukrainian president to". */
    static final int GAP = 4;

    CueWord {
        spellings = List.copyOf(spellings);
    }

    /** Parses one slot such as {@code cost|costs/NOUN}, {@code sanction*} or {@code ...}. */
    static CueWord parse(String item) {
        if (item.equals("...")) {
            return new CueWord(List.of(), null, true);
        }
        int slash = item.lastIndexOf('/');
        String tag = null;
        String words = item;
        if (slash > 0 && slash < item.length() - 1 && item.substring(slash + 1).chars().allMatch(Character::isUpperCase)) {
            tag = item.substring(slash + 1);
            words = item.substring(0, slash);
        }
        return new CueWord(List.of(words.toLowerCase(Locale.ROOT).split("\\|")), tag, false);
    }

    /** Whether a word of the sentence fills this slot. */
    boolean accepts(SentenceWord word) {
        if (word.inName() && !"PROPN".equals(tag)) {
            return false;
        }
        if (tag != null && !word.hasTag(tag)) {
            return false;
        }
        for (String spelling : spellings) {
            if (spells(spelling, word.text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a spelling stands for more than one word: a lone star, or a star at either end. */
    static boolean isOpen(String spelling) {
        return spelling.equals("*") || spelling.length() > 1 && (spelling.endsWith("*") || spelling.startsWith("*"));
    }

    private static boolean spells(String spelling, String text) {
        if (spelling.equals("*")) {
            return true;
        }
        if (spelling.length() > 1 && spelling.endsWith("*")) {
            return text.startsWith(spelling.substring(0, spelling.length() - 1));
        }
        if (spelling.length() > 1 && spelling.startsWith("*")) {
            return text.endsWith(spelling.substring(1));
        }
        return text.equals(spelling);
    }
}
