package org.framelens.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.framelens.lexicon.WordList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CanonicalNamesTest {

    private final CanonicalNames names = new CanonicalNames(new SpellingMatch(),
            WordList.set(NamedSourceRule.class, "name-joiners.txt"),
            WordList.set(NamedSourceRule.class, "name-suffixes.txt"));

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Zelensky             | Zelenskyy
            Zelensky             | Volodymyr Zelensky
            Zelenskyy            | Volodymyr Zelensky
            Volodymyr Zelenskyy  | Volodymyr Zelensky
            Yuri Ushakov         | Yury Ushakov
            Witkoff              | Witkov
            Steve Witkoff        | Witkov
            Sergey Lavrov        | Sergei Lavrov
            Putin                | Vladimir Putin
            Putin                | Pútin
            V. Putin             | Vladimir Putin
            Erdogan              | Recep Tayyip Erdoğan
            Mykola Bielieskov    | Mikola Bielieskov
            Dmitry Peskov        | Dmitri Peskov
            Washington Post      | the Washington Post
            von der Leyen        | Ursula von der Leyen
            """)
    void mergesSpellingsOfOneSpeaker(String a, String b) {
        Map<String, String> resolved = names.resolve(Map.of(a, 1, b, 1));
        assertThat(resolved.get(a)).isEqualTo(resolved.get(b));
    }

    @ParameterizedTest(name = "{0} <> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Ushakov              | Usyk
            Kushner              | Kuchma
            Jared Kushner        | Leonid Kuchma
            Rubio                | Rubin
            Carney               | Carey
            Boris Johnson        | Johnston
            Mathers              | Masters
            Medvedev             | Medvedchuk
            Lavrov               | Lavrova
            Volodymyr Zelensky   | Olena Zelenska
            Donald Trump         | Eric Trump
            Donald Trump         | Ronald Trump
            Donald Trump         | Donald Trump Jr.
            Washington Post      | Jerusalem Post
            Associated Press     | Washington Post
            """)
    void keepsDifferentSpeakersApart(String a, String b) {
        Map<String, String> resolved = names.resolve(Map.of(a, 1, b, 1));
        assertThat(resolved.get(a)).isEqualTo(a);
        assertThat(resolved.get(b)).isEqualTo(b);
    }

    @Test
    void namesEverySpellingAfterTheMostFrequentFullForm() {
        Map<String, String> resolved = names.resolve(Map.of("Zelensky", 5, "Zelenskyy", 2,
                "Volodymyr Zelenskyy", 1, "Volodymyr Zelensky", 3));
        assertThat(resolved).containsOnly(Map.entry("Zelensky", "Volodymyr Zelensky"),
                Map.entry("Zelenskyy", "Volodymyr Zelensky"), Map.entry("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
                Map.entry("Volodymyr Zelensky", "Volodymyr Zelensky"));
    }

    @Test
    void breaksATieBetweenFullFormsAlphabetically() {
        assertThat(names.resolve(Map.of("Yury Ushakov", 2, "Yuri Ushakov", 2)).get("Yury Ushakov"))
                .isEqualTo("Yuri Ushakov");
    }

    @Test
    void namesASpeakerOnlyEverGivenBySurnameAfterItsMostFrequentSpelling() {
        assertThat(names.resolve(Map.of("Zelenskyy", 1, "Zelensky", 3)).get("Zelenskyy")).isEqualTo("Zelensky");
    }

    @Test
    void leavesASurnameAloneWhenItFitsTwoFullNames() {
        Map<String, String> resolved = names.resolve(Map.of("Trump", 4, "Donald Trump", 2, "Eric Trump", 1));
        assertThat(resolved.get("Trump")).isEqualTo("Trump");
        assertThat(resolved.get("Donald Trump")).isEqualTo("Donald Trump");
        assertThat(resolved.get("Eric Trump")).isEqualTo("Eric Trump");
    }

    @Test
    void givesTheSameNamesWhateverTheOrderOfSpellings() {
        Map<String, Integer> forward = new LinkedHashMap<>();
        Map<String, Integer> backward = new LinkedHashMap<>();
        String[] spellings = {"Zelensky", "Volodymyr Zelenskyy", "Witkov", "Steve Witkoff", "Yury Ushakov",
                "Yuri Ushakov", "Trump", "Donald Trump"};
        for (int i = 0; i < spellings.length; i++) {
            forward.put(spellings[i], 1);
            backward.put(spellings[spellings.length - 1 - i], 1);
        }
        assertThat(names.resolve(backward)).isEqualTo(names.resolve(forward))
                .containsEntry("Witkov", "Steve Witkoff").containsEntry("Yury Ushakov", "Yuri Ushakov")
                .containsEntry("Trump", "Donald Trump").containsEntry("Zelensky", "Volodymyr Zelenskyy");
    }
}
