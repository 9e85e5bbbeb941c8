package org.framelens.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.framelens.article.Removal;
import org.junit.jupiter.api.Test;

class PdfParagraphsTest {

    private static final char P = PdfParagraphs.PARAGRAPH_MARK;
    private static final char PAGE = PdfParagraphs.PAGE_MARK;

    @Test
    void joinsLinesOfAParagraphAndBreaksWhereTheExtractorSawOne() {
        String text = PAGE + "" + P + "The envoy left for Moscow on Wednesday, officials\n"
                + "said after a week of talks in Geneva that ended\n"
                + "late.\n"
                + P + "Negotiators will meet again next week in a new\n"
                + "format, two diplomats said on Thursday evening.\n";

        assertThat(PdfParagraphs.rebuild(text).paragraphs()).containsExactly(
                "The envoy left for Moscow on Wednesday, officials said after a week of talks in Geneva that ended late.",
                "Negotiators will meet again next week in a new format, two diplomats said on Thursday evening.");
    }

    @Test
    void mendsWordsHyphenatedAcrossLinesOnlyBeforeALowerCaseLetter() {
        String text = "The nego-\ntiations between U.S.-\nRussian teams and anti-\nAmerican critics in 2025-\n2026 went on.";

        assertThat(PdfParagraphs.rebuild(text).paragraphs()).containsExactly(
                "The negotiations between U.S.-Russian teams and anti-American critics in 2025-2026 went on.");
    }

    @Test
    void breaksAfterABlankLine() {
        assertThat(PdfParagraphs.rebuild("First line of text\n\nSecond line of text").paragraphs())
                .containsExactly("First line of text", "Second line of text");
    }

    @Test
    void breaksAfterAShortLineThatEndsASentence() {
        String text = "A full line of text that runs the width of the column\n"
                + "and ends here.\n"
                + "Another full line of text that runs the width of it\n"
                + "and goes on to the end of the column, then stops.\n";

        assertThat(PdfParagraphs.rebuild(text).paragraphs()).containsExactly(
                "A full line of text that runs the width of the column and ends here.",
                "Another full line of text that runs the width of it and goes on to the end of the column, then stops.");
    }

    @Test
    void keepsGoingAfterAFullLineThatEndsASentence() {
        String text = "A full line of text that runs the width of the column.\n"
                + "The next sentence continues the same paragraph on\n"
                + "and on to the end of the column, then it stops.\n";

        assertThat(PdfParagraphs.rebuild(text).paragraphs()).hasSize(1);
    }

    @Test
    void breaksAfterAShortHeadlineFollowedByACapital() {
        String text = "Envoy heads to Moscow\n"
                + "The special envoy left for Moscow on Wednesday, said\n"
                + "officials who spoke on condition of anonymity today.\n";

        assertThat(PdfParagraphs.rebuild(text).paragraphs()).containsExactly("Envoy heads to Moscow",
                "The special envoy left for Moscow on Wednesday, said officials who spoke on condition of anonymity today.");
    }

    @Test
    void continuesAParagraphAcrossAPageBreakAndDropsThePageNumber() {
        String text = PAGE + "" + P + "The envoy left for Moscow on Wednesday, officials\n"
                + "said after a week of talks in Geneva that\n"
                + P + "1\n"
                + PAGE + P + "ended without agreement on the main points.\n"
                + P + "2\n";

        PdfText pdf = PdfParagraphs.rebuild(text);

        assertThat(pdf.paragraphs()).containsExactly("The envoy left for Moscow on Wednesday, officials said after "
                + "a week of talks in Geneva that ended without agreement on the main points.");
        assertThat(pdf.removed()).containsExactly(new Removal("page number", "1"), new Removal("page number", "2"));
    }

    @Test
    void keepsNumbersThatAreNotAloneAtThePageEdge() {
        String text = PAGE + "Votes in favour of the motion, counted by hand:\n211\nVotes against it: 12 of them.\n";

        PdfText pdf = PdfParagraphs.rebuild(text);

        assertThat(pdf.paragraphs()).containsExactly("Votes in favour of the motion, counted by hand: 211",
                "Votes against it: 12 of them.");
        assertThat(pdf.removed()).isEmpty();
    }

    @Test
    void hasNoParagraphsForTextThatIsOnlyWhitespaceAndMarks() {
        assertThat(PdfParagraphs.rebuild(PAGE + "" + P + "\n \n" + PAGE + "\n").paragraphs()).isEmpty();
    }
}
