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
import org.framelens.measure.Cue;
import org.framelens.measure.CueCategory;
import org.framelens.measure.OutletMetrics;
import org.framelens.measure.OutletProfile;
import org.framelens.prospect.Prospect;
import org.framelens.prospect.ProspectProfile;
import org.framelens.prospect.SentenceProspect;

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

    /**
     * A sentence for the evidence section, one paragraph of its own: hedges are marked {like this}, boosters
     * &lt;like this&gt;, quoted words stand inside “ and ”.
     *
     * @param speaker who the sentence is attributed to, or null
     * @param marked the sentence with its cue marks
     */
    record Said(String speaker, String marked) {

        /** The sentence as printed, marks removed. */
        String plain() {
            return marked.replaceAll("[{}<>]", "");
        }
    }

    /** A sentence in the outlet's own words, attributed to nobody. */
    static Said own(String marked) {
        return new Said(null, marked);
    }

    /** A sentence attributed to a speaker. */
    static Said said(String speaker, String marked) {
        return new Said(speaker, marked);
    }

    /** Adds an outlet with its article text split into sentences and tokens. */
    ComparisonFixture outlet(String outlet, String title, LocalDate date, boolean approximate, OutletMetrics metrics,
                             List<String> paragraphs, List<Removal> removed) {
        return outlet(outlet, title, date, approximate, metrics, paragraphs, removed, List.of());
    }

    /**
     * Adds an outlet whose article is the given paragraphs followed by the evidence sentences, one paragraph
     * each, with the marked cues.
     */
    ComparisonFixture outlet(String outlet, String title, LocalDate date, boolean approximate, OutletMetrics metrics,
                             List<String> paragraphs, List<Removal> removed, List<Said> evidence) {
        String file = "input/" + outlet.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".txt";
        ArticleMetadata metadata = new ArticleMetadata(outlet, title, date, approximate, null, null);
        List<Sentence> sentences = new ArrayList<>(sentences(paragraphs));
        List<String> allParagraphs = new ArrayList<>(paragraphs);
        List<Cue> cues = new ArrayList<>();
        for (Said said : evidence) {
            StringBuilder plain = new StringBuilder();
            int open = -1;
            CueCategory category = null;
            List<Cue> marks = new ArrayList<>();
            for (char c : said.marked().toCharArray()) {
                if (c == '{' || c == '<') {
                    open = plain.length();
                    category = c == '{' ? CueCategory.HEDGE : CueCategory.BOOSTER;
                } else if (c == '}' || c == '>') {
                    marks.add(new Cue(category, plain.substring(open), sentences.size(), open, plain.length(),
                            Voice.AUTHOR));
                } else {
                    plain.append(c);
                }
            }
            Sentence sentence = sentence(sentences.size(), allParagraphs.size(), plain.toString(), said.speaker());
            for (Cue mark : marks) {
                boolean quoted = sentence.tokens().stream()
                        .anyMatch(t -> t.start() <= mark.start() && mark.start() < t.end() && t.quoted());
                cues.add(new Cue(mark.category(), mark.text(), mark.sentence(), mark.start(), mark.end(),
                        quoted ? Voice.QUOTED : Voice.AUTHOR));
            }
            sentences.add(sentence);
            allParagraphs.add(plain.toString());
        }
        Article article = new Article(file, metadata, allParagraphs, removed);
        outlets.add(new OutletProfile(new AnnotatedArticle(article, sentences), metrics, cues));
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

    /**
     * The five example outlets with hand-made figures, the blocks cleaning would remove, and evidence sentences
     * taken from the example articles: cues in the outlet's own words and inside quotations, a sentence with two
     * hedges, one with a hedge and a booster, named and unnamed speakers, and one outlet that names nobody.
     */
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
                                new Removal("image placeholder", "Cover Image")),
                        CLASH_REPORT)
                .outlet("The Bulwark", "As Putin Threatens Europe, Failure of Trump Peace Plan Laid Bare",
                        LocalDate.of(2025, 12, 2), true, metrics(1486, 58, 12.3, 6.1, 11.8, 5.4, 0.187),
                        List.of("As Putin Threatens Europe, Failure of Trump Peace Plan Laid Bare"),
                        List.of(new Removal("reader comments", LONG_COMMENTS)),
                        BULWARK)
                .outlet("The Kyiv Independent", "Why Trump's peace plan is unlikely to end Russia's war in Ukraine",
                        LocalDate.of(2025, 11, 29), true, metrics(1903, 81, 14.7, 3.2, 15.9, 2.1, 0.236),
                        List.of("Why Trump's peace plan is unlikely to end Russia's war in Ukraine"),
                        List.of(new Removal("site logo", "KI short logo"),
                                new Removal("photo caption", "U.S. President Donald Trump in Washington, D.C., "
                                        + "U.S., on Nov. 25, 2025. (Marvin Joseph / The Washington Post / "
                                        + "Getty Images)"),
                                new Removal("reading time", "7 min read"),
                                new Removal("link to another article", "Officials hail ‘difficult but "
                                        + "productive’ meeting, stress ‘more work’ ahead as Ukraine, US conclude "
                                        + "peace deal talks in Florida")),
                        KYIV_INDEPENDENT)
                .outlet("Unnamed opinion blog",
                        "Shadows Over the Table: Ukraine-Russia Peace Talks Amid Escalating Strikes",
                        null, false, metrics(1077, 33, 9.3, 11.1, 9.9, 12.4, 0.097),
                        List.of("Shadows Over the Table: Ukraine-Russia Peace Talks Amid Escalating Strikes"),
                        List.of(new Removal("reader comment after a long gap",
                                "What a thought provoking article! Thanks for sharing")),
                        OPINION_BLOG)
                .outlet("Unnamed political news site", "Did Trump’s Russia-Ukraine Peace Plan Quickly Stall?",
                        LocalDate.of(2025, 8, 23), true, metrics(689, 31, 10.2, 7.3, 5.8, 4.4, 0.351),
                        List.of("Did Trump’s Russia-Ukraine Peace Plan Quickly Stall?",
                                "“Optimism is Fading”"),
                        List.of(new Removal("date line", "Thursday , 6 November 2025"),
                                new Removal("navigation", "Home Politics: Breaking Political News & Updates Did "
                                        + "Trump’s Russia-Ukraine Peace Plan Quickly Stall?"),
                                new Removal("view counter", "211"),
                                new Removal("photo caption", "Trump, Russia and Ukraine")),
                        POLITICAL_NEWS_SITE)
                .problem("input/notes.docx: not a text, HTML or PDF file, so it was skipped")
                .build();
    }

    /**
     * The five example outlets with hand-made prospects: Clash Report optimistic in both voices, The Bulwark
     * pessimistic with no quoted sentence about the chances, The Kyiv Independent pessimistic with no optimistic
     * sentence, the opinion blog with no sentence about the chances, the news site split between its voices.
     */
    static Comparison fiveOutletsWithProspects() {
        Comparison plain = fiveOutlets();
        List<OutletProfile> outlets = plain.outlets();
        List<OutletProfile> scored = List.of(
                prospects(outlets.get(0), 0.6, 0.5, 1.0,
                        List.of(judged(outlets.get(0), "We are approaching a deal", Prospect.OPTIMISTIC, true),
                                judged(outlets.get(0), "Recent missile strikes", Prospect.PESSIMISTIC, false))),
                prospects(outlets.get(1), -0.6, -0.6, 0.0,
                        List.of(judged(outlets.get(1), "doesn’t look like peace", Prospect.PESSIMISTIC, false))),
                prospects(outlets.get(2), -0.4, -0.2, -0.5,
                        List.of(judged(outlets.get(2), "does not seem realistic", Prospect.PESSIMISTIC, true),
                                judged(outlets.get(2), "What could actually", Prospect.NEUTRAL, false))),
                prospects(outlets.get(3), 0.0, 0.0, 0.0, List.of()),
                prospects(outlets.get(4), 0.0, 0.25, -0.33,
                        List.of(judged(outlets.get(4), "Optimism is Fading", Prospect.PESSIMISTIC, true),
                                judged(outlets.get(4), "Quickly Stall", Prospect.OPTIMISTIC, false))));
        return new Comparison(plain.toolVersion(), plain.reportDate(), plain.subjectTerms(), scored,
                plain.problems(), plain.crossOutlet());
    }

    /** The profile with a prospect built from the judged sentences: the first of each leaning is the strongest. */
    private static OutletProfile prospects(OutletProfile profile, double score, double own, double quoted,
                                           List<SentenceProspect> judged) {
        List<Integer> optimistic = judged.stream().filter(j -> j.prospect() == Prospect.OPTIMISTIC)
                .map(SentenceProspect::sentence).toList();
        List<Integer> pessimistic = judged.stream().filter(j -> j.prospect() == Prospect.PESSIMISTIC)
                .map(SentenceProspect::sentence).toList();
        int neutral = (int) judged.stream().filter(j -> j.prospect() == Prospect.NEUTRAL).count();
        ProspectProfile prospect = new ProspectProfile(judged, score, own, quoted, optimistic.size(),
                pessimistic.size(), neutral, optimistic, pessimistic);
        return profile.withScores(prospect, profile.sources(), profile.frames(), profile.loaded(), profile.kind());
    }

    /** The judgement of the first sentence of the outlet holding {@code fragment}. */
    private static SentenceProspect judged(OutletProfile profile, String fragment, Prospect prospect,
                                           boolean quoted) {
        Sentence sentence = profile.annotated().sentences().stream()
                .filter(s -> s.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sentence holds " + fragment));
        return new SentenceProspect(sentence.index(), prospect, prospect == Prospect.PESSIMISTIC ? -1 : 1, quoted,
                List.of(), false);
    }

    /** Clash Report: sentences [4] to [9]; Sergey Lavrov twice, once in the outlet's paraphrase; no booster. */
    static final List<Said> CLASH_REPORT = List.of(
            said("Donald Trump", "Speaking at the White House, Trump acknowledged that resolving the Ukraine war is "
                    + "not easy but added, “We are approaching a deal.”"),
            own("The first version of the plan {reportedly} called for Ukraine to cede territory to Moscow, limit "
                    + "its military, and abandon NATO aspirations."),
            said("Ukrainian officials", "Ukrainian officials emphasized that they support the “core” of the plan "
                    + "and noted that the security guarantees {appear} “very robust.”"),
            own("Recent missile strikes on Kyiv {suggest} that Moscow is still not fully convinced about the deal."),
            said("Sergey Lavrov", "Russian Foreign Minister Sergey Lavrov emphasized that the revised plan should "
                    + "reflect the “spirit and letter” of the agreements reached earlier this year between Trump "
                    + "and Putin in Alaska."),
            said("Sergey Lavrov", "He warned that ignoring this {could} create a completely different situation "
                    + "for Russia."));

    /** The Bulwark: sentences [2] to [6]; two hedges in one sentence, a hedge and a booster in another. */
    static final List<Said> BULWARK = List.of(
            said("Putin", "Putin claims that an agreement with the “illegitimate” Zelensky would not be "
                    + "internationally recognized as legally binding."),
            own("This <certainly> doesn’t look like peace is in the air."),
            own("Putin’s belligerent remarks about Europe also set the stage for blaming the {likely} failure of "
                    + "the peace talks on subversive meddling by the Europeans—{presumably} because of too many "
                    + "Kremlin-unfriendly alterations to the original 28-point peace plan fed to Witkoff by Putin "
                    + "envoy Kirill Dmitriev."),
            own("If Putin ends the war without a result he can sell as a victory to the Russian public, this {may} "
                    + "not particularly bother most Russians (most of whom, polls show, want the war to end now)—but "
                    + "it will almost <certainly> exacerbate bitterness among its returning veterans."),
            own("Thus, the most {likely} explanation of Russia’s peace games is that Putin is simply playing for "
                    + "time."));

    /** The Kyiv Independent: sentences [2] to [6]; cues inside quotations, a wholly quoted sentence. */
    static final List<Said> KYIV_INDEPENDENT = List.of(
            said("analysts", "The answer, according to analysts, is increasingly <clear>."),
            said("Jenny Mathers", "“Something significant needs to change on the ground for one side or <indeed> "
                    + "both sides to make them conclude that they have little or nothing to gain from continuing "
                    + "the war,” international politics expert Jenny Mathers said."),
            said("Jenny Mathers", "“To make Russia change its position, it needs to experience serious and "
                    + "prolonged setbacks, or {perhaps} lose the support of key allies,” Mathers told the Kyiv "
                    + "Independent."),
            own("What {could} <actually> pressure Russia?"),
            said("Anton Barbashin", "“But as of now, it does not {seem} realistic that Russia will suffer military "
                    + "defeat anytime soon.”"));

    /** Unnamed opinion blog: sentences [2] to [4]; nobody named, one sentence partly quoted. */
    static final List<Said> OPINION_BLOG = List.of(
            own("Ukraine has signaled agreement to “core terms,” including temporary territorial concessions in "
                    + "the east for a ceasefire, but with ironclad “security guarantees” from the U.S. and Europe, "
                    + "{potentially} via a multinational peacekeeping force led by France and the UK."),
            own("Zelenskyy’s {potential} D.C. dash {might} seal the framework, but without Moscow’s buy-in, it’s "
                    + "just another round of shadowboxing."),
            own("For now, the guns speak louder than the envoys—but {perhaps}, just {perhaps}, that’s the prelude "
                    + "to silence."));

    /** Unnamed political news site: sentences [3] to [6] ([2] is “Optimism is Fading”); an unattributed quote. */
    static final List<Said> POLITICAL_NEWS_SITE = List.of(
            said("Trump", "On the 22nd, Trump himself admitted he was “unhappy,” saying he would set a two-week "
                    + "deadline to assess the feasibility of Russia-Ukraine peace talks."),
            own("“He (Zelensky) {could} also choose to keep fighting.”"),
            said("Britain’s Guardian", "Britain’s Guardian wrote that Trump’s comments <clearly> showed his "
                    + "frustration with the slow progress toward a {potential} peace agreement."),
            said("Trump", "According to Trump’s latest remarks, if no progress is seen within two weeks toward "
                    + "ending the Russia-Ukraine conflict, the U.S. {may} take action against Russia."));

    /** Sentences split at full stops, question and exclamation marks, tokens tagged NOUN or PUNCT. */
    private static List<Sentence> sentences(List<String> paragraphs) {
        List<Sentence> sentences = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            for (String text : paragraphs.get(p).split("(?<=[.?!])\\s+")) {
                sentences.add(sentence(sentences.size(), p, text, null));
            }
        }
        return sentences;
    }

    /**
     * One sentence cut into tokens; tokens from an opening “ to its closing ” (both included) are quoted, and the
     * voice follows from how many of the words are quoted.
     */
    private static Sentence sentence(int index, int paragraph, String text, String speaker) {
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
        return new Sentence(index, paragraph, text, tokens, voice, speaker);
    }
}
