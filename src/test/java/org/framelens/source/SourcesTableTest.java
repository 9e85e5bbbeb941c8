package org.framelens.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.framelens.article.ArticleMetadata;
import org.framelens.article.InputProblem;
import org.junit.jupiter.api.Test;

class SourcesTableTest {

    private static final String SHOWN = "input/sources.csv";

    @Test
    void readsRowsByFileNameWithQuotedCommasAndQuotes() {
        String text = "file,outlet,title,date,url\n"
                + "a.txt,\"Herald, The\",\"Talks \"\"stall\"\"\",2025-11-29 (approx.),https://h.example/a\n"
                + "b.txt,Daily,,,\n";

        SourcesTable table = SourcesTable.parse(text, SHOWN);

        assertThat(table.problems()).isEmpty();
        assertThat(table.metadataFor("a.txt")).isEqualTo(new ArticleMetadata("Herald, The", "Talks \"stall\"",
                LocalDate.of(2025, 11, 29), true, "https://h.example/a", null));
        assertThat(table.metadataFor("b.txt")).isEqualTo(new ArticleMetadata("Daily", null, null, false, null, null));
        assertThat(table.metadataFor("c.txt")).isEqualTo(ArticleMetadata.NONE);
    }

    @Test
    void acceptsAuthorColumnAnyColumnOrderAndHeaderCase() {
        String text = "Title,FILE,Author,outlet\r\nT,a.txt,Cathy Young,O\r\n";

        SourcesTable table = SourcesTable.parse(text, SHOWN);

        assertThat(table.metadataFor("a.txt"))
                .isEqualTo(new ArticleMetadata("O", "T", null, false, null, "Cathy Young"));
    }

    @Test
    void readsSemicolonSeparatedTablesAsSpreadsheetsSaveThemInSomeCountries() {
        SourcesTable table = SourcesTable.parse("file;outlet\na.txt;Le Monde, Paris\n", SHOWN);

        assertThat(table.metadataFor("a.txt").outlet()).isEqualTo("Le Monde, Paris");
    }

    @Test
    void toleratesRowsShorterThanTheHeader() {
        SourcesTable table = SourcesTable.parse("file,outlet,title,date,url\na.txt,Herald\n", SHOWN);

        assertThat(table.problems()).isEmpty();
        assertThat(table.metadataFor("a.txt").outlet()).isEqualTo("Herald");
    }

    @Test
    void warnsAboutBadDateButKeepsTheRow() {
        SourcesTable table = SourcesTable.parse("file,outlet,date\na.txt,Herald,29.11.2025\n", SHOWN);

        assertThat(table.metadataFor("a.txt").outlet()).isEqualTo("Herald");
        assertThat(table.metadataFor("a.txt").date()).isNull();
        assertThat(messages(table)).containsExactly(
                "input/sources.csv: row for \"a.txt\": date \"29.11.2025\" is not YYYY-MM-DD; ignored");
    }

    @Test
    void warnsAboutUnknownColumnButKeepsTheTable() {
        SourcesTable table = SourcesTable.parse("file,outlet,notes\na.txt,Herald,check\n", SHOWN);

        assertThat(table.metadataFor("a.txt").outlet()).isEqualTo("Herald");
        assertThat(messages(table)).containsExactly("input/sources.csv: column \"notes\" is not one of "
                + "file, outlet, title, date, url, author; ignored");
    }

    @Test
    void ignoresWholeTableWithOneProblemWhenARowHasTooManyFields() {
        SourcesTable table = SourcesTable.parse("file,outlet,title\na.txt,Herald,Trump, Putin meet\n", SHOWN);

        assertThat(table.metadataFor("a.txt")).isEqualTo(ArticleMetadata.NONE);
        assertThat(messages(table)).containsExactly("input/sources.csv: line 2 has 4 fields but the first row "
                + "names 3 columns (put a value containing a comma in double quotes); the table is ignored");
    }

    @Test
    void ignoresWholeTableWithOneProblemWhenQuoteIsNeverClosed() {
        SourcesTable table = SourcesTable.parse("file,title\na.txt,\"Open\nb.txt,B\n", SHOWN);

        assertThat(messages(table)).containsExactly(
                "input/sources.csv: a quoted field starting on line 2 is never closed; the table is ignored");
        assertThat(table.metadataFor("b.txt")).isEqualTo(ArticleMetadata.NONE);
    }

    @Test
    void ignoresTableWithoutFileColumn() {
        SourcesTable table = SourcesTable.parse("name,outlet\na.txt,Herald\n", SHOWN);

        assertThat(messages(table)).singleElement().asString()
                .startsWith("input/sources.csv: the first row must name the columns")
                .endsWith("; the table is ignored");
    }

    @Test
    void ignoresEmptyTable() {
        assertThat(messages(SourcesTable.parse(" \n", SHOWN)))
                .containsExactly("input/sources.csv: the table is empty");
    }

    @Test
    void usesFirstOfTwoRowsForTheSameFile() {
        SourcesTable table = SourcesTable.parse("file,outlet\na.txt,First\na.txt,Second\n", SHOWN);

        assertThat(table.metadataFor("a.txt").outlet()).isEqualTo("First");
        assertThat(messages(table))
                .containsExactly("input/sources.csv: \"a.txt\" has more than one row; the first is used");
    }

    @Test
    void namesRowsWhoseFileIsNotInTheFolder() {
        SourcesTable table = SourcesTable.parse("file,outlet\na.txt,A\nx.txt,X\n\nb.txt,B\n", SHOWN);

        assertThat(table.rowsWithoutFile(List.of("a.txt", "b.txt", "c.txt"))).extracting(InputProblem::getMessage)
                .containsExactly("input/sources.csv: row for \"x.txt\" names no file in the folder");
    }

    private static List<String> messages(SourcesTable table) {
        return table.problems().stream().map(InputProblem::getMessage).toList();
    }
}
