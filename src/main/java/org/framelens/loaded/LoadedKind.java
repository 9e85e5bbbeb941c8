package org.framelens.loaded;

import java.util.Locale;

/** The kinds of loaded language framelens tells apart, each a way a text carries its writer's attitude. */
public enum LoadedKind {
    /**
     * Subjective or intensifying words: evaluative adjectives and adverbs (frantic, bleak, shameful, utterly,
     * massive), emotive nouns (carnage, gloom) and coloured verbs (slammed, touts).
     */
    SUBJECTIVE,
    /** Labels and name-calling for people, governments, plans or events: dictator, puppet regime, thug, sham. */
    LABEL,
    /**
     * A word or two set in quotation marks in the outlet's own sentence to distance the writer from it
     * (“liberated”, “peace process”), or a distancing word such as so-called; not a quotation attributed to a
     * source.
     */
    SCARE_QUOTE,
    /** A question its asker does not expect answered, or whose answer is implied rather than given. */
    RHETORICAL_QUESTION,
    /** An exclamation mark, in the outlet's own voice or in a quotation. */
    EXCLAMATION,
    /** First-person words in the outlet's own voice: I think, in my view, we must, our. */
    FIRST_PERSON,
    /** What someone wants, thinks, believes or fears, stated as fact in the outlet's own voice: "Putin wants". */
    MIND_READING;

    /** The lower-case name used in JSON and reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the kind is a choice of words (subjective words, labels, scare quotes, mind reading), as opposed to
     * a device of address (questions, exclamations, first person) that the article-kind judgement counts apart.
     */
    public boolean isWordChoice() {
        return this == SUBJECTIVE || this == LABEL || this == SCARE_QUOTE || this == MIND_READING;
    }

    /** A short plain-English name for reports: "scare quotes", "mind reading". */
    public String description() {
        return switch (this) {
            case SUBJECTIVE -> "subjective words";
            case LABEL -> "labels and name-calling";
            case SCARE_QUOTE -> "scare quotes";
            case RHETORICAL_QUESTION -> "rhetorical questions";
            case EXCLAMATION -> "exclamations";
            case FIRST_PERSON -> "first person";
            case MIND_READING -> "mind reading";
        };
    }
}
