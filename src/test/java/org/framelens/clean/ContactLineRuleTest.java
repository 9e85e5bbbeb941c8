package org.framelens.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.framelens.article.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactLineRuleTest {

    private static final String REASON = "contact and subscription lines";

    @ParameterizedTest
    @ValueSource(strings = {
            "Contact the reporter at jdoe@rivertontribune.com or 555-301-2244. Follow her on X @janedoe_rt.",
            "Follow her on X @janedoe_rt.",
            "Follow the Gazette's coverage of the water works at https://riverton-gazette.example/water.",
            "Have a story? Email news@northerndispatch.example",
            "Email news@northerndispatch.example",
            "Send your story to the Gazette's newsroom at news@riverton-gazette.example",
            "Got a tip? Call our newsroom on (020) 7946 0123.",
            "You can reach Ana Ruiz at +44 20 7946 0958 or on Bluesky @anaruiz.bsky",
            "Subscribe today for unlimited access to local news.",
            "Support local journalism: become a member from $5 a month",
            "Sign up for our morning newsletter"})
    void dropsContactAndSubscriptionLines(String line) {
        Article article = MadeUpPage.titled().opening().closing().line(line).clean();

        assertThat(MadeUpPage.reasonFor(article, line)).contains(REASON);
        assertThat(article.paragraphs()).doesNotContain(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Board member Alan Cho, who could not attend the session, said in an email that he would review the plan.",
            "The fake bills were sent from billing@riverton-water.example, the council warned residents on Monday.",
            "Residents who want to follow the debate can watch the meetings online, the mayor's office said.",
            "The council received 1,842 letters in favour and 611 against, a spokesman said on Tuesday.",
            "Turnout was 12 400 000 votes in 2025-2026, according to the state electoral office and the council.",
            "Ana Ruiz, who wrote about the leaks in a widely shared post on X, said the vote was long overdue.",
            "In a post on X, @rivertonmayor called the vote a turning point and thanked residents for their patience.",
            "The full report, published at https://riverton.example/report, says the pipes date from 1920.",
            "Police urged anyone with information about the burst main to call 555-301-2244.",
            "\"Call us on 555-301-2244 if your water is brown,\" the utility's spokeswoman said."})
    void keepsSentencesThatMerelyMentionMailOrNumbers(String sentence) {
        Article article = MadeUpPage.titled().opening().line(sentence).closing().clean();

        assertThat(article.paragraphs()).contains(sentence);
    }
}
