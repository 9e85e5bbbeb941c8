package org.framelens.loaded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.annotate.Sentence;
import org.framelens.annotate.Voice;
import org.framelens.measure.CueCategory;
import org.framelens.testing.Articles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-computed cues for made-up sentences, written as {@code KIND:text} (and {@code KIND(q):text} for a cue in
 * someone's quoted words). Each group pairs cues that must count with near misses that must not.
 */
class LoadedLanguageFinderTest {

    private static final LoadedLanguageFinder FINDER = new LoadedLanguageFinder();

    static Stream<Arguments> subjectiveWords() {
        return Stream.of(
                Arguments.of("The talks ended in frantic diplomacy, and the outlook is bleak.",
                        List.of("SUBJECTIVE:frantic", "SUBJECTIVE:bleak")),
                Arguments.of("Washington imposed massive sanctions on Monday.", List.of("SUBJECTIVE:massive")),
                Arguments.of("Massive Attack played two concerts in Bristol last night.", List.of()),
                Arguments.of("Tickets for Massive Attack sold out within minutes.", List.of()),
                Arguments.of("Hawks found the plan utterly infuriating.", List.of("SUBJECTIVE:utterly infuriating")),
                Arguments.of("Experts say a deal is simply impossible this year.", List.of("SUBJECTIVE:simply impossible")),
                Arguments.of("Russia can get what it wants simply by waiting.", List.of()),
                Arguments.of("A large new Russian delegation arrived in Geneva on Tuesday.", List.of()),
                Arguments.of("The vast majority of members backed the deal.", List.of()),
                Arguments.of("The minister was admitted to hospital on Monday.", List.of()),
                Arguments.of("The minister admitted he was unhappy with the draft.", List.of("SUBJECTIVE:admitted")),
                Arguments.of("The grim toll rose again after the strike.", List.of("SUBJECTIVE:grim")),
                Arguments.of("The union slammed the offer as a shameful insult.",
                        List.of("SUBJECTIVE:slammed", "SUBJECTIVE:shameful")));
    }

    static Stream<Arguments> labels() {
        return Stream.of(
                Arguments.of("The dictator installed a puppet regime after a sham vote.",
                        List.of("LABEL:dictator", "LABEL:puppet regime", "LABEL:sham")),
                Arguments.of("The regime's forces shelled the town overnight.", List.of("LABEL:regime")),
                Arguments.of("The sanctions regime was tightened on Friday.", List.of()),
                Arguments.of("The envoy acted more like a lobbyist than a negotiator.", List.of("LABEL:lobbyist")),
                Arguments.of("The president met the prime minister and two envoys.", List.of()));
    }

    static Stream<Arguments> scareQuotes() {
        return Stream.of(
                Arguments.of("Russian troops paraded through the \u201cliberated\u201d town on Monday.",
                        List.of("SCARE_QUOTE:\u201cliberated\u201d")),
                Arguments.of("It is a \u201cpeace process\u201d in name only.", List.of("SCARE_QUOTE:\u201cpeace process\u201d")),
                Arguments.of("Drones hit what Moscow calls \u201ccivilian objects\u201d near the border.",
                        List.of("SCARE_QUOTE:\u201ccivilian objects\u201d")),
                Arguments.of("The so-called peace plan was leaked on Friday.", List.of("SCARE_QUOTE:so-called")),
                Arguments.of("Zelensky said the plan was \u201cunacceptable\u201d and left the room.", List.of()),
                Arguments.of("Lavrov dismissed the revisions as \u201cerasing\u201d the Alaska accords.", List.of()),
                Arguments.of("\u201cWe are approaching a deal,\u201d Trump said on Tuesday.", List.of()),
                Arguments.of("The family watched \u201cDune\u201d on Friday night.", List.of()));
    }

    static Stream<Arguments> firstPersonAndMindReading() {
        return Stream.of(
                Arguments.of("I think the deal is going nowhere.", List.of("FIRST_PERSON:I think")),
                Arguments.of("In my view, we must keep pressure on Moscow.",
                        List.of("FIRST_PERSON:my", "FIRST_PERSON:we must")),
                Arguments.of("The US and Ukraine met in Geneva on Sunday.", List.of()),
                Arguments.of("The armistice that ended World War I was signed in a railway carriage.", List.of()),
                Arguments.of("Putin wants the war to go on.", List.of("MIND_READING:Putin wants")),
                Arguments.of("Without pressure, the Kremlin believes it can win by waiting.",
                        List.of("MIND_READING:the Kremlin believes")),
                Arguments.of("Moscow views the talks as a way to buy time.", List.of("MIND_READING:Moscow views")),
                Arguments.of("Analysts said Putin wants the war to go on.", List.of()),
                Arguments.of("Putin wants the war to go on, according to two analysts.", List.of()),
                Arguments.of("\u201cPutin wants to keep fighting,\u201d she said.", List.of()),
                Arguments.of("Officials believe the missile was fired from the north.", List.of()),
                Arguments.of("If Putin wants peace, he can stop the shelling tomorrow.", List.of()),
                Arguments.of("Russia's fears of NATO expansion are well known.", List.of()),
                Arguments.of("I believe the plan will fail.", List.of("FIRST_PERSON:I believe")));
    }

    @ParameterizedTest
    @MethodSource({"subjectiveWords", "labels", "scareQuotes", "firstPersonAndMindReading"})
    void findsTheLoadedWordsOfOneSentenceAndNothingElse(String sentence, List<String> expected) {
        AnnotatedArticle article = Articles.annotated(sentence);
        assertThat(article.sentences()).hasSize(1);
        assertThat(described(article, 0)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> questionsAndExclamations() {
        return Stream.of(
                Arguments.of(List.of("Will Russia ever accept a deal? Nobody in Moscow seems to be in a hurry."), 0,
                        List.of("RHETORICAL_QUESTION:Will Russia ever accept a deal?")),
                Arguments.of(List.of("Will Russia accept the deal? Probably not, analysts say."), 0, List.of()),
                Arguments.of(List.of("What happens next? The envoy flies to Moscow on Tuesday."), 0, List.of()),
                Arguments.of(List.of("Talks resumed in Geneva on Monday.", "What's next?",
                        "The envoy flies to Moscow on Tuesday."), 1, List.of()),
                Arguments.of(List.of("Who knows? The talks could collapse tomorrow."), 0,
                        List.of("RHETORICAL_QUESTION:Who knows?")),
                Arguments.of(List.of("Did the peace plan quickly stall?", "In recent days, newspapers have cast doubt on it."), 0,
                        List.of("RHETORICAL_QUESTION:Did the peace plan quickly stall?")),
                Arguments.of(List.of("\u201cIf they don't meet, why not?\u201d Trump said."), 0,
                        List.of("RHETORICAL_QUESTION(q):If they don't meet, why not?")),
                Arguments.of(List.of("\u201cWill you meet him this week?\u201d a reporter asked."), 0, List.of()),
                Arguments.of(List.of("Does Putin want peace?"), 0, List.of("RHETORICAL_QUESTION:Does Putin want peace?")),
                Arguments.of(List.of("This is a disgrace!"), 0, List.of("EXCLAMATION:This is a disgrace!")),
                Arguments.of(List.of("\u201cWe will win!\u201d he shouted at the rally."), 0,
                        List.of("EXCLAMATION(q):We will win!")));
    }

    @ParameterizedTest
    @MethodSource("questionsAndExclamations")
    void tellsRhetoricalQuestionsAndExclamationsFromAnsweredOnes(List<String> paragraphs, int sentence,
                                                                  List<String> expected) {
        AnnotatedArticle article = Articles.annotated(paragraphs.toArray(String[]::new));
        assertThat(described(article, sentence)).containsExactlyElementsOf(expected);
    }

    @Test
    void givesEachCueItsOffsetsCategoryAndVoice() {
        AnnotatedArticle article = Articles.annotated(
                "Critics called it a sham, and the minister said: \u201cThe offer is a massive insult.\u201d");
        Sentence sentence = article.sentences().get(0);
        List<LoadedCue> cues = FINDER.find(sentence, article);
        assertThat(cues).extracting(LoadedCue::text).containsExactly("sham", "massive");
        for (LoadedCue cue : cues) {
            assertThat(cue.cue().category()).isEqualTo(CueCategory.LOADED);
            assertThat(sentence.text().substring(cue.cue().start(), cue.cue().end())).isEqualTo(cue.text());
            assertThat(cue.cue().sentence()).isEqualTo(sentence.index());
        }
        assertThat(cues).extracting(c -> c.cue().voice()).containsExactly(Voice.AUTHOR, Voice.QUOTED);
    }

    private static List<String> described(AnnotatedArticle article, int index) {
        Sentence sentence = article.sentences().get(index);
        return FINDER.find(sentence, article).stream()
                .map(c -> c.kind().name() + (c.cue().voice() == Voice.QUOTED ? "(q)" : "") + ":" + c.text())
                .toList();
    }
}
