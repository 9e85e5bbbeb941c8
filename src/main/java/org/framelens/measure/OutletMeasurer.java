package org.framelens.measure;

import java.util.ArrayList;
import java.util.List;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.annotate.Sentence;
import org.framelens.annotate.Token;
import org.framelens.annotate.Voice;

/** Measures one outlet's article: its cues, and rates per 1,000 words overall and in its own voice. */
public final class OutletMeasurer {

    private final CueFinder cues;

    public OutletMeasurer(CueFinder cues) {
        this.cues = cues;
    }

    /** The profile of one annotated article. */
    public OutletProfile measure(AnnotatedArticle article) {
        List<Cue> found = new ArrayList<>();
        int words = 0;
        int quotedWords = 0;
        for (Sentence sentence : article.sentences()) {
            found.addAll(cues.find(sentence));
            for (Token token : sentence.tokens()) {
                if (token.isWord()) {
                    words++;
                    if (token.quoted()) {
                        quotedWords++;
                    }
                }
            }
        }
        int ownWords = words - quotedWords;
        OutletMetrics metrics = new OutletMetrics(words, article.sentences().size(),
                perThousand(count(found, CueCategory.HEDGE, null), words),
                perThousand(count(found, CueCategory.BOOSTER, null), words),
                perThousand(count(found, CueCategory.HEDGE, Voice.AUTHOR), ownWords),
                perThousand(count(found, CueCategory.BOOSTER, Voice.AUTHOR), ownWords),
                words == 0 ? 0.0 : (double) quotedWords / words);
        return new OutletProfile(article, metrics, found);
    }

    private static long count(List<Cue> cues, CueCategory category, Voice voice) {
        return cues.stream().filter(c -> c.category() == category && (voice == null || c.voice() == voice)).count();
    }

    /** A count as a rate per 1,000 words; 0 when there are no words. */
    static double perThousand(long count, int words) {
        return words == 0 ? 0.0 : count * 1000.0 / words;
    }
}
