package org.framelens.compare.coverage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One person, organisation, place, event or counted number in the coverage, with the sentences of each
 * outlet that mention it and the outlets that leave it out while most others include it.
 *
 * @param kind what sort of thing it is
 * @param label how the report names it ("Steve Witkoff", "28-point peace plan")
 * @param mentions for every outlet, in outlet order, the indices of its sentences that mention the item
 *     (empty when it does not)
 * @param leftOutBy the outlets, in outlet order, that do not mention it although at least half of the other
 *     outlets (and at least two) do
 */
public record CoverageItem(Kind kind, String label, Map<String, List<Integer>> mentions, List<String> leftOutBy) {

    /** What sort of thing an item is. */
    public enum Kind {
        /** A person ("Steve Witkoff"). */
        PERSON,
        /** An organisation or institution ("Council on Foreign Relations", "NATO", "Kremlin"). */
        ORGANISATION,
        /** A country, city, region or other place ("Geneva", "Donbas"). */
        PLACE,
        /** A named event ("Alaska summit", "Istanbul talks"). */
        EVENT,
        /** A number with what it counts ("100,000 troops", "28-point plan"). */
        NUMBER,
        /** A name the texts do not show to be a person's, an organisation's or a place's. */
        NAME;

        /** The lower-case name used in JSON and reports. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public CoverageItem {
        Map<String, List<Integer>> copy = new LinkedHashMap<>();
        mentions.forEach((outlet, sentences) -> copy.put(outlet, List.copyOf(sentences)));
        mentions = java.util.Collections.unmodifiableMap(copy);
        leftOutBy = List.copyOf(leftOutBy);
    }

    /** The sentences of one outlet that mention the item; empty if none does or the outlet is unknown. */
    public List<Integer> mentions(String outlet) {
        return mentions.getOrDefault(outlet, List.of());
    }

    /** Whether the outlet mentions the item at all. */
    public boolean mentionedBy(String outlet) {
        return !mentions(outlet).isEmpty();
    }

    /** The number of outlets that mention the item. */
    public int outletCount() {
        return (int) mentions.values().stream().filter(s -> !s.isEmpty()).count();
    }

    /** The number of sentences, over all outlets, that mention the item. */
    public int sentenceCount() {
        return mentions.values().stream().mapToInt(List::size).sum();
    }
}
