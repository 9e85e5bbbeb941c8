package org.framelens.clean;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Keeps only the first copy of a line the page prints more than once (a repeated headline, say). */
final class RepeatedLineRule implements BlockRule {

    private static final String TITLE_KEY = "\u0000title";

    @Override
    public Map<Integer, RemovalReason> judge(Page page) {
        Set<String> seen = new HashSet<>();
        Map<Integer, RemovalReason> removals = new LinkedHashMap<>();
        for (int index : page.keptIndices()) {
            String text = page.text(index);
            String key = page.matchesTitle(text) ? TITLE_KEY : text.strip().replaceAll("\\s+", " ");
            if (!seen.add(key)) {
                removals.put(index, RemovalReason.REPEATED_LINE);
            }
        }
        return removals;
    }
}
