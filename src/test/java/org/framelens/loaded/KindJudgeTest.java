package org.framelens.loaded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.testing.Articles;
import org.framelens.testing.Examples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KindJudgeTest {

    private static final LoadedLanguageFinder FINDER = new LoadedLanguageFinder();
    private static final KindJudge JUDGE = new KindJudge();
    private static Map<String, AnnotatedArticle> examples;

    @BeforeAll
    static void annotate() {
        examples = Examples.annotated();
    }

    private static KindJudgement judge(String name) {
        AnnotatedArticle article = examples.get(name);
        return JUDGE.judge(article, FINDER.profile(article));
    }

    @Test
    void readsTheBulwarkColumnAsOpinion() {
        KindJudgement j = judge("the-bulwark");
        assertThat(j.kind()).isEqualTo(ArticleKind.OPINION);
        assertThat(j.reasons().get(0)).startsWith("Loaded words in its own voice:");
        assertThat(j.reasons()).anyMatch(r -> r.startsWith("Predicts outcomes in its own voice"));
    }

    @Test
    void readsTheOpinionBlogAsOpinion() {
        assertThat(judge("opinion-blog").kind()).isEqualTo(ArticleKind.OPINION);
    }

    @Test
    void readsClashReportAsNews() {
        KindJudgement j = judge("clash-report");
        assertThat(j.kind()).isEqualTo(ArticleKind.NEWS);
        assertThat(j.reasons()).contains("Never uses the first person in its own voice.");
    }

    /**
     * A round-up of what Trump, Lavrov, Haass and four newspapers said, with a question headline and one
     * "clearly" of its own: it reports other people's judgements, so it reads as news rather than analysis.
     */
    @Test
    void readsThePoliticalRoundUpAsNews() {
        KindJudgement j = judge("political-news-site");
        assertThat(j.kind()).isEqualTo(ArticleKind.NEWS);
        assertThat(j.signals().namedSources().size()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void readsTheKyivIndependentExplainerAsAnalysis() {
        KindJudgement j = judge("kyiv-independent");
        assertThat(j.kind()).isEqualTo(ArticleKind.ANALYSIS);
        assertThat(j.signals().explainers()).contains("explains why");
        assertThat(j.reasons().get(0)).startsWith("Signposts an explainer:");
        assertThat(j.signals().namedSources().size()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void comparesEachLoadedRateWithTheNewsArticlesOfTheSet() {
        List<AnnotatedArticle> articles = new ArrayList<>(examples.values());
        List<KindJudgement> all = JUDGE.judgeAll(articles, articles.stream().map(FINDER::profile).toList());
        assertThat(all).extracting(KindJudgement::kind).containsExactly(ArticleKind.NEWS, ArticleKind.ANALYSIS,
                ArticleKind.OPINION, ArticleKind.NEWS, ArticleKind.OPINION);
        assertThat(all.get(4).reasons()).anyMatch(r -> r.matches(
                "Loaded words in its own voice: \\d+ per 1,000 of its own words \\(news articles in this set: .+ to .+\\)\\."));
    }

    @Test
    void readsAFirstPersonColumnWithRhetoricAsOpinion() {
        AnnotatedArticle column = Articles.annotated(
                "I have covered these talks for years.",
                "I think this plan is going nowhere, and we should say so plainly.",
                "Is anyone surprised that Moscow keeps stalling? Nobody in Kyiv was.",
                "Our leaders must stop pretending otherwise!");
        KindJudgement j = JUDGE.judge(column, FINDER.profile(column));
        assertThat(j.kind()).isEqualTo(ArticleKind.OPINION);
        assertThat(j.reasons()).anyMatch(r -> r.startsWith("Uses the first person"));
    }

    @Test
    void readsACalmOpEdThatStatesItsViewsInTheFirstPersonAsOpinion() {
        AnnotatedArticle opEd = Articles.annotated(
                "The trade talks resume in Brussels on Monday.",
                "In my view, both sides have more to gain from a deal than they say in public.",
                "I believe the tariffs have already cost farmers on both sides a great deal.",
                "Negotiators met for six hours last week, according to officials.");
        KindJudgement j = JUDGE.judge(opEd, FINDER.profile(opEd));
        assertThat(j.signals().authorLoadedPer1k()).isLessThan(10);
        assertThat(j.kind()).isEqualTo(ArticleKind.OPINION);
        assertThat(j.reasons().get(0)).contains("stating views: \u2018In my view\u2019, \u2018I believe\u2019");
    }

    @Test
    void keepsAPlainFirstPersonDispatchAsNews() {
        AnnotatedArticle dispatch = Articles.annotated(
                "I spoke to residents of the village on Tuesday.",
                "\u201cThe shelling stopped at dawn,\u201d said Olena Kovalenko, a teacher.",
                "We also reached the district governor, Petro Ivanenko.",
                "\u201cWe are repairing the power lines,\u201d Ivanenko said.",
                "Our team counted 14 damaged houses.");
        KindJudgement j = JUDGE.judge(dispatch, FINDER.profile(dispatch));
        assertThat(j.signals().firstPerson()).isGreaterThanOrEqualTo(3);
        assertThat(j.kind()).isEqualTo(ArticleKind.NEWS);
    }

    @org.junit.jupiter.api.Test
    void thePagesOwnLabelSettlesTheKind() {
        org.framelens.article.Article article = new org.framelens.article.Article("column.txt",
                new org.framelens.article.ArticleMetadata("Gazette", "Fares will rise", null, false, null, null),
                java.util.List.of("Fares will rise", "The merger was approved on Monday, officials said."),
                java.util.List.of(new org.framelens.article.Removal("date and byline line", "By Dan Okafor\nOpinion columnist"),
                        new org.framelens.article.Removal("reader comments and comment form", "Leave a comment")));
        org.framelens.annotate.AnnotatedArticle annotated = org.framelens.testing.Articles.ANNOTATOR.annotate(article);
        KindJudgement judged = new KindJudge().judge(annotated, new LoadedLanguageFinder().profile(annotated));
        org.assertj.core.api.Assertions.assertThat(judged.kind()).isEqualTo(ArticleKind.OPINION);
        org.assertj.core.api.Assertions.assertThat(judged.reasons().get(0)).isEqualTo("The page itself labels it: \u201cOpinion columnist\u201d.");
    }
}
