package org.framelens.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.framelens.article.ArticleMetadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What a web page says about itself in its meta tags, title and markup: outlet, title, date, address, author. */
final class HtmlMetadata {

    private static final Pattern LEADING_DATE = Pattern.compile("\\s*(\\d{4})-(\\d{2})-(\\d{2}).*", Pattern.DOTALL);

    /** A shorter {@code h1} may be a site logo, so the title tags are preferred to it. */
    private static final int MIN_HEADLINE_WORDS = 3;

    private HtmlMetadata() {
    }

    /**
     * The page's metadata; fields the page does not give are null, and its date is never approximate. The title is
     * the article's own headline ({@code headline}, its {@code h1}, may be null) when it has three words or more,
     * else {@code og:title} or {@code <title>}, which lose the site name they often end with; that site name is the
     * outlet when no meta tag names one.
     */
    static ArticleMetadata of(Document page, String headline) {
        SiteTitle ogTitle = SiteTitle.of(meta(page, "og:title"));
        SiteTitle pageTitle = SiteTitle.of(clean(page.title()));
        String outlet = first(meta(page, "og:site_name"), meta(page, "application-name"), ogTitle.site(),
                pageTitle.site());
        String h1 = clean(headline);
        String fullHeadline = h1 != null && h1.split(" ").length >= MIN_HEADLINE_WORDS ? h1 : null;
        String title = first(fullHeadline, ogTitle.headline(), pageTitle.headline(), h1);
        String date = first(meta(page, "article:published_time"), attr(page.selectFirst("time[datetime]"), "datetime"),
                meta(page, "date"));
        String url = first(meta(page, "og:url"), canonical(page));
        String author = meta(page, "author");
        return new ArticleMetadata(outlet, title, day(date), false, url, author);
    }

    /** The content of the first meta tag whose property, name or itemprop is {@code key}, or null. */
    private static String meta(Document page, String key) {
        for (Element meta : page.getElementsByTag("meta")) {
            for (String attribute : new String[] {"property", "name", "itemprop"}) {
                if (meta.attr(attribute).strip().equalsIgnoreCase(key)) {
                    String content = clean(meta.attr("content"));
                    if (content != null) {
                        return content;
                    }
                }
            }
        }
        return null;
    }

    /** The address in the page's {@code <link rel="canonical">}, or null. */
    private static String canonical(Document page) {
        for (Element link : page.getElementsByTag("link")) {
            for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
                if (rel.equals("canonical")) {
                    return clean(link.attr("href"));
                }
            }
        }
        return null;
    }

    private static LocalDate day(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = LEADING_DATE.matcher(value);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String attr(Element element, String attribute) {
        return element == null ? null : clean(element.attr(attribute));
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String text = BlockText.normalise(value);
        return text.isEmpty() ? null : text;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
