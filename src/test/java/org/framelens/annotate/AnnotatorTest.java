package org.framelens.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.framelens.testing.Articles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnnotatorTest {

    private static Sentence only(String paragraph) {
        List<Sentence> sentences = Articles.annotated(paragraph).sentences();
        assertThat(sentences).hasSize(1);
        return sentences.get(0);
    }

    @Test
    void keepsAnAbbreviationInsideItsSentence() {
        List<Sentence> sentences = Articles.annotated(
                "As U.S. President Donald Trump intensifies his effort, a question hangs over Kyiv. It is not answered.")
                .sentences();
        assertThat(sentences).extracting(Sentence::text).containsExactly(
                "As U.S. President Donald Trump intensifies his effort, a question hangs over Kyiv.",
                "It is not answered.");
    }

    @Test
    void keepsATimeOfDayInsideItsSentence() {
        List<Sentence> sentences = Articles.annotated(
                "The first ships were unloaded at 6 a.m. on Thursday. Talks resume next week.").sentences();
        assertThat(sentences).extracting(Sentence::text).containsExactly(
                "The first ships were unloaded at 6 a.m. on Thursday.", "Talks resume next week.");
    }

    @Test
    void quotationOverSeveralParagraphsKeepsItsSpeaker() {
        List<Sentence> sentences = Articles.annotated(
                "In a speech after the signing, the government's chief negotiator, Vera Grabe, said:",
                "\"Today we are not signing peace. We are signing the possibility of peace.",
                "\"We know the risks.\"",
                "The rebels were more guarded.").sentences();
        assertThat(sentences).extracting(Sentence::speaker)
                .containsExactly("Vera Grabe", "Vera Grabe", "Vera Grabe", "Vera Grabe", null);
    }

    @Test
    void pronounAfterANamedPersonMeansThatPerson() {
        List<Sentence> sentences = Articles.annotated(
                "\"We kept the jobs,\" said Marcy Delgado, a crane operator. Her colleague Tom Berrigan was less impressed. "
                        + "\"They bought us off,\" he said.").sentences();
        assertThat(sentences).extracting(Sentence::speaker).containsExactly("Marcy Delgado", null, "Tom Berrigan");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Brazil's chief negotiator, Rafael Monteiro, said the two sides had \"settled.\"|Rafael Monteiro",
        "Officials in Paris said the agreement would face \"a difficult vote.\"|officials in Paris",
        "Stephen Locke of Transport Focus said the uncertainty had been ‘miserable’ for commuters.|Stephen Locke",
        "A spokesperson for her ministry said the agreement was \"balanced.\"|a spokesperson for her ministry",
        "An EU negotiator, who asked not to be named, said the bloc was \"fairly confident.\"|an EU negotiator",
        "\"There is no doubt,\" said Qatar's foreign ministry spokesman Majed al-Ansari.|Majed al-Ansari",
    })
    void findsSpeakersWrittenInOtherWays(String paragraph, String speaker) {
        assertThat(only(paragraph).speaker()).isEqualTo(speaker);
    }

    @Test
    void neverJoinsSentencesAcrossParagraphs() {
        List<Sentence> sentences = Articles.annotated("The battlefield overview", "Russia advanced slowly.").sentences();
        assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 1);
    }

    @Test
    void tagsPartsOfSpeechWithUniversalTags() {
        Sentence s = only("The talks may fail.");
        assertThat(s.tokens()).extracting(Token::tag).containsExactly("DET", "NOUN", "AUX", "VERB", "PUNCT");
    }

    @Test
    void marksAuthorialSentenceWithoutSpeaker() {
        Sentence s = only("Russia has been making slow but steady advances in the south and east.");
        assertThat(s.voice()).isEqualTo(Voice.AUTHOR);
        assertThat(s.speaker()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "“Something needs to change on the ground,” international politics expert Jenny Mathers said.|Jenny Mathers",
        "\"Putin has no reason to stop now,\" Polianskii added.|Polianskii",
        "Defense expert Viktor Kevliuk warns that the situation has become \"the most threatening.\"|Viktor Kevliuk",
        "The Trump administration has failed to produce a \"coherent strategy,\" says Mykola Bielieskov, a researcher.|Mykola Bielieskov",
        "According to Oleksiy Melnyk, the co-director of a think tank, it \"seems like the plan was designed to fail.\"|Oleksiy Melnyk",
        "White House Press Secretary Karoline Leavitt said on X that \"details remain.\"|Karoline Leavitt",
        "\"This type of warfare they can sustain,\" Russian opposition politician Vladimir Milov previously told the Kyiv Independent.|Vladimir Milov",
        "Natia Seskuria, an associate fellow at the Royal United Services Institute, told the Kyiv Independent that \"little will change.\"|Natia Seskuria",
    })
    void findsWhoIsQuoted(String paragraph, String speaker) {
        Sentence s = only(paragraph);
        assertThat(s.voice()).isEqualTo(Voice.MIXED);
        assertThat(s.speaker()).isEqualTo(speaker);
    }

    @Test
    void namesAnonymousSourcesByTheirDescription() {
        assertThat(only("Analysts say that Russian forces now control most of Pokrovsk.").speaker()).isEqualTo("analysts");
        assertThat(only("The answer, according to analysts, is increasingly clear.").speaker()).isEqualTo("analysts");
    }

    @Test
    void quotationOverSeveralSentencesKeepsItsSpeaker() {
        List<Sentence> sentences = Articles.annotated(
                "\"The battlefield developments can affect decision-making,\" Barbashin said. "
                        + "\"But as of now, it does not seem realistic that Russia will suffer defeat.\"").sentences();
        assertThat(sentences).extracting(Sentence::voice).containsExactly(Voice.MIXED, Voice.QUOTED);
        assertThat(sentences).extracting(Sentence::speaker).containsExactly("Barbashin", "Barbashin");
    }

    @Test
    void quotationOpenedBeforeAttributionRunsOn() {
        List<Sentence> sentences = Articles.annotated(
                "According to Polianskii, \"economic crisis, major battlefield defeats — none of it is showing up yet. "
                        + "Putin has no incentive to move.\"").sentences();
        assertThat(sentences).extracting(Sentence::voice).containsExactly(Voice.MIXED, Voice.QUOTED);
        assertThat(sentences).extracting(Sentence::speaker).containsExactly("Polianskii", "Polianskii");
    }

    @Test
    void pronounAndSurnameTakeTheFullNameUsedBefore() {
        List<Sentence> sentences = Articles.annotated(
                "Alexandra Filippenko, a relations expert, told the Kyiv Independent the meeting will produce little.",
                "\"But certainly not a breakthrough,\" she said.",
                "Filippenko said the process has resembled an intelligence operation.").sentences();
        assertThat(sentences).extracting(Sentence::speaker)
                .containsOnly("Alexandra Filippenko");
    }

    @Test
    void shortQuotedPhraseMarksOnlyItsOwnWords() {
        Sentence s = only("On the 22nd, Trump himself admitted he was “unhappy,” saying he would set a deadline.");
        assertThat(s.voice()).isEqualTo(Voice.MIXED);
        assertThat(s.tokens()).filteredOn(Token::quoted).extracting(Token::text).containsExactly("unhappy", ",");
        assertThat(s.speaker()).isEqualTo("Trump");
    }

    @Test
    void splitsWordsJoinedByADash() {
        Sentence s = only("The plan handed Russia some wins—probably too many.");
        assertThat(s.tokens()).extracting(Token::text).contains("wins", "—", "probably");
    }

    @Test
    void annotatesTheSameFromSeveralThreads() throws Exception {
        List<String> files = List.of("kyiv-independent.txt", "political-news-site.txt", "the-bulwark.txt",
                "clash-report.txt", "opinion-blog.txt");
        List<AnnotatedArticle> sequential = files.stream()
                .map(f -> Articles.annotated(Articles.exampleLines(f).toArray(String[]::new))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AnnotatedArticle>> parallel = files.stream()
                    .map(f -> pool.submit(() -> Articles.annotated(Articles.exampleLines(f).toArray(String[]::new))))
                    .toList();
            for (int i = 0; i < files.size(); i++) {
                assertThat(parallel.get(i).get().sentences()).isEqualTo(sequential.get(i).sentences());
            }
        } finally {
            pool.shutdown();
        }
    }
}
