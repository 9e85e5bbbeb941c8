package org.framelens.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.framelens.article.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditLineRuleTest {

    private static final String REASON = "reporting credits or copyright notice";

    @ParameterizedTest
    @ValueSource(strings = {"Reporting by Jane Smith; Editing by Mark Jones",
            "Additional reporting by the Gazette newsroom.",
            "Copyright 2025 The Associated Press. All rights reserved.",
            "© 2025 Riverside Gazette", "Edited by Tom Baker",
            "(Reporting by Anna Kessler in Berlin; Editing by Peter Holm)",
            "(Reporting by Anna Kessler in Geneva and Tomás Ribeiro in Brasilia; Additional reporting by Marc Duval in Paris; Editing by Peter Holm and Sandra Maler)",
            "[Additional reporting by Marc Duval]", "TechDaily © 2025 | About us | Contact",
            "Riverton Gazette, copyright 2024",
            "Associated Press writer Dee-Ann Durbin contributed to this report.",
            "Ana Ruiz in Ashford contributed reporting."})
    void dropsCreditsAndCopyrightLines(String line) {
        Article article = MadeUpPage.titled().opening().closing().line(line).clean();

        assertThat(MadeUpPage.reasonFor(article, line)).contains(REASON);
        assertThat(article.paragraphs()).doesNotContain(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Reporting by local journalists first revealed the cost overrun in March, and the council later confirmed the figures at a public meeting attended by dozens of residents.",
            "Copyright holders of the old bridge photographs have agreed to let the museum show them.",
            "(The council said reporting by residents had helped it find the worst leaks.)",
            "The photographs, © the city archive, will go on show in the library next spring.",
            "Dozens of volunteers contributed to this report's findings, the council said."})
    void keepsSentencesThatOnlyStartLikeACredit(String sentence) {
        Article article = MadeUpPage.titled().opening().line(sentence).closing().clean();

        assertThat(article.paragraphs()).contains(sentence);
    }
}
