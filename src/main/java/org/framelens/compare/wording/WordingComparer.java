package org.framelens.compare.wording;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.CosineSimilarity;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.lexicon.WordList;

/**
 * Compares how alike outlets word the story: Commons Text's cosine similarity between their term counts
 * (lower-case words without function words and numbers, plus pairs of adjacent content words), and the
 * distinctive terms each pair shares. Alike wording says two texts echo each other, not that either is right.
 */
public final class WordingComparer {

    /** How many shared terms are kept per pair of outlets. */
    public static final int SHARED_TERMS = 5;

    private static final CosineSimilarity COSINE = new CosineSimilarity();

    private final TermCounter counter;
    private final SharedTerms sharedTerms;

    /** A comparer counting single words and adjacent pairs of content words. */
    public WordingComparer() {
        this(true);
    }

    /** A comparer counting single words, and adjacent pairs of content words if {@code pairs}. */
    public WordingComparer(boolean pairs) {
        this.counter = new TermCounter(WordList.set(WordingComparer.class, "/org/framelens/compare/stop-words.txt"), pairs);
        this.sharedTerms = new SharedTerms(SHARED_TERMS, WordList.set(WordingComparer.class, "common-words.txt"));
    }

    /** The similarity matrix and shared terms of the articles, one per outlet, outlets in the order given. */
    public WordingSimilarity compare(List<AnnotatedArticle> articles) {
        List<String> outlets = articles.stream().map(a -> a.article().outlet()).toList();
        if (new HashSet<>(outlets).size() != outlets.size()) {
            throw new IllegalArgumentException("two articles have the same outlet name: " + outlets);
        }
        List<Map<CharSequence, Integer>> counts = new ArrayList<>();
        Map<String, Integer> outletsUsing = new HashMap<>();
        for (AnnotatedArticle article : articles) {
            Map<CharSequence, Integer> terms = counter.count(article);
            counts.add(terms);
            terms.keySet().forEach(t -> outletsUsing.merge(t.toString(), 1, Integer::sum));
        }
        int n = outlets.size();
        double[][] values = new double[n][n];
        Map<String, List<String>> shared = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            values[i][i] = 1.0;
            for (int j = i + 1; j < n; j++) {
                double value = counts.get(i).isEmpty() || counts.get(j).isEmpty() ? 0.0
                        : COSINE.cosineSimilarity(counts.get(i), counts.get(j));
                values[i][j] = value;
                values[j][i] = value;
                shared.put(WordingSimilarity.pairKey(i, j), sharedTerms.between(counts.get(i), counts.get(j), outletsUsing, n));
            }
        }
        return new WordingSimilarity(outlets, values, shared);
    }
}
