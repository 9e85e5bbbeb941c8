package org.framelens.clean;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Drops the end of a page from the line that opens a comment section ("Leave a comment", "5 Comments"),
 * a related-articles block ("Related Articles", "More from …", "Most viewed") or a list of topic tags
 * ("Explore more on these topics", "Tags: strikes, ports"). Each section runs to the next such line or to
 * the end and gets its own reason; a copyright or credit line or a button ("Share") inside keeps its own.
 * A marker only counts
 * near the end of the page (less text after it than before it, and a marker of two or more words) or when
 * only page furniture follows it, so a single word such as "Related" in the middle of an article cannot
 * cut the article short. Once the tail is found, it reaches back over earlier markers that only page
 * furniture separates from it (a blog's "Related" teaser above its "12 thoughts on …" comments).
 */
final class TailSectionRule implements BlockRule {

    private static final int MAX_MARKER_WORDS = 15;
    /** A marker is in the last part of the page when the text after it is under a third of the text before it. */
    private static final int LAST_PART_RATIO = 3;

    private final LinePhrases commentMarkers;
    private final LinePhrases relatedMarkers;
    private final LinePhrases topicMarkers;
    private final CommentCues cues;
    private final CreditLineRule credits;
    private final LinePhrases interfacePhrases;

    /**
     * Builds the rule from the comment-section, related-block and topic-tag marker lists, and the credit and
     * interface recognisers whose lines keep their own reason inside a tail.
     */
    TailSectionRule(LinePhrases commentMarkers, LinePhrases relatedMarkers, LinePhrases topicMarkers,
                    CommentCues cues, CreditLineRule credits, LinePhrases interfacePhrases) {
        this.commentMarkers = commentMarkers;
        this.relatedMarkers = relatedMarkers;
        this.topicMarkers = topicMarkers;
        this.cues = cues;
        this.credits = credits;
        this.interfacePhrases = interfacePhrases;
    }

    @Override
    public Map<Integer, RemovalReason> judge(Page page) {
        List<Integer> kept = page.keptIndices();
        for (int index : kept) {
            Optional<RemovalReason> kind = markerKind(page, index);
            if (kind.isPresent() && opensTail(page, index, kind.get())) {
                return sectionsFrom(page, kept, reachBack(page, kept, index));
            }
        }
        return Map.of();
    }

    /** The earliest marker before {@code start} with nothing but page furniture between it and {@code start}. */
    private int reachBack(Page page, List<Integer> kept, int start) {
        int earliest = start;
        for (int k = kept.indexOf(start) - 1; k >= 0; k--) {
            int index = kept.get(k);
            if (!isFurniture(page, index)) {
                break;
            }
            if (markerKind(page, index).isPresent()) {
                earliest = index;
            }
        }
        return earliest;
    }

    private Map<Integer, RemovalReason> sectionsFrom(Page page, List<Integer> kept, int start) {
        Map<Integer, RemovalReason> removals = new LinkedHashMap<>();
        RemovalReason current = null;
        for (int index : kept) {
            if (index < start) {
                continue;
            }
            Optional<RemovalReason> marker = markerKind(page, index);
            current = marker.orElse(current);
            removals.put(index, marker.isPresent() ? current : ownReason(page, index).orElse(current));
        }
        return removals;
    }

    /** The reason a credit line or an interface string inside a tail keeps, or empty for the tail's own lines. */
    private Optional<RemovalReason> ownReason(Page page, int index) {
        if (credits.isCredit(page.text(index), page.words(index))) {
            return Optional.of(RemovalReason.CREDITS);
        }
        if (interfacePhrases.matches(page.text(index))) {
            return Optional.of(RemovalReason.INTERFACE);
        }
        return Optional.empty();
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
        if (topicMarkers.matches(text)) {
            return Optional.of(RemovalReason.TOPIC_TAGS);
        }
        return Optional.empty();
    }
}
