package org.framelens.annotate;

/** Whose words a stretch of text is: the outlet's own, someone it quotes, or (for a sentence) both. */
public enum Voice {
    AUTHOR, QUOTED, MIXED;

    /** The lower-case name used in JSON and reports. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
