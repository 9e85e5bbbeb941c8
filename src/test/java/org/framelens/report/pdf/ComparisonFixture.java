package org.framelens.report.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.annotate.Sentence;
import org.framelens.annotate.Token;
import org.framelens.annotate.Voice;
import org.framelens.article.Article;
import org.framelens.article.ArticleMetadata;
import org.framelens.article.Removal;
import org.framelens.compare.Comparison;
import org.framelens.measure.OutletMetrics;
import org.framelens.measure.OutletProfile;

/**
 * Builds comparisons by hand for the PDF tests, standing in for the real pipeline: realistic outlets,
 * headlines, figures and removed blocks taken from the example articles in {@code input/}.
 */
final class ComparisonFixture {

    static final LocalDate REPORT_DATE = LocalDate.of(2025, 12, 3);
    static final String TOOL_VERSION = "0.1.0";

    /** A reader-comment block of 16 identical 48-character sentences: 767 characters once trimmed. */
    static final String LONG_COMMENTS = "The comments below are closed for this article. ".repeat(16);

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]|[^\\s\\p{L}\\p{N}]");

    private final List<OutletProfile> outlets = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    /** An empty comparison to add outlets to. */
    static ComparisonFixture create() {
        return new ComparisonFixture();
    }

    /** Figures for one outlet, in the order of {@link OutletMetrics}. */
    static OutletMetrics metrics(int words, int sentences, double hedges, double boosters, double ownHedges,
                                 double ownBoosters, double quotedShare) {
        return new OutletMetrics(words, sentences, hedges, boosters, ownHedges, ownBoosters, quotedShare);
    }

    /** Adds an outlet with its article text split into sentences and tokens. */
    ComparisonFixture outlet(String outlet, String title, LocalDate date, boolean approximate, OutletMetrics metrics,
                             List<String> paragraphs, List<Removal> removed) {
        String file = "input/" + outlet.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".txt";
        ArticleMetadata metadata = new ArticleMetadata(outlet, title, date, approximate, null, null);
        Article article = new Article(file, metadata, paragraphs, removed);
        outlets.add(new OutletProfile(new AnnotatedArticle(article, sentences(paragraphs)), metrics, List.of()));
        return this;
    }

    /** Adds an outlet with one paragraph of text and the given removed blocks. */
    ComparisonFixture outlet(String outlet, String title, LocalDate date, boolean approximate, OutletMetrics metrics,
                             Removal... removed) {
        return outlet(outlet, title, date, approximate, metrics, List.of(title), List.of(removed));
    }

    /** Adds a line about a skipped file. */
    ComparisonFixture problem(String line) {
        problems.add(line);
        return this;
    }

    /** The comparison built so far. */
    Comparison build() {
        return new Comparison(TOOL_VERSION, REPORT_DATE, java.util.List.of(), outlets, problems);
    }

    /** The five example outlets with hand-made figures and the blocks cleaning would remove. */
    static Comparison fiveOutlets() {
        return create()
                .outlet("Clash Report", "Trump Sends Top Envoy to Russia to Finalize Ukraine Plan",
                        LocalDate.of(2025, 11, 26), false, metrics(612, 27, 8.2, 4.9, 6.5, 3.3, 0.142),
                        List.of("Trump Sends Top Envoy to Russia to Finalize Ukraine Plan",
                                "U.S. President Donald Trump announced progress in efforts to end the Ukraine war "
                                        + "and said he will send his special envoy, Steve Witkoff, to meet with "
                                        + "Russian President Vladimir Putin to resolve the “few” remaining "
                                        + "disagreements in the peace plan."),
                        List.of(new Removal("advertisement", "Advertisement banner"),
                                new Removal("date line", "November 26, 2025Clash Report"),
                                new Removal("image placeholder", "Cover Image")))
                .outlet("The Bulwark", "As Putin Threatens Europe, Failure of Trump Peace Plan Laid Bare",
                        LocalDate.of(2025, 12, 2), true, metrics(1486, 58, 12.3, 6.1, 11.8, 5.4, 0.187),
                        List.of("As Putin Threatens Europe, Failure of Trump Peace Plan Laid Bare",
                                "This certainly doesn’t look like peace is in the air."),
                        List.of(new Removal("reader comments", LONG_COMMENTS)))
                .outlet("The Kyiv Independent", "Why Trump's peace plan is unlikely to end Russia's war in Ukraine",
                        LocalDate.of(2025, 11, 29), true, metrics(1903, 81, 14.7, 3.2, 15.9, 2.1, 0.236),
                        List.of("Why Trump's peace plan is unlikely to end Russia's war in Ukraine",
                                "The answer, according to analysts, is increasingly clear."),
                        List.of(new Removal("site logo", "KI short logo"),
                                new Removal("photo caption", "U.S. President Donald Trump in Washington, D.C., "
                                        + "U.S., on Nov. 25, 2025. (Marvin Joseph / The Washington Post / "
                                        + "Getty Images)"),
                                new Removal("reading time", "7 min read"),
                                new Removal("link to another article", "Officials hail ‘difficult but "
                                        + "productive’ meeting, stress ‘more work’ ahead as Ukraine, US conclude "
                                        + "peace deal talks in Florida")))
                .outlet("Unnamed opinion blog",
                        "Shadows Over the Table: Ukraine-Russia Peace Talks Amid Escalating Strikes",
                        null, false, metrics(1077, 33, 9.3, 11.1, 9.9, 12.4, 0.097),
                        List.of("Shadows Over the Table: Ukraine-Russia Peace Talks Amid Escalating Strikes",
                                "For now, the guns speak louder than the envoys—but perhaps, just perhaps, "
                                        + "that’s the prelude to silence."),
                        List.of(new Removal("reader comment after a long gap",
                                "What a thought provoking article! Thanks for sharing")))
                .outlet("Unnamed political news site", "Did Trump’s Russia-Ukraine Peace Plan Quickly Stall?",
                        LocalDate.of(2025, 8, 23), true, metrics(689, 31, 10.2, 7.3, 5.8, 4.4, 0.351),
                        List.of("Did Trump’s Russia-Ukraine Peace Plan Quickly Stall?",
                                "“Optimism is Fading”"),
                        List.of(new Removal("date line", "Thursday , 6 November 2025"),
                                new Removal("navigation", "Home Politics: Breaking Political News & Updates Did "
                                        + "Trump’s Russia-Ukraine Peace Plan Quickly Stall?"),
                                new Removal("view counter", "211"),
                                new Removal("photo caption", "Trump, Russia and Ukraine")))
                .problem("input/notes.docx: not a text, HTML or PDF file, so it was skipped")
                .build();
    }

    /** Sentences split at full stops, question and exclamation marks, tokens tagged NOUN or PUNCT. */
    private static List<Sentence> sentences(List<String> paragraphs) {
        List<Sentence> sentences = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            for (String text : paragraphs.get(p).split("(?<=[.?!])\\s+")) {
                List<Token> tokens = new ArrayList<>();
                boolean quoted = false;
                int quotedWords = 0;
                Matcher matcher = TOKEN.matcher(text);
                while (matcher.find()) {
                    String token = matcher.group();
                    boolean word = Character.isLetterOrDigit(token.codePointAt(0));
                    if (token.equals("“")) {
                        quoted = true;
                    }
                    tokens.add(new Token(token, matcher.start(), matcher.end(), word ? "NOUN" : "PUNCT", quoted));
                    quotedWords += word && quoted ? 1 : 0;
                    if (token.equals("”")) {
                        quoted = false;
                    }
                }
                long words = tokens.stream().filter(Token::isWord).count();
                Voice voice = quotedWords == 0 ? Voice.AUTHOR : quotedWords == words ? Voice.QUOTED : Voice.MIXED;
                sentences.add(new Sentence(sentences.size(), p, text, tokens, voice, null));
            }
        }
        return sentences;
    }
}
