package org.framelens.report.pdf;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which rows hold the highest and the lowest figure of one table column, judged on the figures as printed, so
 * outlets that print the same figure are marked alike. Every tied row is marked; nothing is marked when there is
 * only one row with a figure or all print the same, since then nothing stands out.
 *
 * @param highest indices of the rows with the highest figure
 * @param lowest indices of the rows with the lowest figure
 */
record ColumnExtremes(Set<Integer> highest, Set<Integer> lowest) {

    ColumnExtremes {
        highest = Set.copyOf(highest);
        lowest = Set.copyOf(lowest);
    }

    /**
     * The extremes of a column.
     *
     * @param values the figures, one per row; rows whose figure is not a finite number are never marked
     * @param printed the figures as printed, one per row; rows printing the same text are tied
     */
    static ColumnExtremes of(List<Double> values, List<String> printed) {
        if (values.size() != printed.size()) {
            throw new IllegalArgumentException(values.size() + " figures but " + printed.size() + " printed");
        }
        int high = -1;
        int low = -1;
        for (int i = 0; i < values.size(); i++) {
            double value = values.get(i);
            if (!Double.isFinite(value)) {
                continue;
            }
            if (high < 0 || value > values.get(high)) {
                high = i;
            }
            if (low < 0 || value < values.get(low)) {
                low = i;
            }
        }
        if (high < 0 || printed.get(high).equals(printed.get(low))) {
            return new ColumnExtremes(Set.of(), Set.of());
        }
        return new ColumnExtremes(printedAs(values, printed, printed.get(high)),
                printedAs(values, printed, printed.get(low)));
    }

    private static Set<Integer> printedAs(List<Double> values, List<String> printed, String figure) {
        Set<Integer> rows = new TreeSet<>();
        for (int i = 0; i < printed.size(); i++) {
            if (Double.isFinite(values.get(i)) && printed.get(i).equals(figure)) {
                rows.add(i);
            }
        }
        return rows;
    }
}
