package org.framelens.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.framelens.article.Article;
import org.framelens.article.ArticleMetadata;
import org.framelens.article.RawDocument;
import org.framelens.article.Removal;
import org.framelens.article.TextBlock;

/** Keeps only an outlet's own article text from a page, recording what it removed and why. */
public final class PageCleaner {

    private final List<BlockRule> rules;
    private final DateText dates;

    /** Loads the phrase lists from the program's resources once and sets up the rules in their order. */
    public PageCleaner() {
        CommentCues cues = new CommentCues(PhraseList.load("comment-cues.txt"));
        this.dates = new DateText(PhraseList.load("months.txt"), PhraseList.load("weekdays.txt"),
                PhraseList.load("date-words.txt"));
        PhraseList sections = PhraseList.load("navigation-sections.txt");
        LinePhrases interfacePhrases = new LinePhrases(PhraseList.load("interface-phrases.txt"));
        CreditLineRule credits = new CreditLineRule(new LinePhrases(PhraseList.load("credit-lines.txt")),
                PhraseList.load("credit-line-endings.txt"));
        // Order matters: each rule sees only what the rules before it kept. Tail sections go first so
        // their teasers are reported as related articles; author notes follow the reader comments, so
        // that they are looked for among the article's real last lines; the header zone and teaser rules
        // come last because they rely on the article's first body paragraph, found once the furniture is gone.
        this.rules = List.of(
                new TailSectionRule(
                        new LinePhrases(PhraseList.load("tail-comment-markers.txt")),
                        new LinePhrases(PhraseList.load("tail-related-markers.txt")),
                        new LinePhrases(PhraseList.load("tail-topic-markers.txt")),
                        cues, credits, interfacePhrases),
                new InterfaceRule(interfacePhrases, new MenuStrip(interfacePhrases, sections)),
                new NavigationRule(sections),
                new DateBylineRule(dates,
                        PhraseList.load("byline-labels.txt"),
                        PhraseList.load("byline-connectors.txt"),
                        PhraseList.load("timestamp-labels.txt"),
                        PhraseList.load("byline-roles.txt"),
                        interfacePhrases),
                credits,
                new ContactLineRule(PhraseList.load("contact-words.txt"), PhraseList.load("follow-words.txt"),
                        PhraseList.load("reporting-words.txt"), new LinePhrases(PhraseList.load("reader-appeals.txt"))),
                new CaptionRule(
                        PhraseList.load("photo-agencies.txt"),
                        PhraseList.load("credit-labels.txt"),
                        PhraseList.load("caption-openers.txt")),
                new RepeatedLineRule(),
                new PullQuoteRule(),
                new ReaderCommentRule(cues),
                new AuthorNoteRule(new LinePhrases(PhraseList.load("author-note-openers.txt")),
                        PhraseList.load("author-disclaimers.txt"), PhraseList.load("author-bio-verbs.txt")),
                new HeaderZoneRule(),
                new RelatedHeadlineRule(PhraseList.load("related-link-labels.txt")));
    }

    /** Cleans one page; never throws for odd input and may return an article with no paragraphs. */
    public Article clean(RawDocument page) {
        if (page == null) {
            return new Article("", labelled(ArticleMetadata.NONE, "", null, List.of()), List.of(), List.of());
        }
        ArticleMetadata metadata = page.metadata() == null ? ArticleMetadata.NONE : page.metadata();
        Page cleaned = Page.of(usableBlocks(page.blocks()), metadata.title());
        for (BlockRule rule : rules) {
            Map<Integer, RemovalReason> removals = rule.judge(cleaned);
            cleaned = cleaned.withRemovals(removals);
        }
        List<String> paragraphs = new ArrayList<>();
        List<Removal> removed = new ArrayList<>(page.removed());
        int readerRemovals = removed.size();
        for (int i = 0; i < cleaned.size(); i++) {
            Optional<RemovalReason> verdict = cleaned.verdict(i);
            if (verdict.isEmpty()) {
                paragraphs.add(cleaned.text(i));
            } else {
                addRemoval(removed, readerRemovals, cleaned, i, verdict.get());
            }
        }
        String file = page.file() == null ? "" : page.file();
        String headline = cleaned.headline() >= 0 && cleaned.verdict(cleaned.headline()).isEmpty()
                ? cleaned.text(cleaned.headline()) : null;
        ArticleMetadata dated = metadata.date() != null ? metadata : datedFromPage(metadata, cleaned);
        return new Article(file, labelled(dated, file, headline, paragraphs), paragraphs, removed);
    }

    /**
     * The metadata with the first whole day named on a removed date or byline line ("Updated 4:12 PM EST,
     * November 27, 2025"), for pages whose metadata has no date; unchanged when no such line names one.
     */
    private ArticleMetadata datedFromPage(ArticleMetadata metadata, Page page) {
        for (int i = 0; i < page.size(); i++) {
            if (page.verdict(i).filter(RemovalReason.DATE_AND_BYLINE::equals).isPresent()) {
                Optional<LocalDate> day = dates.firstDay(page.text(i));
                if (day.isPresent()) {
                    return new ArticleMetadata(metadata.outlet(), metadata.title(), day.get(), false,
                            metadata.url(), metadata.author());
                }
            }
        }
        return metadata;
    }

    /** Appends a removal, merging it into the previous one when the block just before went for the same reason. */
    private static void addRemoval(List<Removal> removed, int readerRemovals, Page page, int index,
                                   RemovalReason reason) {
        boolean previousSameReason = index > 0 && page.verdict(index - 1).filter(reason::equals).isPresent();
        if (previousSameReason && removed.size() > readerRemovals) {
            Removal last = removed.remove(removed.size() - 1);
            removed.add(new Removal(last.reason(), last.text() + "\n" + page.text(index)));
        } else {
            removed.add(new Removal(reason.text(), page.text(index)));
        }
    }

    private static List<TextBlock> usableBlocks(List<TextBlock> blocks) {
        List<TextBlock> usable = new ArrayList<>();
        for (TextBlock block : blocks) {
            if (block != null && block.text() != null && !block.text().isBlank()) {
                usable.add(new TextBlock(block.text().strip(), Math.max(0, block.blankLinesBefore())));
            }
        }
        return usable;
    }

    /** The metadata with outlet and title filled in: from the file name, and the headline found on the page. */
    private static ArticleMetadata labelled(ArticleMetadata metadata, String file, String headline,
                                            List<String> paragraphs) {
        String outlet = isBlank(metadata.outlet()) ? ArticleLabels.outletFromFile(file) : metadata.outlet();
        String fallback = headline != null ? headline : ArticleLabels.titleFromParagraphs(paragraphs);
        String title = isBlank(metadata.title()) ? fallback : metadata.title();
        return metadata.withOutletAndTitle(outlet, title);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
