package org.framelens.report.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TableLayoutTest {

    /** 12-point lines, so a one-line row is 12 + 2 x 3.5 padding = 19 points high. */
    private static final TextStyle STYLE = TextStyle.of(FontFace.SANS, 10f, 12f);
    /** A text area 200 wide and 200 high, its top-left corner at (50, 250). */
    private static final PageFrame FRAME = new PageFrame(new PDRectangle(300f, 300f), 50f, 0f);

    private final PDDocument document = new PDDocument();
    private final Typesetter typesetter =
            new Typesetter(new DocumentFonts(document, FontCatalog.standard()), ArabicShaper.standard());
    private final PageFlow flow = new PageFlow(document, FRAME);

    @AfterEach
    void close() throws IOException {
        flow.close();
        document.close();
    }

    /** A drawing that remembers where it was asked to draw. */
    private static final class RecordedDrawing implements CellGraphic {
        private final List<float[]> calls = new ArrayList<>();

        @Override
        public float height() {
            return 10f;
        }

        @Override
        public void draw(PageFlow flow, float left, float top, float width) {
            calls.add(new float[] {left, top, width});
        }
    }

    @Test
    void drawsACellsDrawingUnderItsTextAcrossTheCellsInnerWidth() throws IOException {
        RecordedDrawing drawing = new RecordedDrawing();
        StyledTable table = new StyledTable(
                List.of(new TableColumn("Name", 1f, Align.LEFT), new TableColumn("Figure", 1f, Align.RIGHT)),
                List.of(List.of(TableCell.text("Alpha", STYLE), TableCell.text("12.3", STYLE).with(drawing))),
                STYLE);

        TableLayout layout = TableLayout.of(table, typesetter, 200f);
        layout.place(flow);

        // Header 19; row: 12 of text + 10 of drawing + 7 of padding = 29.
        assertThat(layout.openingHeight()).isEqualTo(19f + 29f);
        assertThat(flow.cursor()).isEqualTo(250f - 19f - 29f);
        // Second column starts at 50 + 100; inside the 4-point padding; below the row's top padding and text.
        assertThat(drawing.calls).hasSize(1);
        assertThat(drawing.calls.get(0)).containsExactly(154f, 250f - 19f - 3.5f - 12f, 92f);
    }

    @Test
    void aPlainTableIsSetLikeTheSameTableOfTextCells() throws IOException {
        List<TableColumn> columns = List.of(new TableColumn("Outlet", 2f, Align.LEFT),
                new TableColumn("Words", 1f, Align.RIGHT));
        Table plain = new Table(columns, List.of(List.of("A very long outlet name that wraps", "1,234")),
                STYLE, STYLE);

        float plainHeight = TableLayout.of(plain, typesetter, 150f).openingHeight();
        float styledHeight = TableLayout.of(new StyledTable(columns, List.of(List.of(
                TableCell.text("A very long outlet name that wraps", STYLE), TableCell.text("1,234", STYLE))), STYLE),
                typesetter, 150f).openingHeight();

        assertThat(plain.styled().rows().get(0).get(1).spans()).containsExactly(new Span("1,234", STYLE));
        assertThat(plainHeight).isEqualTo(styledHeight).isGreaterThan(19f + 19f);
    }

    @Test
    void repeatsTheHeaderAndNeverSplitsARowWhenTheTableRunsOntoANewPage() throws IOException {
        List<List<TableCell>> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(List.of(TableCell.text("Row " + i, STYLE).with(InlineBar.fromLeft(i / 11.0))));
        }
        StyledTable table = new StyledTable(List.of(new TableColumn("Name", 1f, Align.LEFT)), rows, STYLE);

        TableLayout.of(table, typesetter, 200f).place(flow);

        // Each row is 12 of text + 7 of padding + 7 of bar = 26: six fit under the 19-point header in 200.
        assertThat(flow.pages()).hasSize(2);
        assertThat(flow.cursor()).isEqualTo(250f - 19f - 6 * 26f);
        flow.close();
        String text = new PDFTextStripper().getText(document);
        assertThat(text.split("Name", -1)).as("header on both pages").hasSize(3);
        assertThat(text).containsSubsequence("Row 5", "Name", "Row 6");
    }

    @Test
    void inlineBarsKeepTheirValueOnTheirScale() {
        assertThat(InlineBar.fromLeft(1.7).value()).isEqualTo(1d);
        assertThat(InlineBar.fromLeft(-0.2).value()).isZero();
        assertThat(InlineBar.fromLeft(Double.NaN).value()).isZero();
        assertThat(InlineBar.fromCentre(-3).value()).isEqualTo(-1d);
        assertThat(InlineBar.fromCentre(-0.4).value()).isEqualTo(-0.4d);
        assertThat(InlineBar.fromCentre(0).height()).isGreaterThan(InlineBar.fromLeft(0).height());
    }
}
