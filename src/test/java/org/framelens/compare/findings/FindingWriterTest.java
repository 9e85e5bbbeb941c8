package org.framelens.compare.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.framelens.compare.findings.OutletFigures.comparison;
import static org.framelens.compare.findings.OutletFigures.outlet;

import java.util.List;
import org.framelens.compare.Comparison;
import org.framelens.loaded.ArticleKind;
import org.framelens.measure.OutletProfile;
import org.junit.jupiter.api.Test;

class FindingWriterTest {

    private final FindingWriter writer = new FindingWriter();

    private List<String> texts(Comparison comparison) {
        return writer.findings(comparison).stream().map(Finding::text).toList();
    }

    @Test
    void saysOneOutletHedgedLeastAndAssertedMostWhenItDoesBothClearly() {
        // hedges 4.0 against 10.0 next (2.5x, 6 apart); boosters 9.0 against 4.0 next (2.25x, 5 apart)
        List<Finding> findings = writer.findings(comparison(
                outlet("Alpha").hedges(4.0, 9.0), outlet("Beta").hedges(10.0, 3.0), outlet("Gamma").hedges(12.0, 4.0)));

        assertThat(findings).containsExactly(new Finding(
                "Alpha hedged least and asserted most in its own words (4.0 hedges and 9.0 boosters per 1,000 own words).",
                "Own-voice hedges and boosters per 1,000 own words"));
    }

    @Test
    void namesTheClearlyHeaviestHedgerOnItsOwn() {
        // 15.0 against 9.0 next: 1.67x and 6 apart
        assertThat(texts(comparison(outlet("Alpha").hedges(15.0, 3.0), outlet("Beta").hedges(9.0, 3.0),
                outlet("Gamma").hedges(8.0, 3.0))))
                .containsExactly("Alpha hedged most (15.0 hedges per 1,000 own words; next 9.0).");
    }

    @Test
    void staysSilentWhenTheHighestHedgerIsLessThanHalfAgainTheNext() {
        // 12.0 against 9.0 is 1.33x: a near tie, not a finding
        assertThat(writer.findings(comparison(outlet("Alpha").hedges(12.0, 3.0), outlet("Beta").hedges(9.0, 3.0),
                outlet("Gamma").hedges(8.0, 3.0)))).isEmpty();
    }

    @Test
    void namesTheMostHopefulAndMostPessimisticFramingWhenBothGapsAreClear() {
        // +0.45 is 0.45 above 0.00; -0.60 is 0.60 below 0.00
        List<Finding> findings = writer.findings(comparison(
                outlet("Alpha").prospect(0.45), outlet("Beta").prospect(0.0), outlet("Gamma").prospect(-0.60)));

        assertThat(findings).containsExactly(new Finding("Alpha framed the chances of the peace plan most hopefully "
                + "(prospect score +0.45); Gamma most pessimistically (\u22120.60).", "Prospect, all sentences"));
    }

    @Test
    void neverCallsANegativeScoreHopeful() {
        // -0.10 is 0.40 above -0.50; -0.55 is only 0.05 below -0.50
        assertThat(texts(comparison(outlet("Alpha").prospect(-0.10), outlet("Beta").prospect(-0.50),
                outlet("Gamma").prospect(-0.55))))
                .containsExactly("Alpha framed the chances of the peace plan least pessimistically "
                        + "(prospect score \u22120.10; next \u22120.50).");
    }

    @Test
    void staysSilentWhenProspectScoresAreLessThanThreeTenthsApart() {
        assertThat(writer.findings(comparison(outlet("Alpha").prospect(0.40), outlet("Beta").prospect(0.20),
                outlet("Gamma").prospect(0.05)))).isEmpty();
    }

    @Test
    void namesTheOutletsQuotingTheMostAndFewestVoices() {
        // 17 against 11 (1.55x, 6 more); 1 against 4 (4x, 3 fewer)
        assertThat(writer.findings(comparison(outlet("Alpha").voices(17, 15), outlet("Beta").voices(11, 11),
                outlet("Gamma").voices(7, 5), outlet("Delta").voices(4, 3), outlet("Epsilon").voices(1, 1))))
                .containsExactly(new Finding("Alpha quoted or paraphrased the most voices (17); Epsilon the fewest (1).",
                        "Voices named / unnamed"));
    }

    @Test
    void staysSilentWhenVoiceCountsAreClose() {
        assertThat(writer.findings(comparison(outlet("Alpha").voices(12, 12), outlet("Beta").voices(9, 9),
                outlet("Gamma").voices(8, 8)))).isEmpty();
    }

    @Test
    void setsTwoLoadedOutletsAgainstTheClearlyPlainestOne() {
        // top two 37.0 and 33.5 (33.5 is 2.9x the next 11.5); mean 35.25 / 2.4 = 14.7, about 15 times
        assertThat(writer.findings(comparison(outlet("Clash").loaded(2.4), outlet("Bulwark").loaded(37.0),
                outlet("Kyiv").loaded(9.0), outlet("Blog").loaded(33.5), outlet("Site").loaded(11.5))))
                .containsExactly(new Finding("Bulwark and Blog used loaded words about 15 times as often as Clash "
                        + "(37.0 and 33.5 against 2.4 per 1,000 words).", "Loaded words per 1,000"));
    }

