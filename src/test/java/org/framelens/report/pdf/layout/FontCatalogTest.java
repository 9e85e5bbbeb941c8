package org.framelens.report.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FontCatalogTest {

    @Test
    void standardCatalogGivesEveryFaceALiberationFontBackedByDejaVuThenNotoForChinese() {
        FontCatalog catalog = FontCatalog.standard();

        for (FontFace face : FontFace.values()) {
            List<String> chain = catalog.chain(face);
            assertThat(chain.get(0)).startsWith("liberation/Liberation");
            assertThat(chain.get(chain.size() - 2)).contains("dejavu/DejaVuSans");
            assertThat(chain.get(chain.size() - 1)).startsWith("fonts/ttf/NotoSansSC/NotoSansSC-");
            for (String file : chain) {
                assertThat(FontCatalog.class.getClassLoader().getResource(file)).as(file).isNotNull();
            }
        }
    }

    @Test
    void rejectsAListThatLeavesAFaceWithoutFonts() {
        assertThatThrownBy(() -> FontCatalog.parse(List.of("serif = a.ttf")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("serif-bold");
    }

    @Test
    void rejectsAnUnknownFace() {
        assertThatThrownBy(() -> FontCatalog.parse(List.of("# comment", "gothic = a.ttf")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gothic");
    }
}
