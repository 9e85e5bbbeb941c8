package org.framelens.compare.rank;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks outlets on any measure with standard competition ranking ("1, 2, 2, 4"): outlets with equal values
 * share the better rank and the next rank is skipped. Values within a billionth of each other (relative to
 * their size) count as equal, so that figures computed in different orders still tie. Outlets without a
 * value (null or NaN) come last, sharing one rank.
 */
public final class Ranking {

    private static final double TOLERANCE = 1e-9;

    private Ranking() {
    }

    /**
     * The rank of each outlet, from 1, in the order the outlets are given.
     *
     * @param outlets the outlet names, all different
     * @param values one value per outlet, in the same order; null or NaN where there is none
     * @param highestFirst whether the highest value ranks first (otherwise the lowest does)
     */
    public static Map<String, Integer> rank(List<String> outlets, List<Double> values, boolean highestFirst) {
        if (outlets.size() != values.size()) {
            throw new IllegalArgumentException("ranking needs one value per outlet: " + outlets.size() + " outlets, "
                    + values.size() + " values");
        }
        if (new HashSet<>(outlets).size() != outlets.size()) {
            throw new IllegalArgumentException("ranking needs different outlet names: " + outlets);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < outlets.size(); i++) {
            order.add(i);
        }
        Comparator<Integer> byValue = Comparator.comparingDouble(i -> values.get(i));
        Comparator<Integer> known = highestFirst ? byValue.reversed() : byValue;
        order.sort(Comparator.comparing((Integer i) -> missing(values.get(i))).thenComparing((a, b) ->
                missing(values.get(a)) ? 0 : known.compare(a, b)));
        Integer[] ranks = new Integer[outlets.size()];
        for (int position = 0; position < order.size(); position++) {
            int i = order.get(position);
            if (position > 0 && ties(values.get(order.get(position - 1)), values.get(i))) {
                ranks[i] = ranks[order.get(position - 1)];
            } else {
                ranks[i] = position + 1;
            }
        }
        Map<String, Integer> result = new LinkedHashMap<>();
        for (int i = 0; i < outlets.size(); i++) {
            result.put(outlets.get(i), ranks[i]);
        }
        return Collections.unmodifiableMap(result);
    }

    private static boolean missing(Double value) {
        return value == null || value.isNaN();
    }

    private static boolean ties(Double a, Double b) {
        if (missing(a) || missing(b)) {
            return missing(a) && missing(b);
        }
        double scale = Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
        return Math.abs(a - b) <= TOLERANCE * scale;
    }
}
