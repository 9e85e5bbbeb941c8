package org.framelens.compare.coverage;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How the compared articles write each word: which words they capitalise inside a sentence, and which they
 * also write in lower case. A capital at a sentence's start or in a title-case headline proves nothing, so
 * there a word counts as a name only if the articles capitalise it in running text too.
 *
 * @param capitalised lower-case forms of words capitalised away from a sentence's start, outside headlines
 * @param lowerCase words the articles write in lower case somewhere
 * @param standalone lower-case forms of capitalised words the articles write on their own somewhere, not glued
 *     by a hyphen to the word before ("Ukraine" in "Russia-Ukraine" stands alone elsewhere; "Gvir" does not)
 */
record CaseEvidence(Set<String> capitalised, Set<String> lowerCase, Set<String> standalone) {

    /** Tags of words that are never part of a name, capitalised or not. */
    static final Set<String> NOT_NAME_TAGS = Set.of("DET", "PRON", "AUX", "CCONJ", "SCONJ", "PART", "PUNCT", "NUM", "SYM");

    CaseEvidence {
        capitalised = Set.copyOf(capitalised);
        lowerCase = Set.copyOf(lowerCase);
        standalone = Set.copyOf(standalone);
    }

    /** The evidence of all sentences given, each as its words. */
    static CaseEvidence of(List<List<Word>> sentences) {
        Set<String> lower = new HashSet<>();
        Set<String> standalone = new HashSet<>();
        for (List<Word> words : sentences) {
            for (Word w : words) {
                if (!w.punctuation() && !w.capitalised() && w.text().codePoints().anyMatch(Character::isLetter)) {
                    lower.add(w.lower());
                }
                if (!w.punctuation() && w.capitalised() && !w.breakBefore()) {
                    standalone.add(w.lower());
                }
            }
        }
        CaseEvidence lowerOnly = new CaseEvidence(Set.of(), lower, Set.of());
        Set<String> capitalised = new HashSet<>();
        for (List<Word> words : sentences) {
            if (lowerOnly.headline(words)) {
                continue;
            }
            for (Word w : words) {
                if (!w.punctuation() && !w.initial() && !w.shouted() && w.capitalised() && !NOT_NAME_TAGS.contains(w.tag())) {
                    capitalised.add(w.lower());
                }
            }
        }
        return new CaseEvidence(capitalised, lower, standalone);
    }

    /**
     * Whether the sentence is a title-case headline ("Trump Sends Top Envoy to Russia"): most of its longer
     * words capitalised, and either no full stop at its end ("Diplomatic Activity in Geneva") or at least two
     * capitalised ordinary words (ones the articles also write in lower case), most ordinary words being
     * capitalised. A sentence dense with names ("U.S. Trade Representative Jamieson Greer met ...") is no
     * headline.
     */
    boolean headline(List<Word> words) {
        int content = 0;
        int capitals = 0;
        int ordinary = 0;
        int ordinaryCapitals = 0;
        for (Word w : words) {
            if (w.punctuation() || w.text().length() < 3 || !w.text().codePoints().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '’' || c == '-')) {
                continue;
            }
            content++;
            capitals += w.capitalised() ? 1 : 0;
            if (!w.initial() && lowerCase.contains(w.lower())) {
                ordinary++;
                ordinaryCapitals += w.capitalised() ? 1 : 0;
            }
        }
        if (content < 2 || capitals * 10 < content * 6) {
            return false;
        }
        return !closed(words) || ordinaryCapitals >= 2 && ordinaryCapitals * 10 >= ordinary * 6;
    }

    /** Whether the sentence ends as running text does, with a full stop, question or exclamation mark. */
    private static boolean closed(List<Word> words) {
        for (int i = words.size() - 1; i >= 0; i--) {
            String text = words.get(i).text();
            if (!words.get(i).punctuation()) {
                return text.endsWith(".");
            }
            if (text.contains(".") || text.contains("?") || text.contains("!") || text.contains("…")) {
                return true;
            }
        }
        return false;
    }
}