    @Test
    void setsLoadedOutletsAgainstTheRestWhenNoneIsClearlyPlainest() {
        // top two mean 29.0; the rest 10.0, 9.0 and 8.0, mean 9.0: 3.2x, about 3 times
        assertThat(texts(comparison(outlet("Alpha").loaded(30.0), outlet("Beta").loaded(28.0),
                outlet("Gamma").loaded(10.0), outlet("Delta").loaded(9.0), outlet("Epsilon").loaded(8.0))))
                .containsExactly("Alpha and Beta used loaded words about 3 times as often as the other outlets "
                        + "(30.0 and 28.0 against 8.0–10.0 per 1,000 words).");
    }

    @Test
    void printsFiguresThatRoundAlikeOnce() {
        // 22.46% and 22.49% both print as 22.5%; 22.46% is 3.3x the next 6.7%
        assertThat(texts(comparison(outlet("Site").quoted(0.2246), outlet("Kyiv").quoted(0.2249),
                outlet("Bulwark").quoted(0.0672), outlet("Blog").quoted(0.055), outlet("Clash").quoted(0.0307))))
                .containsExactly("Kyiv and Site quoted others most (words inside quotation marks: 22.5% each; next "
                        + "6.7%).");
    }

    @Test
    void printsSharesToOneDecimalAsTheTablesDo() {
        // 21.8% is 3.2x the next 6.7%
        assertThat(texts(comparison(outlet("Site").quoted(0.2246), outlet("Kyiv").quoted(0.2179),
                outlet("Bulwark").quoted(0.0672), outlet("Blog").quoted(0.055), outlet("Clash").quoted(0.0307))))
                .containsExactly("Site and Kyiv quoted others most (words inside quotation marks: 22.5% and 21.8%; "
                        + "next 6.7%).");
    }

    @Test
    void namesTheOutletsThatReadAsOpinion() {
        assertThat(texts(comparison(outlet("Alpha"), outlet("Beta").kind(ArticleKind.OPINION),
                outlet("Gamma").kind(ArticleKind.ANALYSIS), outlet("Delta").kind(ArticleKind.OPINION),
                outlet("Epsilon"))))
                .containsExactly("Beta and Delta read as opinion; the other 3 outlets as news or analysis.");
    }

    @Test
    void comparesTwoOutletsWithComparativesRatherThanSuperlatives() {
        List<String> findings = texts(comparison(
                outlet("Alpha").hedges(4.0, 9.0).prospect(0.5).voices(12, 10),
                outlet("Beta").hedges(10.0, 3.0).prospect(-0.2).voices(3, 3)));

        assertThat(findings).containsExactly(
                "Alpha hedged less and asserted more than Beta in its own words (hedges 4.0 against 10.0, boosters 9.0 "
                        + "against 3.0 per 1,000 own words).",
                "Alpha framed the chances of the peace plan more hopefully than Beta (prospect score +0.50 against "
                        + "\u22120.20).",
                "Alpha quoted or paraphrased more voices than Beta (12 against 3).");
    }

    @Test
    void describesASingleOutletWithoutComparingIt() {
        assertThat(texts(comparison(outlet("Alpha").prospect(-0.45).voices(4, 3).kind(ArticleKind.OPINION))))
                .containsExactly(
                        "The one outlet, Alpha, framed the chances of the peace plan pessimistically (prospect score "
                                + "\u22120.45).",
                        "The one outlet, Alpha, quoted or paraphrased 4 voices, 3 of them named.",
                        "The one outlet, Alpha, reads as opinion.");
    }

    @Test
    void findsNothingWithoutOutletsOrWhenAllFiguresMatch() {
        assertThat(writer.findings(comparison())).isEmpty();
        assertThat(writer.findings(comparison(outlet("Alpha"), outlet("Beta"), outlet("Gamma")))).isEmpty();
    }

    @Test
    void keepsTheFirstFiveTypesInPriorityOrderWhenEverythingStandsOut() {
        Comparison everything = comparison(
                outlet("Alpha").hedges(4.0, 9.0).prospect(0.6).voices(20, 20).loaded(40.0).quoted(0.40)
                        .kind(ArticleKind.OPINION),
                outlet("Beta"), outlet("Gamma"), outlet("Delta"));

        assertThat(writer.findings(everything)).extracting(Finding::measure).containsExactly(
                "Own-voice hedges and boosters per 1,000 own words", "Prospect, all sentences", "Voices named / unnamed",
                "Loaded words per 1,000", "Share quoted");
    }

    @Test
    void givesTheSameFindingsWhateverTheOrderOfOutlets() {
        OutletFigures[] outlets = {outlet("Alpha").loaded(30.0).voices(2, 2), outlet("Beta").loaded(30.0),
                outlet("Gamma").prospect(-0.5), outlet("Delta").kind(ArticleKind.OPINION)};
        Comparison given = comparison(outlets);
        Comparison reversed = comparison(outlets[3], outlets[2], outlets[1], outlets[0]);

        List<Finding> first = writer.findings(given);
        assertThat(first).isNotEmpty().isEqualTo(writer.findings(reversed));
        assertThat(first.get(0).text()).startsWith("Gamma framed");
        assertThat(first).extracting(Finding::text)
                .anyMatch(t -> t.startsWith("Alpha and Beta used loaded words about 3 times as often"));
    }

    @Test
    void namesAnOutletWithoutANameAsSuch() {
        OutletProfile unnamed = outlet(" ").voices(20, 20).profile();
        OutletProfile other = outlet("Beta").voices(3, 3).profile();
        Comparison comparison = new Comparison("0.1.0", OutletFigures.REPORT_DATE, List.of(),
                List.of(unnamed, other), List.of());

        assertThat(texts(comparison))
                .containsExactly("(outlet not named) quoted or paraphrased more voices than Beta (20 against 3).");
    }
}
