package org.framelens.prospect;

import java.util.Locale;

/** How a sentence frames the chances of the subject. */
public enum Prospect {
    /** Presents the subject as moving forward or likely to succeed. */
    OPTIMISTIC,
    /** Presents the subject as stalling, failing or unlikely to succeed. */
    PESSIMISTIC,
    /** Speaks of the subject's course or chances without leaning either way. */
    NEUTRAL,
    /** Does not speak of the subject's chances. */
    NONE;

    /** The lower-case name used in JSON and reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The label read back from its lower-case name. */
    public static Prospect of(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
}
