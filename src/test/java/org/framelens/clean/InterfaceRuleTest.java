package org.framelens.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.framelens.article.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InterfaceRuleTest {

    private static final String REASON = "page interface (logo, reading time, buttons, counters)";

    @ParameterizedTest
    @ValueSource(strings = {"7 min read", "3 minute read", "Reading time: 4 minutes", "12 MIN READ",
            "Video thumbnail", "Advertisement", "Advertisement banner", "Sponsored", "Cover Image", "Image",
            "Photo", "Share", "Share this article", "Listen to this article", "Subscribe", "Sign up",
            "Read more", "Continue reading", "Print", "Email", "Follow us", "Follow us on Facebook",
            "Guardian logo", "The Daily Planet logo", "211", "1,204", "42 comments", "1.2K shares", "15 views",
            "Share »", "Subscribe:", "___", "* * *", "TechDaily Sign in Newsletters", "About us | Contact | Privacy",
            "Menu Search Sign in", "Riverton Gazette · Subscribe · Log in", "Like this:", "Like Loading...",
            "Reuse this content"})
    void dropsInterfaceStringsInsideTheArticle(String line) {
        Article article = MadeUpPage.titled().opening().line(line).closing().clean();

        assertThat(MadeUpPage.reasonFor(article, line)).contains(REASON);
        assertThat(article.paragraphs()).doesNotContain(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Share prices in the water company fell sharply after the announcement, traders said.",
            "Subscribers to the town's newsletter will get weekly updates on the works.",
            "The logo of the new water authority was unveiled on Monday.",
            "Print and online editions of the plan are available at the library.",
            "What's next", "Top Secret", "Politics and Business", "Sign in to vote", "Follow the Money"})
    void keepsSentencesThatMerelyStartWithAButtonWord(String sentence) {
        Article article = MadeUpPage.titled().opening().line(sentence).closing().clean();

        assertThat(article.paragraphs()).contains(sentence);
    }
}
