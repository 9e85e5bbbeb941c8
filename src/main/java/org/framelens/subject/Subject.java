package org.framelens.subject;

import java.util.List;

/**
 * What the coverage is about, as the words that name it.
 *
 * @param terms single words and phrases, lower case ("peace plan", "plan", "talks")
 * @param phrases the shared noun phrases framelens found in the articles, most shared first (empty when given)
 * @param given whether the user named the subject with --subject
 */
public record Subject(List<String> terms, List<String> phrases, boolean given) {

    public Subject {
        terms = List.copyOf(terms);
        phrases = List.copyOf(phrases);
    }

    /** A short name for the subject to print: the most shared phrase, or the first term. */
    public String name() {
        return phrases.isEmpty() ? (terms.isEmpty() ? "" : terms.get(0)) : phrases.get(0);
    }
}
