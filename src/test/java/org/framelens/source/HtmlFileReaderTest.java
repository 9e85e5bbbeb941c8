package org.framelens.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.framelens.article.ArticleMetadata;
import org.framelens.article.InputProblem;
import org.framelens.article.Removal;
import org.framelens.article.TextBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlFileReaderTest {

    private final HtmlFileReader reader = new HtmlFileReader(PageFurniture.standard());

    @TempDir
    Path dir;

    @Test
    void keepsTheArticleParagraphsInOrder() throws Exception {
        FileContent page = reader.read(fixture("news-page.html"));

        assertThat(page.blocks()).extracting(TextBlock::text).containsExactly(
                "Envoy heads to Moscow as talks resume",
                "By Jane Reporter",
                "The special envoy left for Moscow on Wednesday, officials said.",
                "Negotiators may meet again next week, according to two diplomats.",
                "What comes next",
                "Talks could stall",
                "if either side hardens its position.",
                "“We are close,” the envoy said.",
                "Ceasefire terms",
                "Security guarantees");
        assertThat(page.blocks()).allSatisfy(b -> assertThat(b.blankLinesBefore()).isZero());
    }

    @Test
    void recordsEachRemovedPartOfThePageWithAPlainReasonInPageOrder() throws Exception {
        FileContent page = reader.read(fixture("news-page.html"));

        assertThat(page.removed()).containsExactly(
                new Removal("page header", "Example Herald World Politics"),
                new Removal("advertisement", "Advertisement: buy a car"),
                new Removal("photo caption", "The envoy arrives in Geneva. (Photo: Agency)"),
                new Removal("sharing buttons", "Share on Facebook Share on X"),
                new Removal("sidebar", "Read our full coverage of the war"),
                new Removal("related articles", "Related Earlier talks in Geneva ended without a deal"),
                new Removal("reader comments", "12 comments What a thought provoking article!"),
                new Removal("page footer", "© 2025 Example Herald. All rights reserved."));
    }

    @Test
    void dropsScriptsStylesAndFormsWithoutRecordingThem() throws Exception {
        FileContent page = reader.read(fixture("news-page.html"));

        assertThat(page.blocks()).extracting(TextBlock::text)
                .noneMatch(t -> t.contains("trackParagraph") || t.contains("analytics") || t.contains("briefing"));
        assertThat(page.removed()).extracting(Removal::text)
                .noneMatch(t -> t.contains("trackParagraph") || t.contains("briefing") || t.contains("Sign up"));
    }

    @Test
    void readsMetadataFromMetaTags() throws Exception {
        FileContent page = reader.read(fixture("news-page.html"));

        assertThat(page.found()).isEqualTo(new ArticleMetadata("Example Herald",
                "Envoy heads to Moscow as talks resume", LocalDate.of(2025, 11, 27), false,
                "https://herald.example/world/envoy-moscow", "Jane Reporter"));
        assertThat(page.declared()).isEqualTo(ArticleMetadata.NONE);
    }

    @Test
    void fallsBackToTitleTimeCanonicalAndApplicationName() throws Exception {
        SourceFile file = write("page.html", "<html><head><title>Talks resume</title>"
                + "<meta name=application-name content='Daily Example'>"
                + "<link rel='canonical' href='https://daily.example/t'></head>"
                + "<body><h2>Other heading</h2><p>Text <time datetime='2025-11-30T09:00Z'>Sunday</time>.</p>"
                + "</body></html>");

        FileContent page = reader.read(file);

        assertThat(page.found()).isEqualTo(new ArticleMetadata("Daily Example", "Talks resume",
                LocalDate.of(2025, 11, 30), false, "https://daily.example/t", null));
    }

    @Test
    void takesTitleFromFirstHeadingWhenPageHasNoTitle() throws Exception {
        SourceFile file = write("page.html", "<body><h1>Envoy to Moscow</h1><p>Text.</p></body>");

        assertThat(reader.read(file).found().title()).isEqualTo("Envoy to Moscow");
    }

    @Test
    void prefersTheArticleHeadlineToThePageTitle() throws Exception {
        SourceFile file = write("page.htm", "<html><head><title>TechDaily - Chipmakers agree $38bn merger</title>"
                + "</head><body><div id='topbar'><a href='/'>TechDaily</a></div><div class='article-body'>"
                + "<h1>Chipmakers Voltaic and Meridian agree $38bn merger</h1><p>Text.</p></div></body></html>");

        assertThat(reader.read(file).found().title()).isEqualTo("Chipmakers Voltaic and Meridian agree $38bn merger");
    }

    @Test
    void passesOverALogoHeadingInThePageHeader() throws Exception {
        SourceFile file = write("page.html", "<html><head><title>Steel truce agreed after weeks of talks</title>"
                + "</head><body><header><h1>CityNews Online Today</h1></header>"
                + "<p>Canada and the US agreed on Friday to suspend their steel tariffs.</p></body></html>");

        assertThat(reader.read(file).found().title()).isEqualTo("Steel truce agreed after weeks of talks");
    }

    @Test
    void prefersThePageTitleToAOneOrTwoWordHeading() throws Exception {
        SourceFile file = write("page.html", "<html><head><title>Steel truce agreed after weeks of talks</title>"
                + "</head><body><h1>CityNews</h1><p>Text.</p></body></html>");

        assertThat(reader.read(file).found().title()).isEqualTo("Steel truce agreed after weeks of talks");
    }

    @Test
    void takesTheSiteNameOffThePageTitleAndNamesTheOutletAfterIt() throws Exception {
        SourceFile file = write("page.html", "<html><head>"
                + "<title>Canada and US strike steel tariff truce | CityNews Online</title></head>"
                + "<body><p>Text.</p></body></html>");

        ArticleMetadata found = reader.read(file).found();

        assertThat(found.title()).isEqualTo("Canada and US strike steel tariff truce");
        assertThat(found.outlet()).isEqualTo("CityNews Online");
    }

    @Test
    void keepsTheOutletFromMetaTagsOverTheTitlesSiteName() throws Exception {
        SourceFile file = write("page.html", "<html><head><meta property='og:site_name' content='CityNews'>"
                + "<meta property='og:title' content='Steel truce agreed — CityNews Online'></head>"
                + "<body><p>Text.</p></body></html>");

        ArticleMetadata found = reader.read(file).found();

        assertThat(found.title()).isEqualTo("Steel truce agreed");
        assertThat(found.outlet()).isEqualTo("CityNews");
    }

    @Test
    void usesWholeBodyWhenThereIsNoArticleElement() throws Exception {
        SourceFile file = write("page.htm", "<body><nav>Home | World</nav><div>Direct text in a div"
                + "<p>A paragraph.</p>tail text</div><table><tr><td>Cell one</td><td>Cell two</td></tr></table>"
                + "</body>");

        FileContent page = reader.read(file);

        assertThat(page.blocks()).extracting(TextBlock::text)
                .containsExactly("Direct text in a div", "A paragraph.", "tail text", "Cell one", "Cell two");
        assertThat(page.removed()).containsExactly(new Removal("navigation", "Home | World"));
    }

    @Test
    void recordsTextOutsideTheArticleElement() throws Exception {
        SourceFile file = write("page.html", "<body><div class='topbar'>Breaking: markets fall</div>"
                + "<article><h1>Envoy</h1><p>Body text.</p></article><p>Trending now</p></body>");

        FileContent page = reader.read(file);

        assertThat(page.blocks()).extracting(TextBlock::text).containsExactly("Envoy", "Body text.");
        assertThat(page.removed()).containsExactly(
                new Removal(HtmlBlocks.OUTSIDE_ARTICLE, "Breaking: markets fall"),
                new Removal(HtmlBlocks.OUTSIDE_ARTICLE, "Trending now"));
    }

    @Test
    void choosesTheLargestArticleAndIgnoresCommentsMarkedUpAsArticles() throws Exception {
        SourceFile file = write("page.html", "<body>"
                + "<article class='teaser'><p>Short teaser.</p></article>"
                + "<article><p>The real article, which is much longer than the teaser above it.</p></article>"
                + "<ol class='comment-list'><li><article class='comment-body'><p>A very long reader comment that"
                + " goes on and on, longer than anything else on this page, about everything.</p></article>"
                + "</li></ol></body>");

        FileContent page = reader.read(file);

        assertThat(page.blocks()).extracting(TextBlock::text)
                .containsExactly("The real article, which is much longer than the teaser above it.");
        assertThat(page.removed()).extracting(Removal::reason)
                .containsExactly(HtmlBlocks.OUTSIDE_ARTICLE, "reader comments");
    }

    @Test
    void ignoresTeaserArticlesInsideSidebarsAndNavigation() throws Exception {
        SourceFile file = write("page.html", "<body><div><p>The story itself is told in plain paragraphs here.</p>"
                + "<p>A second paragraph of the story.</p></div>"
                + "<aside><article><p>Teaser in the sidebar</p></article></aside></body>");

        FileContent page = reader.read(file);

        assertThat(page.blocks()).extracting(TextBlock::text).containsExactly(
                "The story itself is told in plain paragraphs here.", "A second paragraph of the story.");
        assertThat(page.removed()).containsExactly(new Removal("sidebar", "Teaser in the sidebar"));
    }

    @Test
    void usesWholeBodyWhenTheOnlyArticleElementIsATinyTeaser() throws Exception {
        SourceFile file = write("page.html", "<body><div class='story'>"
                + "<p>The story itself is told in plain paragraphs, at considerable length, in this page.</p>"
                + "<p>A second paragraph of the story, which is also rather long, as stories are.</p></div>"
                + "<div class='related'><article><p>Teaser</p></article></div></body>");

        FileContent page = reader.read(file);

        assertThat(page.blocks()).extracting(TextBlock::text).hasSize(2);
        assertThat(page.removed()).containsExactly(new Removal("related articles", "Teaser"));
    }

    @Test
    void keepsTheArticleWhenAWrapperClassMentionsSharingOrComments() throws Exception {
        SourceFile file = write("page.html", "<body><div class='social-enabled'><article>"
                + "<p>Article text survives.</p></article></div></body>");

        assertThat(reader.read(file).blocks()).extracting(TextBlock::text).containsExactly("Article text survives.");
    }

    @Test
    void keepsAWrapperHoldingTheHeadlineWhateverItsClass() throws Exception {
        SourceFile file = write("page.html", "<body><div class='entry social-enabled'><h1>Envoy to Moscow</h1>"
                + "<p>Article text survives.</p><div class='social'>Share</div></div></body>");

        FileContent page = reader.read(file);

        assertThat(page.blocks()).extracting(TextBlock::text).containsExactly("Envoy to Moscow", "Article text survives.");
        assertThat(page.removed()).containsExactly(new Removal("sharing buttons", "Share"));
    }

    @Test
    void keepsPageWrappedInAFormAsSomeSitesAre() throws Exception {
        SourceFile file = write("page.html", "<body><form id='aspnetForm'><div><p>First paragraph.</p>"
                + "<p>Second paragraph.</p></div></form></body>");

        assertThat(reader.read(file).blocks()).extracting(TextBlock::text)
                .containsExactly("First paragraph.", "Second paragraph.");
    }

    @Test
    void dropsHiddenElements() throws Exception {
        SourceFile file = write("page.html", "<body><p>Seen.</p><p hidden>Hidden.</p>"
                + "<div style='display: none'>Invisible.</div><span aria-hidden='true'>Icon</span></body>");

        FileContent page = reader.read(file);

        assertThat(page.blocks()).extracting(TextBlock::text).containsExactly("Seen.");
        assertThat(page.removed()).isEmpty();
    }

    @Test
    void decodesWindows1252PageWithoutDeclaredCharset() throws Exception {
        SourceFile file = writeBytes("old.htm", "<p>\u201CCaf\u00E9\u201D talks</p>"
                .getBytes(Charset.forName("windows-1252")));

        assertThat(reader.read(file).blocks()).extracting(TextBlock::text).containsExactly("“Café” talks");
    }

    @Test
    void honoursDeclaredCharset() throws Exception {
        SourceFile file = writeBytes("latin.html", ("<html><head><meta charset='ISO-8859-1'></head>"
                + "<body><p>Caf\u00E9</p></body></html>").getBytes(StandardCharsets.ISO_8859_1));

        assertThat(reader.read(file).blocks()).extracting(TextBlock::text).containsExactly("Café");
    }

    @Test
    void refusesPageWithoutText() throws Exception {
        SourceFile file = write("blank.html", "<html><body><script>x()</script><img src=a.png></body></html>");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(InputProblem.class)
                .hasMessage("blank.html: the page has no article text");
    }

    private SourceFile fixture(String name) throws URISyntaxException {
        return new SourceFile("pages/" + name, Path.of(getClass().getResource(name).toURI()));
    }

    private SourceFile write(String name, String html) throws IOException {
        return writeBytes(name, html.getBytes(StandardCharsets.UTF_8));
    }

    private SourceFile writeBytes(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return new SourceFile(name, file);
    }
}
