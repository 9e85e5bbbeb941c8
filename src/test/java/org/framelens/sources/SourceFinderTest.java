package org.framelens.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.testing.Articles;
import org.framelens.testing.Examples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourceFinderTest {

    private final SourceFinder finder = new SourceFinder();
    private List<String> names;
    private List<AnnotatedArticle> examples;
    private Map<String, SourceProfile> profiles;

    @BeforeAll
    void profileTheFiveExamples() {
        Map<String, AnnotatedArticle> annotated = Examples.annotated();
        names = List.copyOf(annotated.keySet());
        examples = List.copyOf(annotated.values());
        List<SourceProfile> list = finder.profile(examples);
        profiles = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            profiles.put(names.get(i), list.get(i));
        }
    }

    private static final String[] MADE_UP = {
        "“We will not give up our land,” Oleksandr Kovalenko said.",
        "Officials said the talks would resume next week.",
        "“The talks are going nowhere,” a senior diplomat said.",
        "Kovalenko told reporters that Moscow was stalling. “They are playing for time,” he added.",
        "Critics call the plan a “capitulation”. The government has promised a decision by Friday."};

    @Test
    void findsNamedAnonymousAndPronounAttributedVoicesWithTheirSentences() {
        SourceProfile profile = finder.profile(List.of(Articles.annotated(MADE_UP))).get(0);
        assertThat(profile.voices()).containsExactly(
                new SourceVoice("Oleksandr Kovalenko", true, 2, 1, List.of(0, 3, 4)),
                new SourceVoice("officials", false, 0, 1, List.of(1)),
                new SourceVoice("a senior diplomat", false, 1, 0, List.of(2)));
        assertThat(profile.distinctVoices()).isEqualTo(3);
        assertThat(profile.namedVoices()).isEqualTo(1);
        assertThat(profile.anonymousVoices()).isEqualTo(2);
    }

    @Test
    void measuresQuotedWordsAndThoseWithoutANamedSpeaker() {
        // 55 words; quoted: 7 (Kovalenko) + 5 (diplomat) + 5 (he, i.e. Kovalenko) + 1 ("capitulation", nobody)
        SourceProfile profile = finder.profile(List.of(Articles.annotated(MADE_UP))).get(0);
        assertThat(profile.quotedShare()).isCloseTo(18.0 / 55, within(1e-9));
        assertThat(profile.unnamedQuotedShare()).isCloseTo(6.0 / 18, within(1e-9));
    }

    @Test
    void reportsNoVoicesAndNoQuotingForAnArticleInItsOwnWords() {
        SourceProfile profile = finder.profile(List.of(Articles.annotated(
                "The talks resumed on Monday in Geneva. Both delegations arrived late."))).get(0);
        assertThat(profile.voices()).isEmpty();
        assertThat(profile.quotedShare()).isZero();
        assertThat(profile.unnamedQuotedShare()).isZero();
    }

    @Test
    void givesKyivIndependentMoreVoicesThanClashReport() {
        assertThat(profiles.get("kyiv-independent").distinctVoices())
                .isGreaterThan(profiles.get("clash-report").distinctVoices());
    }

    @Test
    void namesZelenskyTheSameInEveryOutletThatLetsHimSpeak() {
        List<String> spelled = List.of("clash-report", "political-news-site", "opinion-blog").stream()
                .map(outlet -> voiceNamed(outlet, "Zelensk").name()).distinct().toList();
        assertThat(spelled).containsExactly("Volodymyr Zelensky");
    }

    @Test
    void namesTrumpAfterHisFullNameWhereAnOutletOnlyGivesHisSurname() {
        assertThat(voiceNamed("political-news-site", "Trump").name()).isEqualTo("Donald Trump");
        assertThat(voiceNamed("clash-report", "Trump").name()).isEqualTo("Donald Trump");
    }

    @Test
    void mergesUshakovSpelledYuriElsewhereWithTheNewsSitesYury() {
        // The Bulwark names "Yuri Ushakov" without a reporting verb the annotator knows, so he is no speaker
        // there; an article that does quote him under that spelling must join the news site's voice.
        List<AnnotatedArticle> withYuri = new ArrayList<>(examples);
        withYuri.add(Articles.annotated("“The talks were useful,” Yuri Ushakov said."));
        List<SourceProfile> list = finder.profile(withYuri);
        String newsSite = list.get(names.indexOf("political-news-site")).voices().stream()
                .filter(v -> v.name().contains("Ushakov")).findFirst().orElseThrow().name();
        assertThat(list.get(list.size() - 1).voices()).extracting(SourceVoice::name).containsExactly(newsSite);
    }

    @Test
    void countsAnalystsAsAnonymous() {
        assertThat(voiceNamed("kyiv-independent", "analysts").named()).isFalse();
        assertThat(voiceNamed("opinion-blog", "analysts").named()).isFalse();
        assertThat(voiceNamed("kyiv-independent", "Mathers").named()).isTrue();
    }

    @Test
    void leavesOutTheOutletNamingItself() {
        assertThat(profiles.get("kyiv-independent").voices()).extracting(SourceVoice::name)
                .noneMatch(name -> name.contains("Kyiv Independent"));
    }

    @Test
    void givesEveryVoiceAsManySentencesAsItCountsQuotesAndParaphrases() {
        for (SourceProfile profile : profiles.values()) {
            for (SourceVoice voice : profile.voices()) {
                assertThat(voice.sentences()).hasSize(voice.total()).isSorted().doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void givesTheSameProfilesWhateverTheOrderOfArticles() {
        List<AnnotatedArticle> reversed = new ArrayList<>(examples);
        Collections.reverse(reversed);
        List<SourceProfile> again = new ArrayList<>(finder.profile(reversed));
        Collections.reverse(again);
        assertThat(again).containsExactlyElementsOf(profiles.values());
    }

    private SourceVoice voiceNamed(String outlet, String part) {
        return profiles.get(outlet).voices().stream().filter(v -> v.name().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError(outlet + " has no voice named like " + part));
    }
}
