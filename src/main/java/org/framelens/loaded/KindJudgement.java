package org.framelens.loaded;

import java.util.List;

/**
 * Whether an article reads as news, analysis or opinion, with the reasons as plain sentences a teacher can read
 * out, deciding reasons first, and the figures behind them.
 *
 * @param kind the judgement
 * @param reasons plain sentences, such as "Uses the first person 6 times in its own voice."
 * @param signals the figures the reasons cite
 */
public record KindJudgement(ArticleKind kind, List<String> reasons, KindSignals signals) {

    public KindJudgement {
        reasons = List.copyOf(reasons);
    }
}
