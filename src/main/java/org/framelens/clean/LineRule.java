package org.framelens.clean;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A cleaning rule that decides each kept block on its own (with the whole page to look at). */
interface LineRule extends BlockRule {

    /** Why the kept block at {@code index} should go, or empty to keep it. */
    Optional<RemovalReason> reasonToRemove(Page page, int index);

    @Override
    default Map<Integer, RemovalReason> judge(Page page) {
        Map<Integer, RemovalReason> removals = new LinkedHashMap<>();
        for (int index : page.keptIndices()) {
            reasonToRemove(page, index).ifPresent(reason -> removals.put(index, reason));
        }
        return removals;
    }
}
