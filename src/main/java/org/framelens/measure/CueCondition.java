package org.framelens.measure;

import java.util.List;
import java.util.Set;
import org.framelens.annotate.Token;

/** A test of the words around a matched cue that tells the sense a word list means from other senses. */
enum CueCondition {

    /** Not followed by a negation: "could not attend" reports an ability, not a possibility. */
    NOT_NEGATED("not-negated") {
        @Override
        boolean holds(List<Token> tokens, int first, int last) {
            return !isNegation(tokens.get(last)) && !(last + 1 < tokens.size() && isNegation(tokens.get(last + 1)));
        }
    },
    /** Not the month May: writers capitalise the month, so a capital "May" counts only opening a sentence as a verb ("May 5" is a date). */
    NOT_A_DATE("not-a-date") {
        @Override
        boolean holds(List<Token> tokens, int first, int last) {
            Token word = tokens.get(first);
            if (Character.isLowerCase(word.text().charAt(0))) {
                return true;
            }
            if (first > 0) {
                return false;
            }
            return !(last + 1 < tokens.size() && (tokens.get(last + 1).hasTag("NUM") || tokens.get(last + 1).text().equals(",")));
        }
    },
    /** Followed by to, that, as or an adjective: "appears to", "appear “very robust.”", not "appeared on TV". */
    LINKING("linking") {
        @Override
        boolean holds(List<Token> tokens, int first, int last) {
            boolean sawModifier = false;
            for (int i = last + 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (LINKING_WORDS.contains(t.lower()) || t.hasTag("ADJ")) {
                    return true;
                }
                if (t.hasTag("ADV")) {
                    sawModifier = true;
                } else if (!isQuoteMark(t)) {
                    return sawModifier && t.hasTag("PUNCT");
                }
            }
            return sawModifier;
        }
    },
    /** Not in "make sure", "made sure": seeing to something, not certainty. */
    NOT_AFTER_MAKE("not-after-make") {
        @Override
        boolean holds(List<Token> tokens, int first, int last) {
            return first == 0 || !MAKE.contains(tokens.get(first - 1).lower());
        }
    },
    /** Not denied just before: "nothing suggests", "no sign indicates" state an absence firmly. */
    NOT_DENIED("not-denied") {
        @Override
        boolean holds(List<Token> tokens, int first, int last) {
            return first == 0 || !DENIALS.contains(tokens.get(first - 1).lower());
        }
    },
    /** Before a number: "about 100 dead", "some 700,000 men" approximate a figure. */
    BEFORE_NUMBER("before-number") {
        @Override
        boolean holds(List<Token> tokens, int first, int last) {
            return last + 1 < tokens.size() && tokens.get(last + 1).hasTag("NUM");
        }
    },
    /** Followed by "that" or a clause, not a gerund or "to": "suggests Moscow is", not "suggested imposing". */
    BEFORE_CLAUSE("before-clause") {
        @Override
        boolean holds(List<Token> tokens, int first, int last) {
            int next = last + 1;
            if (next >= tokens.size()) {
                return false;
            }
            Token t = tokens.get(next);
            if (t.lower().equals("that")) {
                return true;
            }
            if (!(t.hasTag("DET") || t.hasTag("NOUN") || t.hasTag("PROPN") || t.hasTag("PRON") || t.hasTag("ADJ"))) {
                return false;
            }
            for (int i = next + 1; i < tokens.size() && i <= next + 4; i++) {
                Token later = tokens.get(i);
                if (later.hasTag("AUX") || later.hasTag("VERB") && !later.lower().endsWith("ing")) {
                    return true;
                }
                if (later.hasTag("PUNCT")) {
                    return false;
                }
            }
            return false;
        }
    },
    /** Said by I or we: "I think" hedges; "the Kremlin believes" reports someone else's belief. */
    FIRST_PERSON("first-person") {
        @Override
        boolean holds(List<Token> tokens, int first, int last) {
            return first > 0 && FIRST_PERSON_WORDS.contains(tokens.get(first - 1).lower());
        }
    },
    /** Said of a claim ("it is clear", "made it clear", "virtually certain"), not before a noun. */
    PREDICATIVE("predicative") {
        @Override
        boolean holds(List<Token> tokens, int first, int last) {
            if (last + 1 < tokens.size() && (tokens.get(last + 1).hasTag("NOUN") || tokens.get(last + 1).hasTag("PROPN"))) {
                return false;
            }
            int before = first - 1;
            while (before >= 0 && (tokens.get(before).hasTag("ADV") || isNegation(tokens.get(before)))) {
                before--;
            }
            if (before < 0) {
                return false;
            }
            Token t = tokens.get(before);
            return t.hasTag("AUX") || t.hasTag("VERB") || t.lower().equals("it");
        }
    };

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> LINKING_WORDS = Set.of("to", "that", "as", "likely", "unlikely");
    private static final Set<String> FIRST_PERSON_WORDS = Set.of("i", "we");
    private static final Set<String> MAKE = Set.of("make", "makes", "made", "making");
    private static final Set<String> DENIALS = Set.of("nothing", "no", "not", "never", "none");

    private final String label;

    CueCondition(String label) {
        this.label = label;
    }

    /** Whether the cue matched from token {@code first} to {@code last} (inclusive) has the intended sense. */
    abstract boolean holds(List<Token> tokens, int first, int last);

    /** The condition a word list names, or an error naming the unknown label. */
    static CueCondition byLabel(String label) {
        for (CueCondition c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown cue condition '" + label + "'");
    }

    /** Whether a negation stands within two words before the cue: "not clear", "not entirely certain". */
    static boolean negatedBefore(List<Token> tokens, int first) {
        for (int i = first - 1; i >= 0 && i >= first - 3; i--) {
            if (isNegation(tokens.get(i))) {
                return true;
            }
            if (!tokens.get(i).hasTag("ADV") && !tokens.get(i).hasTag("AUX")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isNegation(Token token) {
        String lower = token.lower().replace('’', '\'');
        return NEGATIONS.contains(lower) || lower.endsWith("n't");
    }

    private static boolean isQuoteMark(Token token) {
        return token.hasTag("PUNCT") && "\"“”‘’'«»".contains(token.text());
    }
}
