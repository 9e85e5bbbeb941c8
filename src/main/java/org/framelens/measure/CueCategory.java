package org.framelens.measure;

/** The kinds of language cue framelens counts. */
public enum CueCategory {
    /** Withholds full commitment: may, perhaps, appears to, it is unclear whether. */
    HEDGE,
    /** Closes off alternatives: clearly, certainly, there is no doubt. */
    BOOSTER,
    /** Carries the writer's attitude: subjective words, labels, scare quotes, mind reading (see org.framelens.loaded). */
    LOADED;

    /** The lower-case name used in JSON and reports. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
