package org.framelens.loaded;

/**
 * Tells whether words in a sentence are attributed to a source ("Mathers said", "according to analysts",
 * "per Zelensky"), using the annotator's speaker, the reporting words of {@code attribution.txt} and, for
 * quotations only, the naming verbs of {@code naming-verbs.txt} ("called the strike “barbaric”").
 */
final class Attribution {

    private final WordMatcher reporting;
    private final WordMatcher naming;

    Attribution() {
        this.reporting = WordMatcher.load(null, "attribution.txt");
        this.naming = WordMatcher.load(null, "naming-verbs.txt");
    }

    /** Whether the sentence reports what a source said or claims, anywhere outside quotation marks. */
    boolean inSentence(SentenceText text) {
        return text.sentence().speaker() != null || reports(text);
    }

    /** Whether a reporting word ("said", "according to", "warns") stands outside quotation marks. */
    boolean reports(SentenceText text) {
        return reporting.occursUnquoted(text);
    }

    /**
     * Whether a quotation from token {@code first} to {@code last} is attributed: a reporting or naming word
     * outside quotation marks stands anywhere before it in the sentence ("he opined that it would be
     * “senseless”") or within {@code after} tokens after it ("a “cynical terror” response, per Zelensky").
     */
    boolean quotationAttributed(SentenceText text, int first, int last, int after) {
        for (WordMatcher matcher : new WordMatcher[] {reporting, naming}) {
            for (WordMatcher.Match m : matcher.find(text)) {
                if (text.tokens().get(m.first()).quoted()) {
                    continue;
                }
                if (m.last() < first || m.first() > last && m.first() <= last + after) {
                    return true;
                }
            }
        }
        return false;
    }
}
