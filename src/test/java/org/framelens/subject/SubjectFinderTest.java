package org.framelens.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.testing.Articles;
import org.framelens.testing.Examples;
import org.junit.jupiter.api.Test;

class SubjectFinderTest {

    private final SubjectFinder finder = new SubjectFinder();

    @Test
    void findsThePhraseTheOutletsShareAndKeepsTheGeneralTerms() {
        List<AnnotatedArticle> articles = List.of(
                Articles.annotated("The trade deal was signed in Brussels.", "Farmers oppose the trade deal."),
                Articles.annotated("Critics say the trade deal favours carmakers."),
                Articles.annotated("The union backed the wage deal on Friday."));
        Subject subject = finder.find(articles, List.of());
        assertThat(subject.given()).isFalse();
        assertThat(subject.phrases()).containsExactly("trade deal");
        assertThat(subject.name()).isEqualTo("trade deal");
        assertThat(subject.terms()).contains("trade deal", "deal", "talk", "ceasefire");
    }

    @Test
    void theUsersTermsReplaceWhatFramelensWouldFind() {
        Subject subject = finder.find(List.of(Articles.annotated("The trade deal was signed.")), List.of(" Bridge ", "vote"));
        assertThat(subject.given()).isTrue();
        assertThat(subject.terms()).containsExactly("bridge", "vote");
        assertThat(subject.phrases()).isEmpty();
    }

    @Test
    void findsThePeacePlanInTheExamples() {
        Subject subject = finder.find(new ArrayList<>(Examples.annotated().values()), List.of());
        assertThat(subject.name()).isEqualTo("peace plan");
    }

    @Test
    void matchesTermsSingularOrPlural() {
        SubjectMatcher matcher = new SubjectMatcher(new Subject(List.of("peace plan", "talk"), List.of(), true));
        assertThat(matcher.mentions(Articles.annotated("The talks resumed.").sentences().get(0).tokens())).isTrue();
        assertThat(matcher.mentions(Articles.annotated("Both peace plans failed.").sentences().get(0).tokens())).isTrue();
        assertThat(matcher.mentions(Articles.annotated("The plan failed.").sentences().get(0).tokens())).isFalse();
    }
}
