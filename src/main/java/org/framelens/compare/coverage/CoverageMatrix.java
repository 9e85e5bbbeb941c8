package org.framelens.compare.coverage;

import java.util.List;
import java.util.Optional;

/**
 * Who mentions what: the most shared people, organisations, places, events and numbers of the coverage,
 * each with the sentences of every outlet that mention it, ordered by how many outlets mention it, then
 * by kind, then by label.
 *
 * @param outlets the outlets compared, in the order given
 * @param items the items, most shared first
 */
public record CoverageMatrix(List<String> outlets, List<CoverageItem> items) {

    public CoverageMatrix {
        outlets = List.copyOf(outlets);
        items = List.copyOf(items);
    }

    /** The items of one kind, in matrix order. */
    public List<CoverageItem> items(CoverageItem.Kind kind) {
        return items.stream().filter(i -> i.kind() == kind).toList();
    }

    /** The items the outlet leaves out while most others include them, in matrix order. */
    public List<CoverageItem> leftOutBy(String outlet) {
        return items.stream().filter(i -> i.leftOutBy().contains(outlet)).toList();
    }

    /** The item with this label, if the matrix holds one. */
    public Optional<CoverageItem> item(String label) {
        return items.stream().filter(i -> i.label().equals(label)).findFirst();
    }
}
