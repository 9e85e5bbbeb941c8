package org.framelens.loaded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.framelens.annotate.AnnotatedArticle;
import org.framelens.annotate.Voice;
import org.framelens.testing.Articles;
import org.junit.jupiter.api.Test;

class LoadedProfileTest {

    private static final LoadedLanguageFinder FINDER = new LoadedLanguageFinder();

    /**
     * 17 words: "The frantic talks ended" (4), "It was a massive failure the envoy said" (8, of which the first 5
     * are quoted), "Officials met again on Tuesday" (5). Own words: 17 - 5 = 12. Cues: "frantic" (own voice)
     * and "massive" (quoted). Per 1,000 words: 2 / 17 * 1000 = 117.65; own voice: 1 / 12 * 1000 = 83.33.
     */
    @Test
    void countsLoadedWordsPerThousandWordsAndPerThousandOwnWords() {
        AnnotatedArticle article = Articles.annotated("The frantic talks ended.",
                "\u201cIt was a massive failure,\u201d the envoy said.", "Officials met again on Tuesday.");
        LoadedProfile profile = FINDER.profile(article);
        assertThat(profile.words()).isEqualTo(17);
        assertThat(profile.ownWords()).isEqualTo(12);
        assertThat(profile.cues()).extracting(LoadedCue::text).containsExactly("frantic", "massive");
        assertThat(profile.per1k()).isCloseTo(117.65, within(0.01));
        assertThat(profile.authorPer1k()).isCloseTo(83.33, within(0.01));
        assertThat(profile.counts().get(LoadedKind.SUBJECTIVE)).isEqualTo(2);
        assertThat(profile.counts().get(LoadedKind.LABEL)).isZero();
        assertThat(profile.count(LoadedKind.SUBJECTIVE, Voice.QUOTED)).isEqualTo(1);
        assertThat(profile.authorCount()).isEqualTo(1);
    }

    @Test
    void givesZeroRatesForAnArticleWithoutWords() {
        LoadedProfile profile = FINDER.profile(Articles.annotated("..."));
        assertThat(profile.per1k()).isZero();
        assertThat(profile.authorPer1k()).isZero();
        assertThat(profile.counts()).containsOnlyKeys(LoadedKind.values());
    }
}
