package org.framelens.article;

import java.util.List;

/**
 * A file as read, before cleaning: its blocks of text in page order and what the reader already left out.
 *
 * @param file the path as the user gave it
 * @param metadata what the file (or a sources table beside it) says about the article
 * @param blocks the page text, a block per paragraph or line
 * @param removed blocks the reader itself left out (for example an HTML page's navigation), with reasons
 */
public record RawDocument(String file, ArticleMetadata metadata, List<TextBlock> blocks, List<Removal> removed) {

    public RawDocument {
        blocks = List.copyOf(blocks);
        removed = List.copyOf(removed);
    }
}
