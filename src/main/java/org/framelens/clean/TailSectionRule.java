package org.framelens.clean;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Drops the end of a page from the line that opens a comment section ("Leave a comment", "5 Comments")
 * or a related-articles block ("Related Articles", "More from …"). Each section runs to the next such
 * line or to the end and gets its own reason. A marker only counts near the end of the page (less text
 * after it than before it, and a marker of two or more words) or when only page furniture follows it, so
 * a single word such as "Related" in the middle of an article cannot cut the article short.
 */
final class TailSectionRule implements BlockRule {

    private static final int MAX_MARKER_WORDS = 15;
    /** A marker is in the last part of the page when the text after it is under a third of the text before it. */
    private static final int LAST_PART_RATIO = 3;

    private final LinePhrases commentMarkers;
    private final LinePhrases relatedMarkers;
    private final CommentCues cues;

    /** Builds the rule from the comment-section and related-block marker lists. */
    TailSectionRule(LinePhrases commentMarkers, LinePhrases relatedMarkers, CommentCues cues) {
        this.commentMarkers = commentMarkers;
        this.relatedMarkers = relatedMarkers;
        this.cues = cues;
    }

    @Override
    public Map<Integer, RemovalReason> judge(Page page) {
        List<Integer> kept = page.keptIndices();
        for (int index : kept) {
            Optional<RemovalReason> kind = markerKind(page, index);
            if (kind.isPresent() && opensTail(page, index, kind.get())) {
                return sectionsFrom(page, kept, index, kind.get());
            }
        }
        return Map.of();
    }

    private Map<Integer, RemovalReason> sectionsFrom(Page page, List<Integer> kept, int start, RemovalReason first) {
        Map<Integer, RemovalReason> removals = new LinkedHashMap<>();
        RemovalReason current = first;
        for (int index : kept) {
            if (index < start) {
                continue;
            }
            current = markerKind(page, index).orElse(current);
            removals.put(index, current);
        }
        return removals;
    }

    private boolean opensTail(Page page, int index, RemovalReason kind) {
        int before = page.keptWords(0, index);
        int after = page.keptWords(index + 1, page.size());
        if (followedOnlyByFurniture(page, index)) {
            return true;
        }
        if (after < before && followedOnlyByComments(page, index, kind)) {
            return true;
        }
        boolean inLastPart = after * LAST_PART_RATIO < before;
        return inLastPart && page.words(index) >= 2;
    }

    private boolean followedOnlyByFurniture(Page page, int marker) {
        for (int index : page.keptIndices()) {
            if (index > marker && !isFurniture(page, index)) {
                return false;
            }
        }
        return true;
    }

    private boolean isFurniture(Page page, int index) {
        String text = page.text(index);
        return markerKind(page, index).isPresent()
                || page.words(index) < Page.BODY_PARAGRAPH_WORDS
                || !LineShape.endsSentence(text)
                || LineShape.endsWithEllipsis(text);
    }

    private boolean followedOnlyByComments(Page page, int marker, RemovalReason kind) {
        if (kind != RemovalReason.COMMENT_SECTION) {
            return false;
        }
        for (int index : page.keptIndices()) {
            if (index > marker && !isFurniture(page, index) && cues.score(page.text(index)) == 0) {
                return false;
            }
        }
        return true;
    }

    private Optional<RemovalReason> markerKind(Page page, int index) {
        if (page.words(index) > MAX_MARKER_WORDS) {
            return Optional.empty();
        }
        String text = page.text(index);
        if (commentMarkers.matches(text)) {
            return Optional.of(RemovalReason.COMMENT_SECTION);
        }
        if (relatedMarkers.matches(text)) {
            return Optional.of(RemovalReason.RELATED_SECTION);
        }
        return Optional.empty();
    }
}
