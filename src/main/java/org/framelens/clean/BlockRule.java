package org.framelens.clean;

import java.util.Map;

/** One cleaning rule: looks at the blocks a page still keeps and names those it removes, with the reason. */
interface BlockRule {

    /** The blocks (by page index) this rule removes from the page as it stands, each with its reason. */
    Map<Integer, RemovalReason> judge(Page page);
}
