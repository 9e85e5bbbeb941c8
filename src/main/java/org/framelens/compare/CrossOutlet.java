package org.framelens.compare;

import java.util.List;
import java.util.Map;
import org.framelens.compare.coverage.CoverageMatrix;
import org.framelens.compare.wording.WordingSimilarity;

/**
 * What can only be seen by setting the outlets side by side.
 *
 * @param ranks per measure (as named in the JSON), each outlet's rank, 1 for the highest value
 * @param wording how alike the outlets' wording is, pair by pair, with the words they share
 * @param coverage the people, places, numbers and events each outlet mentions or leaves out
 */
public record CrossOutlet(Map<String, Map<String, Integer>> ranks, WordingSimilarity wording, CoverageMatrix coverage) {

    /** Nothing compared (one outlet, or a comparison built by hand). */
    public static final CrossOutlet NONE = new CrossOutlet(Map.of(),
            new WordingSimilarity(List.of(), new double[0][0], Map.of()), new CoverageMatrix(List.of(), List.of()));

    public CrossOutlet {
        ranks = Map.copyOf(ranks);
    }
}
