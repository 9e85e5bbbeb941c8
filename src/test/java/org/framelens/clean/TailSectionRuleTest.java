package org.framelens.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.framelens.article.Article;
import org.framelens.article.Removal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TailSectionRuleTest {

    private static final String COMMENTS = "reader comments and comment form";
    private static final String RELATED = "related articles";
    private static final String TOPICS = "topic tags";
    private static final String CREDITS = "reporting credits or copyright notice";
    private static final String INTERFACE = "page interface (logo, reading time, buttons, counters)";

    @ParameterizedTest
    @ValueSource(strings = {"5 Comments", "Leave a comment", "Leave a Reply", "Comments", "Join the conversation",
            "Show comments", "Comments (12)", "4 thoughts on “Riverton council approves water plan”"})
    void dropsACommentSectionAtTheEndOfThePage(String marker) {
        String comment = "This is exactly what our street has been waiting for. Thank you for covering it.";
        Article article = MadeUpPage.titled().opening().closing().line(marker).line("Jane R.").line(comment).clean();

        assertThat(MadeUpPage.reasonFor(article, marker)).contains(COMMENTS);
        assertThat(MadeUpPage.reasonFor(article, comment)).contains(COMMENTS);
        assertThat(article.paragraphs()).endsWith(MadeUpPage.CLOSING.get(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Related Articles", "Related", "More from Riverton Gazette", "Read next",
            "You may also like", "Recommended"})
    void dropsARelatedArticlesBlockAtTheEndOfThePage(String marker) {
        String teaser = "Ashford votes down sewer tax";
        String snippet = "Residents of Ashford rejected the proposal by a wide margin on...";
        Article article = MadeUpPage.titled().opening().closing().line(marker).line(teaser).line(snippet).clean();

        assertThat(MadeUpPage.reasonFor(article, teaser)).contains(RELATED);
        assertThat(MadeUpPage.reasonFor(article, snippet)).contains(RELATED);
        assertThat(article.paragraphs()).endsWith(MadeUpPage.CLOSING.get(2));
    }

    @Test
    void givesEachTailSectionItsOwnReason() {
        Article article = MadeUpPage.titled().opening().closing()
                .line("Leave a Reply")
                .line("Your email address will not be published. Required fields are marked *")
                .line("Related Articles")
                .line("Ashford votes down sewer tax")
                .clean();

        List<Removal> tail = article.removed();
        assertThat(tail).extracting(Removal::reason).containsExactly(COMMENTS, RELATED);
        assertThat(tail.get(0).text())
                .isEqualTo("Leave a Reply\nYour email address will not be published. Required fields are marked *");
        assertThat(tail.get(1).text()).isEqualTo("Related Articles\nAshford votes down sewer tax");
    }

    @Test
    void keepsASentenceThatMerelyMentionsComments() {
        String sentence = "Comments by the minister were welcomed.";
        Article article = MadeUpPage.titled().opening().line(sentence).closing().clean();

        assertThat(article.paragraphs()).contains(sentence);
        assertThat(article.paragraphs()).endsWith(MadeUpPage.CLOSING.toArray(String[]::new));
    }

    @Test
    void keepsTheArticleAfterASingleWordMarkerThatRealParagraphsFollow() {
        Article article = MadeUpPage.titled().opening().line(MadeUpPage.CLOSING.get(0)).line("Related")
                .line(MadeUpPage.CLOSING.get(1)).line(MadeUpPage.CLOSING.get(2)).clean();

        assertThat(article.paragraphs()).endsWith(MadeUpPage.CLOSING.get(1), MadeUpPage.CLOSING.get(2));
    }

    @Test
    void keepsTheArticleAfterAMarkerNearTheTopOfThePage() {
        Article article = MadeUpPage.titled().line(MadeUpPage.HEADLINE).line("Leave a comment")
                .line(MadeUpPage.OPENING.get(0)).line(MadeUpPage.OPENING.get(1)).closing().clean();

        assertThat(article.paragraphs()).contains(MadeUpPage.OPENING.get(1));
        assertThat(article.paragraphs()).endsWith(MadeUpPage.CLOSING.get(2));
    }

    @Test
    void dropsTopicTagsAndTheMostViewedListThatCloseAPage() {
        Article article = MadeUpPage.titled().opening().closing()
                .line("Explore more on these topics").line("Water").line("Riverton").line("Local government")
                .line("news").line("Share").line("Reuse this content")
                .line("Most viewed")
                .line("Thousands evacuated as wildfires spread across southern Australia")
                .line("Live / Ukraine war live: Zelenskyy to meet European leaders in London")
                .line("Why are so many young people giving up alcohol?")
                .clean();

        assertThat(article.paragraphs()).endsWith(MadeUpPage.CLOSING.get(2));
        assertThat(article.removed()).extracting(Removal::reason).containsExactly(TOPICS, INTERFACE, RELATED);
        assertThat(article.removed().get(0).text()).startsWith("Explore more on these topics\nWater").endsWith("news");
        assertThat(article.removed().get(1).text()).isEqualTo("Share\nReuse this content");
        assertThat(article.removed().get(2).text()).startsWith("Most viewed\n")
                .endsWith("Why are so many young people giving up alcohol?");
    }

    @Test
    void dropsABlogsRelatedPostTagsAndSharingAboveItsComments() {
        Article article = MadeUpPage.titled().opening().closing()
                .line("Share this:").line("Twitter").line("Facebook")
                .line("Like this:").line("Like Loading...")
                .line("Related").line("Pipe repairs stall over cost").line("March 6, 2025").line("In \"Local news\"")
                .line("Tags: water, Riverton, council")
                .line("2 thoughts on “Riverton council approves water plan”")
                .line("Rick P.").line("Good for them. The new pipes are long overdue in our street.")
                .clean();

        assertThat(article.paragraphs()).endsWith(MadeUpPage.CLOSING.get(2));
        assertThat(MadeUpPage.reasonFor(article, "Like this:")).contains("page interface (logo, reading time, buttons, counters)");
        assertThat(MadeUpPage.reasonFor(article, "Like Loading...")).contains("page interface (logo, reading time, buttons, counters)");
        assertThat(MadeUpPage.reasonFor(article, "Pipe repairs stall over cost")).contains(RELATED);
        assertThat(MadeUpPage.reasonFor(article, "In \"Local news\"")).contains(RELATED);
        assertThat(MadeUpPage.reasonFor(article, "Tags: water, Riverton, council")).contains(TOPICS);
        assertThat(MadeUpPage.reasonFor(article, "Rick P.")).contains(COMMENTS);
    }

    @Test
    void dropsATagsLineThatEndsAPage() {
        Article article = MadeUpPage.titled().opening().closing().line("Tags: water, Riverton, council").clean();

        assertThat(MadeUpPage.reasonFor(article, "Tags: water, Riverton, council")).contains(TOPICS);
    }

    @Test
    void givesACopyrightLineInsideATailItsOwnReason() {
        String copyright = "Copyright 2025 Riverton Gazette. All rights reserved.";
        Article article = MadeUpPage.titled().opening().closing()
                .line("Related topics").line("Water").line("Riverton")
                .line("More on this story").line("Ashford votes down sewer tax").line("Published").line("12 May")
                .line(copyright)
                .clean();

        assertThat(article.removed()).extracting(Removal::reason).containsExactly(TOPICS, RELATED, CREDITS);
        assertThat(article.removed().get(2).text()).isEqualTo(copyright);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tagged birds were released near the reservoir in March, the trust said.",
            "Topics on the agenda included pensions, pay and the new pipes."})
    void keepsSentencesThatStartLikeATopicMarker(String sentence) {
        Article article = MadeUpPage.titled().opening().closing().line(sentence).clean();

        assertThat(article.paragraphs()).endsWith(sentence);
    }

    @Test
    void keepsTheArticleAboveAFurnitureOnlyGapBeforeTheComments() {
        Article article = MadeUpPage.titled().opening().line("Related").closing()
                .line("Share").line("5 Comments").line("Jane R.")
                .line("This is exactly what our street has been waiting for. Thank you for covering it.")
                .clean();

        assertThat(article.paragraphs()).endsWith(MadeUpPage.CLOSING.toArray(String[]::new));
    }
}
