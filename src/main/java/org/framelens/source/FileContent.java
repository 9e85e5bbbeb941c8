package org.framelens.source;

import java.util.List;

import org.framelens.article.ArticleMetadata;
import org.framelens.article.InputProblem;
import org.framelens.article.Removal;
import org.framelens.article.TextBlock;

/**
 * What one file yielded before its folder's sources table is applied.
 *
 * @param declared metadata the user wrote into the file (a text file's header); beats the sources table
 * @param found metadata found in the page itself (HTML meta tags, PDF document information); the sources
 *     table beats it, since the user's table is a deliberate statement and page metadata is incidental
 * @param blocks the text, a block per line or paragraph, never empty
 * @param removed what the reader left out, with reasons, in page order
 * @param warnings caveats about a file that was still used (for example an unreadable date)
 */
record FileContent(ArticleMetadata declared, ArticleMetadata found, List<TextBlock> blocks, List<Removal> removed,
                   List<InputProblem> warnings) {

    FileContent {
        blocks = List.copyOf(blocks);
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
    }
}
