package org.framelens.source;

import org.framelens.lexicon.WordList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.framelens.article.ArticleMetadata;
import org.framelens.article.InputProblem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved web page: metadata from its meta tags, the article's text from its article element (or body),
 * leaving out scripts and the like silently and page furniture (navigation, comments, related stories, captions)
 * with a recorded reason.
 */
final class HtmlFileReader implements FormatReader {

    private static final List<String> SILENT_TAGS = WordList.lines(HtmlFileReader.class, "silent-tags.txt");

    private static final Pattern DISPLAY_NONE = Pattern.compile("display\\s*:\\s*none", Pattern.CASE_INSENSITIVE);

    /** Where a page that names its own character encoding says so. */
    private static final Pattern DECLARED_CHARSET = Pattern.compile("<meta[^>]+charset", Pattern.CASE_INSENSITIVE);

    private final PageFurniture furniture;

    HtmlFileReader(PageFurniture furniture) {
        this.furniture = furniture;
    }

    @Override
    public FileContent read(SourceFile file) throws InputProblem {
        byte[] bytes = FileBytes.read(file);
        String text = TextDecoder.decode(bytes, file.shownPath());
        Document page = parse(bytes, text);
        Element body = page.body();
        dropInvisible(body);
        Element root = ArticleRoot.in(body, furniture);
        ArticleMetadata found = HtmlMetadata.of(page, headline(body, root));
        PageText pageText = HtmlBlocks.walk(body, root, furniture);
        if (pageText.blocks().isEmpty()) {
            throw new InputProblem(file.shownPath(), "the page has no article text");
        }
        return new FileContent(ArticleMetadata.NONE, found, pageText.blocks(), pageText.removed(), List.of());
    }

    /** The page, decoded as it declares itself or, failing a declaration, as UTF-8 or else Windows-1252. */
    private static Document parse(byte[] bytes, String guessed) {
        String start = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        if (DECLARED_CHARSET.matcher(start).find()) {
            try {
                return Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
            } catch (IOException e) {
                return Jsoup.parse(guessed);
            }
        }
        return Jsoup.parse(guessed);
    }

    /**
     * The text of the article's headline: the first {@code h1} inside the article that is not page furniture
     * (a site logo in a page header, a teaser in a sidebar), or null when there is none.
     */
    private String headline(Element body, Element root) {
        boolean insideArticle = root != body;
        for (Element h1 : root.getElementsByTag("h1")) {
            if (!insideFurniture(h1, root, insideArticle) && !h1.text().isBlank()) {
                return h1.text();
            }
        }
        return null;
    }

    private boolean insideFurniture(Element element, Element root, boolean insideArticle) {
        for (Element e = element; e != null && e != root; e = e.parent()) {
            if (furniture.reasonFor(e, insideArticle).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a reader of the page never sees this element's content. */
    private static boolean isInvisible(Element element) {
        return SILENT_TAGS.contains(element.normalName())
                || element.hasAttr("hidden")
                || element.attr("aria-hidden").strip().equalsIgnoreCase("true")
                || DISPLAY_NONE.matcher(element.attr("style")).find();
    }

    /** Removes what a reader never sees (scripts, styles, forms, hidden elements), unless it wraps most of the
     *  page, as some sites wrap the whole page in a form. */
    private static void dropInvisible(Element body) {
        int pageLength = body.text().length();
        for (Element element : body.select(String.join(", ", SILENT_TAGS) + ", [hidden], [aria-hidden], [style]")) {
            if (isInvisible(element) && element.text().length() * 2 <= pageLength) {
                element.remove();
            }
        }
    }
}
