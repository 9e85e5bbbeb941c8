package org.framelens.source;

import org.framelens.lexicon.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.framelens.article.Removal;
import org.framelens.article.TextBlock;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts a web page into text blocks in document order, one per block-level element (paragraph, heading, list
 * item, quote, cell, division with its own text) and per line broken by {@code <br>}; page furniture and text
 * outside the article are recorded as removals instead, each with its reason.
 */
final class HtmlBlocks {

    /** The reason given for page text that lies outside the element holding the article. */
    static final String OUTSIDE_ARTICLE = "outside the main article";

    private static final Set<String> BLOCK_TAGS = Set.copyOf(WordList.lines(HtmlBlocks.class, "block-tags.txt"));

    private HtmlBlocks() {
    }

    /** The page's text: what is inside {@code root} and not furniture is kept, the rest recorded as removed. */
    static PageText walk(Element body, Element root, PageFurniture furniture) {
        Walker walker = new Walker(root, Set.copyOf(root.parents()), furniture, root == body);
        NodeTraversor.filter(walker, body);
        walker.flush();
        return new PageText(walker.blocks, walker.removed);
    }

    /** The state of one walk over one page. */
    private static final class Walker implements NodeFilter {

        private final Element root;
        private final Set<Element> aboveRoot;
        private final PageFurniture furniture;
        private final List<TextBlock> blocks = new ArrayList<>();
        private final List<Removal> removed = new ArrayList<>();
        private final StringBuilder pending = new StringBuilder();
        private boolean insideRoot;

        Walker(Element root, Set<Element> aboveRoot, PageFurniture furniture, boolean insideRoot) {
            this.root = root;
            this.aboveRoot = aboveRoot;
            this.furniture = furniture;
            this.insideRoot = insideRoot;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                pending.append(text.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            if (element == root) {
                flush();
                insideRoot = true;
                return FilterResult.CONTINUE;
            }
            if (!aboveRoot.contains(element) && !element.normalName().equals("body")) {
                Optional<String> reason = furniture.reasonFor(element, insideRoot);
                if (reason.isPresent()) {
                    flush();
                    String text = BlockText.normalise(element.text());
                    if (!text.isEmpty()) {
                        removed.add(new Removal(reason.get(), text));
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
            }
            if (element.normalName().equals("br") || BLOCK_TAGS.contains(element.normalName())) {
                flush();
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (element == root) {
                    flush();
                    insideRoot = false;
                } else if (BLOCK_TAGS.contains(element.normalName())) {
                    flush();
                }
            }
            return FilterResult.CONTINUE;
        }

        /** Ends the block being gathered: into the article's blocks, or the removals when outside it. */
        void flush() {
            String text = BlockText.normalise(pending.toString());
            pending.setLength(0);
            if (text.isEmpty()) {
                return;
            }
            if (insideRoot) {
                blocks.add(new TextBlock(text, 0));
            } else {
                removed.add(new Removal(OUTSIDE_ARTICLE, text));
            }
        }
    }
}
