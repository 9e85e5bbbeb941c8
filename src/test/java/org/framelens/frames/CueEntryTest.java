package org.framelens.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueEntryTest {

    /** Words of a made-up sentence, each "word/TAG", separated by spaces, offsets as in the joined text. */
    private static List<SentenceWord> words(String tagged) {
        List<SentenceWord> words = new java.util.ArrayList<>();
        int offset = 0;
        for (String item : tagged.split(" ")) {
            int slash = item.lastIndexOf('/');
            String text = item.substring(0, slash);
            String tag = item.substring(slash + 1);
            words.add(new SentenceWord(text.toLowerCase(java.util.Locale.ROOT), tag, offset, offset + text.length(),
                    tag.equals("PUNCT"), false));
            offset += text.length() + 1;
        }
        return words;
    }

    @ParameterizedTest(name = "{0} in \"{1}\"")
    @CsvSource(delimiterString = " :: ", value = {
        "reject|rejects|rejected :: rejected/VERB the/DET plan/NOUN :: 0",
        "sanction* :: new/ADJ sanctions/NOUN :: 1",
        "*-year-old :: a/DET 90-year-old/ADJ widow/NOUN :: 1",
        "cost|costs/NOUN :: the/DET cost/NOUN of/ADP living/NOUN :: 1",
        "cost|costs/NOUN :: it/PRON cost/VERB him/PRON :: -1",
        "pressure on ... to :: pressure/NOUN on/ADP the/DET Ukrainian/ADJ president/NOUN to/PART :: 0",
        "pressure on ... to :: pressure/NOUN on/ADP Kyiv/PROPN ,/PUNCT to/PART :: -1",
        "pressure on ... to :: pressure/NOUN on/ADP a/DET b/X c/X d/X e/X to/PART :: -1",
        "playing for time :: playing/VERB for/ADP time/NOUN :: 0",
    })
    void matchesSpellingsTagsAndGaps(String entry, String tagged, int firstMatch) {
        CueEntry cue = CueEntry.parse(Frame.CONFLICT, entry + "\t2");
        List<SentenceWord> sentence = words(tagged);
        int found = -1;
        for (int i = 0; i < sentence.size() && found < 0; i++) {
            if (cue.matchAt(sentence, i) >= 0) {
                found = i;
            }
        }
        assertThat(found).isEqualTo(firstMatch);
    }

    @Test
    void readsWeightGroupAndConditions() {
        CueEntry entry = CueEntry.parse(Frame.HUMAN_INTEREST, "year old|olds\t2\tgroup:age, after-number");
        assertThat(entry.weight()).isEqualTo(2);
        assertThat(entry.group()).isEqualTo("group:age");
        assertThat(entry.conditions()).containsExactly(CueCondition.AFTER_NUMBER);
        assertThat(entry.matchAt(words("90/NUM year/NOUN old/ADJ"), 1)).isEqualTo(2);
        assertThat(entry.matchAt(words("a/DET year/NOUN old/ADJ"), 1)).isEqualTo(-1);
    }

    @Test
    void anEntryWithoutGroupIsItsOwnGroup() {
        assertThat(CueEntry.parse(Frame.STRATEGY, "leverage\t2").group()).isEqualTo("leverage");
    }

    @Test
    void badLinesNameTheListAndTheLine() {
        assertThatThrownBy(() -> CueEntry.parse(Frame.MORALITY, "shameful"))
                .hasMessageContaining("morality.txt").hasMessageContaining("shameful");
        assertThatThrownBy(() -> CueEntry.parse(Frame.MORALITY, "shameful\tstrong"))
                .hasMessageContaining("weight");
        assertThatThrownBy(() -> CueEntry.parse(Frame.MORALITY, "... shameful\t2"))
                .hasMessageContaining("gap");
        assertThatThrownBy(() -> CueEntry.parse(Frame.MORALITY, "shameful\t2\tnot-a-condition"))
                .hasMessageContaining("not-a-condition");
    }
}
