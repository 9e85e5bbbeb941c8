package org.framelens.compare.wording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the terms two outlets share that say most about them: used by both, and by few of the other
 * outlets. A term's weight is the geometric mean of its two dampened counts, {@code 1 + ln(count)}, times a
 * smoothed inverse outlet frequency, {@code ln((n + 1) / df)}: a name both repeat ranks high, a word every
 * outlet uses is no evidence of a pair's kinship and is left out (when more than two outlets are compared).
 * On equal weight a pair of words goes before a single word, then alphabetical order.
 */
final class SharedTerms {

    private final int limit;
    private final Set<String> commonWords;

    /**
     * @param limit how many terms to keep per pair
     * @param commonWords general words never shown as evidence, alone or in a pair
     */
    SharedTerms(int limit, Set<String> commonWords) {
        this.limit = limit;
        this.commonWords = Set.copyOf(commonWords);
    }

    /**
     * The shared terms of two outlets, most distinctive first; ties in alphabetical order. A term is skipped
     * when it overlaps one already chosen ("maximalist" after "maximalist demands").
     *
     * @param a the first outlet's term counts
     * @param b the second outlet's term counts
     * @param outletsUsing for each term, how many of all compared outlets use it
     * @param outlets how many outlets are compared
     */
    List<String> between(Map<CharSequence, Integer> a, Map<CharSequence, Integer> b,
                         Map<String, Integer> outletsUsing, int outlets) {
        List<String> common = new ArrayList<>();
        for (CharSequence term : a.keySet()) {
            boolean everyone = outlets > 2 && outletsUsing.get(term.toString()) == outlets;
            boolean general = java.util.Arrays.stream(term.toString().split(" ")).anyMatch(commonWords::contains);
            if (b.containsKey(term) && !everyone && !general) {
                common.add(term.toString());
            }
        }
        Comparator<String> byWeight = Comparator.comparingDouble((String t) -> -weight(t, a, b, outletsUsing, outlets));
        common.sort(byWeight.thenComparing(t -> -t.split(" ").length).thenComparing(Comparator.naturalOrder()));
        List<String> chosen = new ArrayList<>();
        for (String term : common) {
            if (chosen.size() == limit) {
                break;
            }
            if (chosen.stream().noneMatch(c -> overlaps(c, term))) {
                chosen.add(term);
            }
        }
        return List.copyOf(chosen);
    }

    private static double weight(String term, Map<CharSequence, Integer> a, Map<CharSequence, Integer> b,
                                 Map<String, Integer> outletsUsing, int outlets) {
        double shared = Math.sqrt((1 + Math.log(a.get(term))) * (1 + Math.log(b.get(term))));
        return shared * Math.log((outlets + 1.0) / outletsUsing.get(term));
    }

    /** Whether two terms share a word: "maximalist demands" and "demands" do. */
    private static boolean overlaps(String one, String other) {
        Set<String> words = Set.of(one.split(" "));
        for (String w : other.split(" ")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
