package org.framelens.loaded;

import java.util.Locale;

/** How an article reads: as a news report, an analysis or explainer, or an opinion piece. */
public enum ArticleKind {
    /** Reports events and lets sources speak; the outlet's own language stays plain. */
    NEWS,
    /** Explains causes and what comes next, in the outlet's voice but built on sources. */
    ANALYSIS,
    /** Argues a view: the writer's attitude, first person or rhetoric runs through the piece. */
    OPINION;

    /** The lower-case name used in JSON and reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
