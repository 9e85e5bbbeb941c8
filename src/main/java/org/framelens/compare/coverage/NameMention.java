package org.framelens.compare.coverage;

/**
 * One name as a sentence writes it, titles taken off, with what the sentence says about what it names.
 *
 * @param name the name ("Steve Witkoff", "Witkoff", "Razumkov Center")
 * @param sentence index of the sentence
 * @param titled whether a title or role stood before it ("special envoy Steve Witkoff"): a person
 * @param afterPlacePreposition whether "in", "at", "from" or "to" stood straight before it: perhaps a place
 * @param describedAsPlace whether a place noun ends it or describes it ("Pokrovsk, a key town")
 * @param properNoun whether the tagger read at least one of its words as a proper noun
 * @param afterArticle whether "the" stood before it and it is not a modifier of a following noun ("told the Kyiv
 *     Independent", but not "the Trump administration"): not a person's name
 */
record NameMention(String name, int sentence, boolean titled, boolean afterPlacePreposition, boolean describedAsPlace,
                   boolean properNoun, boolean afterArticle) {
}
