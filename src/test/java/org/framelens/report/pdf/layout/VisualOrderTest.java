package org.framelens.report.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VisualOrderTest {

    private static final TextStyle STYLE = TextStyle.of(FontFace.SERIF, 10f, 12f);

    @Test
    void leavesLeftToRightTextAsItIs() {
        List<StyledRun> runs = List.of(new StyledRun("Kyiv and Зеленский", null, STYLE));

        assertThat(VisualOrder.of(runs)).isSameAs(runs);
    }

    @Test
    void reversesArabicWordsInsideEnglishTextForDrawing() {
        List<StyledRun> runs = List.of(
                new StyledRun("ok; ", null, STYLE),
                new StyledRun("سلام", null, STYLE),
                new StyledRun(" ", null, STYLE),
                new StyledRun("عليكم", null, STYLE),
                new StyledRun(" (peace)", null, STYLE));

        String drawn = VisualOrder.of(runs).stream().map(StyledRun::text).reduce("", String::concat);

        // The first Arabic word read (right to left) must be drawn rightmost, each word's letters reversed.
        assertThat(drawn).isEqualTo("ok; " + "مكيلع" + " " + "مالس" + " (peace)");
    }
}
