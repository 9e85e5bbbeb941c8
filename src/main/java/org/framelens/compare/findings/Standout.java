package org.framelens.compare.findings;

import java.util.List;

/**
 * Outlets that stand clearly apart at one end of a measure, and the nearest value among the rest.
 *
 * @param members the standing-out outlets, the most extreme first (ties by name)
 * @param next the value of the nearest outlet that does not stand out
 * @param rest every other outlet, nearest first
 */
record Standout(List<OutletValue> members, double next, List<OutletValue> rest) {

    Standout {
        members = List.copyOf(members);
        rest = List.copyOf(rest);
    }

    /** Whether exactly one outlet stands out. */
    boolean single() {
        return members.size() == 1;
    }

    /** The outlet names, in order. */
    List<String> names() {
        return members.stream().map(OutletValue::outlet).toList();
    }

    /** The mean value of the standing-out outlets. */
    double mean() {
        return members.stream().mapToDouble(OutletValue::value).average().orElse(0);
    }
}
