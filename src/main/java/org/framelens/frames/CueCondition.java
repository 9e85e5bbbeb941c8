package org.framelens.frames;

import java.util.List;
import java.util.regex.Pattern;

/** A test of the words around a matched cue that tells the sense a cue list means from other senses. */
enum CueCondition {

    /** Right after a number: "90-year-old", "30 billion". */
    AFTER_NUMBER("after-number") {
        @Override
        boolean holds(List<SentenceWord> words, int first, int last) {
            return first > 0 && words.get(first - 1).isNumber();
        }
    },
    /** Holds a whole number from 1 to 110, as ages are written after a name: "Mary Jensen, 58, said". */
    AGE("age") {
        @Override
        boolean holds(List<SentenceWord> words, int first, int last) {
            for (int i = first; i <= last; i++) {
                String text = words.get(i).text();
                if (AGE_NUMBER.matcher(text).matches()) {
                    return true;
                }
            }
            return false;
        }
    };

    /** A whole number from 1 to 110. */
    private static final Pattern AGE_NUMBER = Pattern.compile("[1-9][0-9]?|10[0-9]|110");

    private final String label;

    CueCondition(String label) {
        this.label = label;
    }

    /** Whether the cue matched from word {@code first} to {@code last} (inclusive) has the intended sense. */
    abstract boolean holds(List<SentenceWord> words, int first, int last);

    /** The condition a cue list names, or an error naming the unknown label. */
    static CueCondition byLabel(String label) {
        for (CueCondition c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown cue condition '" + label + "'");
    }
}
