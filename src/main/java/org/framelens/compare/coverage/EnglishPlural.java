package org.framelens.compare.coverage;

/** Crude English singulars, enough to make "troops" and "troop", "provinces" and "province" one key. */
final class EnglishPlural {

    private EnglishPlural() {
    }

    /** The word with a plural ending taken off: "countries" is "country", "troops" is "troop", "ss" stays. */
    static String singular(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
