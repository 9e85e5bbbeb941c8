package org.framelens.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.framelens.article.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PullQuoteRuleTest {

    private static final String PARAGRAPH =
            "“We simply could not wait any longer,” Ruiz told reporters after the vote, adding that patience in Riverton has run out.";

    @ParameterizedTest
    @ValueSource(strings = {"“We simply could not wait any longer.”", "\"We simply could not wait any longer.\"",
            "'WE SIMPLY COULD NOT WAIT ANY LONGER!'", "Patience in Riverton has run out."})
    void dropsAPullQuoteThatRepeatsAParagraph(String pullQuote) {
        Article article = MadeUpPage.titled().opening().line(pullQuote).closing().line(PARAGRAPH).clean();

        assertThat(MadeUpPage.reasonFor(article, pullQuote)).contains("pull quote (repeats the article text)");
        assertThat(article.paragraphs()).contains(PARAGRAPH);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“This is a good day for Riverton.”|a quotation said only once",
            "“We could not wait.”|a repeated quotation of only four words"})
    void keepsQuotationsThatAreNotPullQuotes(String quote, String why) {
        Article article = MadeUpPage.titled().opening().line(quote).closing().line(PARAGRAPH)
                .line("“We could not wait,” another member said.").clean();

        assertThat(article.paragraphs()).as(why).contains(quote);
    }
}
