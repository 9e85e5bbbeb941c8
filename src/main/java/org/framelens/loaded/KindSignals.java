package org.framelens.loaded;

import java.util.List;

/**
 * The figures an article-kind judgement rests on, each counted in the outlet's own voice unless said otherwise.
 *
 * @param firstPerson first-person words (I, we, my, our)
 * @param firstPersonViews first-person statements of a view, as written ("I think", "we must", "in my view")
 * @param authorLoadedPer1k loaded words (subjective words, labels, scare quotes, mind reading) per 1,000 of the
 *        outlet's own words; first person and rhetoric are counted apart
 * @param rhetoricalQuestions rhetorical questions
 * @param exclamations exclamations
 * @param namedSources distinct named sources the article attributes words to, in order of first mention
 * @param quotedShare share of all words that lie inside quotation marks, 0 to 1
 * @param predictions forecasts of outcomes, as written ("the war is virtually certain to continue into 2026")
 * @param explainers explainer signposts, as written ("explains why", "What's next")
 */
public record KindSignals(int firstPerson, List<String> firstPersonViews, double authorLoadedPer1k, int rhetoricalQuestions, int exclamations,
                          List<String> namedSources, double quotedShare, List<String> predictions,
                          List<String> explainers) {

    public KindSignals {
        firstPersonViews = List.copyOf(firstPersonViews);
        namedSources = List.copyOf(namedSources);
        predictions = List.copyOf(predictions);
        explainers = List.copyOf(explainers);
    }

    /** Explainer signposts and forecasts together: how much the piece interprets in its own voice. */
    public int interpretation() {
        return explainers.size() + predictions.size();
    }

    /** Rhetorical questions and exclamations together. */
    public int rhetoric() {
        return rhetoricalQuestions + exclamations;
    }
}
