package org.framelens.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Gives every spelling of a named speaker, across all outlets compared, one display name: "Zelensky",
 * "Zelenskyy" and "Volodymyr Zelensky" all become "Volodymyr Zelensky".
 *
 * <p>Full names (with a given name) that {@link SpellingMatch} pairs are one speaker; so are surnames alone
 * that it pairs. A surname alone then joins the full name it matches, but only if it matches exactly one
 * speaker: "Trump" beside both "Donald Trump" and "Eric Trump" stays apart rather than be guessed. The display
 * name is the most frequent full form (ties alphabetical), or the most frequent spelling if no full form was
 * written. The result depends only on the set of spellings and their counts, never on their order.
 */
final class CanonicalNames {

    private final SpellingMatch match;
    private final Set<String> joiners;
    private final Set<String> suffixes;

    CanonicalNames(SpellingMatch match, Set<String> joiners, Set<String> suffixes) {
        this.match = match;
        this.joiners = joiners;
        this.suffixes = suffixes;
    }

    /** The display name of each spelling, given how many sentences use each spelling. */
    Map<String, String> resolve(Map<String, Integer> counts) {
        List<String> spellings = new ArrayList<>(new TreeSet<>(counts.keySet()));
        List<SpeakerName> names = spellings.stream().map(s -> SpeakerName.parse(s, joiners, suffixes)).toList();
        int[] parent = new int[names.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                SpeakerName a = names.get(i);
                SpeakerName b = names.get(j);
                boolean bothFull = a.full() && b.full() && match.sameSpeaker(a, b);
                boolean bothBare = !a.full() && !b.full() && match.sameSurname(a, b);
                if (bothFull || bothBare) {
                    union(parent, i, j);
                }
            }
        }
        attachSurnames(names, parent);
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        Map<String, String> canonical = new HashMap<>();
        for (List<Integer> group : groups.values()) {
            String display = displayName(group, names, counts);
            for (int i : group) {
                canonical.put(spellings.get(i), display);
            }
        }
        return Map.copyOf(canonical);
    }

    /** Joins each group of bare surnames to the one group of full names it matches, if exactly one. */
    private void attachSurnames(List<SpeakerName> names, int[] parent) {
        Map<Integer, TreeSet<Integer>> fullGroupsOfBare = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).full()) {
                continue;
            }
            TreeSet<Integer> matched = fullGroupsOfBare.computeIfAbsent(find(parent, i), k -> new TreeSet<>());
            for (int j = 0; j < names.size(); j++) {
                if (names.get(j).full() && match.sameSurname(names.get(i), names.get(j))) {
                    matched.add(find(parent, j));
                }
            }
        }
        fullGroupsOfBare.forEach((bare, full) -> {
            if (full.size() == 1) {
                union(parent, bare, full.first());
            }
        });
    }

    private static String displayName(List<Integer> group, List<SpeakerName> names, Map<String, Integer> counts) {
        boolean anyFull = group.stream().anyMatch(i -> names.get(i).full());
        return group.stream()
                .filter(i -> !anyFull || names.get(i).full())
                .map(i -> names.get(i).written())
                .min(Comparator.comparing((String s) -> -counts.get(s)).thenComparing(Comparator.naturalOrder()))
                .orElseThrow();
    }

    private static int find(int[] parent, int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        return root;
    }

    private static void union(int[] parent, int i, int j) {
        int a = find(parent, i);
        int b = find(parent, j);
        if (a != b) {
            parent[Math.max(a, b)] = Math.min(a, b);
        }
    }
}
