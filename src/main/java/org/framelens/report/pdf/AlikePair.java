package org.framelens.report.pdf;

import java.util.Optional;
import org.framelens.compare.wording.WordingSimilarity;

/**
 * A pair of outlets and how alike their wording is, to name the most and the least alike pair of a similarity
 * matrix in words.
 *
 * @param first position of one outlet in the matrix (the smaller)
 * @param second position of the other outlet in the matrix (the larger)
 * @param value their similarity, 0 to 1
 */
record AlikePair(int first, int second, double value) {

    /** The pair with the highest similarity, the first in row order on a tie; empty with fewer than two outlets. */
    static Optional<AlikePair> most(WordingSimilarity wording) {
        return extreme(wording, true);
    }

    /** The pair with the lowest similarity, the first in row order on a tie; empty with fewer than two outlets. */
    static Optional<AlikePair> least(WordingSimilarity wording) {
        return extreme(wording, false);
    }

    private static Optional<AlikePair> extreme(WordingSimilarity wording, boolean highest) {
        double[][] values = wording.values();
        AlikePair best = null;
        for (int i = 0; i < values.length; i++) {
            for (int j = i + 1; j < values.length; j++) {
                double value = values[i][j];
                if (best == null || (highest ? value > best.value() : value < best.value())) {
                    best = new AlikePair(i, j, value);
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
