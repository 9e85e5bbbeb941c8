package org.framelens.compare.wording;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How alike every pair of outlets words the story: the cosine similarity of their term counts, and for each
 * pair the distinctive terms both use, as evidence a reader can check ("both say: maximalist, concessions").
 *
 * @param outlets the outlets, in the order given; row and column {@code i} of {@code values} is outlet {@code i}
 * @param values the symmetric matrix of similarities, from 0 (no term in common) to 1; the diagonal is 1
 * @param sharedTerms for each pair {@code i < j}, under the key {@code "i|j"} (see {@link #pairKey}), up to five
 *     terms both outlets use, the most distinctive first
 */
public record WordingSimilarity(List<String> outlets, double[][] values, Map<String, List<String>> sharedTerms) {

    public WordingSimilarity {
        outlets = List.copyOf(outlets);
        if (values.length != outlets.size()) {
            throw new IllegalArgumentException("a similarity matrix needs one row per outlet");
        }
        values = copy(values);
        for (double[] row : values) {
            if (row.length != outlets.size()) {
                throw new IllegalArgumentException("a similarity matrix needs one column per outlet");
            }
        }
        Map<String, List<String>> terms = new LinkedHashMap<>();
        sharedTerms.forEach((key, list) -> terms.put(key, List.copyOf(list)));
        sharedTerms = java.util.Collections.unmodifiableMap(terms);
    }

    /** The key of the pair of outlets at positions {@code i} and {@code j}, in either order: "0|3". */
    public static String pairKey(int i, int j) {
        return Math.min(i, j) + "|" + Math.max(i, j);
    }

    /** A copy of the matrix; the record's own is never handed out. */
    @Override
    public double[][] values() {
        return copy(values);
    }

    /** The similarity of two outlets by name. */
    public double value(String outlet, String other) {
        return values[index(outlet)][index(other)];
    }

    /** The distinctive terms two outlets share, by name, most distinctive first (empty for an outlet and itself). */
    public List<String> sharedTerms(String outlet, String other) {
        int i = index(outlet);
        int j = index(other);
        return i == j ? List.of() : sharedTerms.getOrDefault(pairKey(i, j), List.of());
    }

    private int index(String outlet) {
        int i = outlets.indexOf(outlet);
        if (i < 0) {
            throw new IllegalArgumentException("no outlet named " + outlet + " was compared");
        }
        return i;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WordingSimilarity other && outlets.equals(other.outlets)
                && Arrays.deepEquals(values, other.values) && sharedTerms.equals(other.sharedTerms);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * outlets.hashCode() + Arrays.deepHashCode(values)) + sharedTerms.hashCode();
    }

    @Override
    public String toString() {
        return "WordingSimilarity[outlets=" + outlets + ", values=" + Arrays.deepToString(values)
                + ", sharedTerms=" + sharedTerms + "]";
    }

    private static double[][] copy(double[][] matrix) {
        double[][] copy = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            copy[i] = matrix[i].clone();
        }
        return copy;
    }
}
