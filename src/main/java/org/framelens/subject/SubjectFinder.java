package org.framelens.subject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.annotate.Sentence;
import org.framelens.annotate.Token;
import org.framelens.lexicon.WordList;

/**
 * Finds what a set of articles is about: the general negotiation words of {@code subject-terms.txt} plus the
 * noun phrases built on them that most outlets share ("peace plan", "peace talks"); or the user's own terms.
 */
public final class SubjectFinder {

    private static final int MOST_PHRASES = 5;

    private final Set<String> generalTerms;

    public SubjectFinder() {
        this.generalTerms = new LinkedHashSet<>(WordList.lines(SubjectFinder.class, "subject-terms.txt"));
    }

    /** The subject: the user's terms when given, else the general terms and the phrases the articles share. */
    public Subject find(List<AnnotatedArticle> articles, List<String> given) {
        if (!given.isEmpty()) {
            return new Subject(given.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty())
                    .distinct().toList(), List.of(), true);
        }
        Map<String, Set<Integer>> outletsByPhrase = new HashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            for (Sentence sentence : articles.get(a).sentences()) {
                for (String phrase : phrasesIn(sentence.tokens())) {
                    outletsByPhrase.computeIfAbsent(phrase, k -> new HashSet<>()).add(a);
                    uses.merge(phrase, 1, Integer::sum);
                }
            }
        }
        int needed = Math.max(2, (articles.size() + 1) / 2);
        List<String> shared = outletsByPhrase.keySet().stream()
                .filter(p -> outletsByPhrase.get(p).size() >= Math.min(needed, articles.size()))
                .sorted(Comparator.comparingInt((String p) -> -outletsByPhrase.get(p).size())
                        .thenComparingInt(p -> -uses.get(p))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(MOST_PHRASES)
                .toList();
        List<String> terms = new ArrayList<>(shared);
        terms.addAll(generalTerms);
        return new Subject(terms, shared, false);
    }

    /** Two-word noun phrases whose head is a general subject word: "peace plan", "28-point plan". */
    private List<String> phrasesIn(List<Token> tokens) {
        List<String> phrases = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            Token head = tokens.get(i);
            Token modifier = tokens.get(i - 1);
            if (head.hasTag("NOUN") && generalTerms.contains(SubjectMatcher.singular(head.lower()))
                    && (modifier.hasTag("NOUN") || modifier.hasTag("ADJ") || modifier.hasTag("NUM"))
                    && modifier.isWord() && !generalTerms.contains(SubjectMatcher.singular(modifier.lower()))) {
                phrases.add(modifier.lower() + " " + SubjectMatcher.singular(head.lower()));
            }
        }
        return phrases;
    }
}
