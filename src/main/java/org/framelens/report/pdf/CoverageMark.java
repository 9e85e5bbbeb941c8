package org.framelens.report.pdf;

import java.util.ArrayList;
import java.util.List;
import org.framelens.compare.coverage.CoverageItem;

/** What the coverage matrix prints for one outlet and one item: a mention, an omission, or nothing. */
enum CoverageMark {
    /** The outlet mentions the item. */
    MENTIONED,
    /** The outlet never mentions the item although most others do. */
    LEFT_OUT,
    /** The outlet does not mention the item, and too few others do to call that an omission. */
    ABSENT;

    /** The mark of the outlet the matrix names {@code rawName}. */
    static CoverageMark of(CoverageItem item, String rawName) {
        if (item.mentionedBy(rawName)) {
            return MENTIONED;
        }
        return item.leftOutBy().contains(rawName) ? LEFT_OUT : ABSENT;
    }

    /** The marks of the item for each outlet, in the order of {@code rawNames}. */
    static List<CoverageMark> row(CoverageItem item, List<String> rawNames) {
        List<CoverageMark> marks = new ArrayList<>();
        for (String rawName : rawNames) {
            marks.add(of(item, rawName));
        }
        return List.copyOf(marks);
    }
}
