package org.framelens.compare.coverage;

/**
 * A mention of an event or a number, grouped with others by its key.
 *
 * @param kind EVENT or NUMBER
 * @param key what makes two mentions one item ("28-point"; "100000 troop"); for events, the name part is
 *     still to be replaced by its merged name's label
 * @param label the mention as written ("28-point peace plan", "100,000 troops")
 * @param name for an event, the name in it ("Alaska" in "Alaska summit"), else null
 * @param sentence index of the sentence
 */
record KeyedMention(CoverageItem.Kind kind, String key, String label, String name, int sentence) {
}
