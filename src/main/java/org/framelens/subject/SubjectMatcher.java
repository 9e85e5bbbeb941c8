package org.framelens.subject;

import java.util.List;
import java.util.Locale;
import org.framelens.annotate.Token;

/** Tells whether a sentence names the subject, matching its terms word by word, singular or plural. */
public final class SubjectMatcher {

    private final List<List<String>> terms;

    public SubjectMatcher(Subject subject) {
        this.terms = subject.terms().stream()
                .map(t -> List.of(t.toLowerCase(Locale.ROOT).split("\\s+")).stream().map(SubjectMatcher::singular).toList())
                .toList();
    }

    /** Whether any subject term occurs among the tokens. */
    public boolean mentions(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            for (List<String> term : terms) {
                if (matchesAt(tokens, i, term)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(List<Token> tokens, int start, List<String> term) {
        if (start + term.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < term.size(); k++) {
            if (!singular(tokens.get(start + k).lower()).equals(term.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** A crude singular for matching subject words: "talks" to "talk", "negotiations" to "negotiation". */
    public static String singularOf(String word) {
        return singular(word);
    }

    static String singular(String word) {
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
