package org.framelens.source;

import java.util.List;

import org.framelens.article.Removal;
import org.framelens.article.TextBlock;

/**
 * A web page cut into the article's blocks and what was left out.
 *
 * @param blocks the article's text blocks in page order
 * @param removed page furniture and text outside the article, with reasons, in page order
 */
record PageText(List<TextBlock> blocks, List<Removal> removed) {

    public PageText {
        blocks = List.copyOf(blocks);
        removed = List.copyOf(removed);
    }
}
