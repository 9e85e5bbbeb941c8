package org.framelens.article;

import java.time.LocalDate;

/** What is known about an article besides its text; every field may be null when nobody said. */
public record ArticleMetadata(String outlet, String title, LocalDate date, boolean dateApproximate,
                              String url, String author) {

    /** Metadata with nothing known. */
    public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, false, null, null);

    /** This metadata, with each missing field taken from {@code fallback}. */
    public ArticleMetadata orElse(ArticleMetadata fallback) {
        boolean ownDate = date != null;
        return new ArticleMetadata(
                outlet != null ? outlet : fallback.outlet,
                title != null ? title : fallback.title,
                ownDate ? date : fallback.date,
                ownDate ? dateApproximate : fallback.dateApproximate,
                url != null ? url : fallback.url,
                author != null ? author : fallback.author);
    }

    /** A copy with the outlet and title set. */
    public ArticleMetadata withOutletAndTitle(String newOutlet, String newTitle) {
        return new ArticleMetadata(newOutlet, newTitle, date, dateApproximate, url, author);
    }
}
