package org.framelens.loaded;

import java.util.Set;
import org.framelens.annotate.Token;

/** A test of the words around a word-list match that keeps the loaded sense and drops the plain one. */
enum WordCondition {

    /** The next word is an adjective, adverb or verb, so an intensifier intensifies something: "utterly infuriating". */
    MODIFIES("modifies") {
        @Override
        boolean holds(SentenceText text, int first, int last) {
            Token next = text.after(last);
            return next != null && (next.hasTag("ADJ") || next.hasTag("ADV") || next.hasTag("VERB"));
        }
    },
    /** The next word is an adjective: "simply impossible", not "simply by waiting". */
    BEFORE_ADJ("before-adj") {
        @Override
        boolean holds(SentenceText text, int first, int last) {
            Token next = text.after(last);
            return next != null && next.hasTag("ADJ");
        }
    },
    /** Not followed by "to" or "into": "admitted he was unhappy", not "admitted to hospital". */
    NOT_TO("not-to") {
        @Override
        boolean holds(SentenceText text, int first, int last) {
            Token next = text.after(last);
            return next == null || !Set.of("to", "into").contains(next.lower());
        }
    },
    /** Right before a noun or adjective: "supposed legal scruples", not "supposed to meet". */
    ATTRIBUTIVE("attributive") {
        @Override
        boolean holds(SentenceText text, int first, int last) {
            Token next = text.after(last);
            return next != null && !next.lower().equals("to")
                    && (next.hasTag("NOUN") || next.hasTag("ADJ") || next.hasTag("PROPN") || SentenceText.isQuoteMark(next));
        }
    },
    /** Right before a name: "per Zelensky", not "per day". */
    BEFORE_NAME("before-name") {
        @Override
        boolean holds(SentenceText text, int first, int last) {
            Token next = text.after(last);
            return next != null && SentenceText.capitalised(next.text());
        }
    },
    /**
     * "Regime" for a government, which is pejorative ("the Putin regime", "the regime's forces"), not for a set of
     * rules ("the sanctions regime", "a visa regime", "regime change").
     */
    PEJORATIVE_REGIME("pejorative-regime") {
        @Override
        boolean holds(SentenceText text, int first, int last) {
            Token next = text.after(last);
            if (next != null && Set.of("change", "of").contains(next.lower())) {
                return false;
            }
            Token previous = text.before(first);
            if (previous == null) {
                return false;
            }
            String lower = previous.lower();
            if (Set.of("the", "this", "that", "his", "its", "their", "whose").contains(lower)) {
                return true;
            }
            if (PEJORATIVE_MODIFIERS.contains(lower)) {
                return true;
            }
            return SentenceText.capitalised(previous.text()) && !text.opensClause(first - 1);
        }
    };

    private static final Set<String> PEJORATIVE_MODIFIERS = Set.of("puppet", "criminal", "brutal", "murderous",
            "corrupt", "terrorist", "illegitimate", "fascist", "totalitarian", "authoritarian", "military", "clerical",
            "theocratic", "repressive", "rogue", "bloody", "kremlin", "kyiv", "putin");

    private final String label;

    WordCondition(String label) {
        this.label = label;
    }

    /** Whether the condition holds for a match covering tokens {@code first} to {@code last} (inclusive). */
    abstract boolean holds(SentenceText text, int first, int last);

    /** The condition a word list names, or an error naming the unknown label. */
    static WordCondition byLabel(String label) {
        for (WordCondition c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown word-list condition '" + label + "'");
    }
}
