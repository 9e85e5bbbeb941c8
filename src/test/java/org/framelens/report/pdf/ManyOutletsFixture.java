package org.framelens.report.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framelens.annotate.Sentence;
import org.framelens.article.Removal;
import org.framelens.compare.Comparison;
import org.framelens.compare.CrossOutlet;
import org.framelens.compare.coverage.CoverageItem;
import org.framelens.compare.coverage.CoverageMatrix;
import org.framelens.compare.wording.WordingSimilarity;
import org.framelens.frames.Frame;
import org.framelens.frames.FrameCue;
import org.framelens.frames.FrameProfile;
import org.framelens.frames.SentenceFrames;
import org.framelens.measure.OutletProfile;

/**
 * Hand-made comparisons of many outlets for the frames and coverage pages: long names that cannot head a column,
 * frames on every sentence, a coverage matrix with omissions decided by the matrix's own rule, and a similarity
 * matrix with one clear most alike and least alike pair.
 */
final class ManyOutletsFixture {

    /** Positions of the most alike pair of {@link #withCrossOutlet(int)}, and their similarity. */
    static final int MOST_FIRST = 2;
    static final int MOST_SECOND = 5;
    static final double MOST = 0.91;
    /** Positions of the least alike pair, and their similarity. */
    static final int LEAST_FIRST = 0;
    static final int LEAST_SECOND = 1;
    static final double LEAST = 0.05;
    /** The distinctive words the most alike pair shares. */
    static final List<String> SHARED = List.of("ceasefire", "special envoy");

    private ManyOutletsFixture() {
    }

    /** The printed name of outlet {@code i} (1-based): short for every third, otherwise far too long for a column. */
    static String name(int i) {
        return i % 3 == 0 ? "Outlet " + i : "The Extraordinarily Long-Named Regional Broadcasting Corporation of the "
                + "Northern Provinces, Evening Edition Number " + i;
    }

    /** {@code count} outlets with frames on their sentences, a coverage matrix and a similarity matrix. */
    static Comparison withCrossOutlet(int count) {
        ComparisonFixture fixture = ComparisonFixture.create();
        for (int i = 1; i <= count; i++) {
            fixture.outlet(name(i), "Leaders meet again as talks on a ceasefire drag on " + i,
                    i % 4 == 0 ? null : LocalDate.of(2025, 11, i), false,
                    ComparisonFixture.metrics(500 + i * 37, 20 + i, i * 1.37, i / 2.0, i, i / 4.0, i / 100.0),
                    List.of("Leaders meet again.", "Talks drag on."), List.<Removal>of(),
                    List.of(ComparisonFixture.said("Spokesperson " + i, "“Talks {may} resume,” the spokesperson "
                                    + "said."),
                            ComparisonFixture.own("Nobody {could} say when the fighting would stop.")));
        }
        Comparison plain = fixture.build();
        List<OutletProfile> outlets = new ArrayList<>();
        for (int i = 0; i < plain.outlets().size(); i++) {
            OutletProfile profile = plain.outlets().get(i);
            outlets.add(profile.withScores(profile.prospect(), profile.sources(), frames(profile, i), profile.loaded(),
                    profile.kind()));
        }
        List<String> names = outlets.stream().map(p -> p.article().outlet()).toList();
        return new Comparison(plain.toolVersion(), plain.reportDate(), plain.subjectTerms(), outlets,
                plain.problems(), new CrossOutlet(Map.of(), wording(names), coverage(names)));
    }

    /** Outlet {@code i}'s sentences framed in turn, starting from frame {@code i}, each cued by its first word. */
    private static FrameProfile frames(OutletProfile profile, int i) {
        List<SentenceFrames> framed = new ArrayList<>();
        for (Sentence sentence : profile.annotated().sentences()) {
            Frame frame = Frame.values()[(i + sentence.index()) % Frame.values().length];
            int end = Math.max(1, sentence.text().indexOf(' '));
            framed.add(new SentenceFrames(sentence.index(), Set.of(frame), Map.of(frame, 2),
                    List.of(new FrameCue(frame, sentence.text().substring(0, end), 0, end, 2))));
        }
        return FrameProfile.of(framed);
    }

    /** A symmetric similarity matrix with a single highest and a single lowest pair. */
    private static WordingSimilarity wording(List<String> names) {
        int n = names.size();
        double[][] values = new double[n][n];
        Map<String, List<String>> shared = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                values[i][j] = i == j ? 1.0 : 0.30 + ((i + 1) * (j + 1) % 17) / 40.0;
            }
        }
        if (n > MOST_SECOND) {
            values[MOST_FIRST][MOST_SECOND] = MOST;
            values[MOST_SECOND][MOST_FIRST] = MOST;
            values[LEAST_FIRST][LEAST_SECOND] = LEAST;
            values[LEAST_SECOND][LEAST_FIRST] = LEAST;
            shared.put(WordingSimilarity.pairKey(MOST_FIRST, MOST_SECOND), SHARED);
        }
        return new WordingSimilarity(names, values, shared);
    }

    /**
     * Items of four kinds, each mentioned by a pattern of outlets: all but the fourth, every even one, the first
     * three, and each outlet alone in two sentences; left out as the coverage comparer decides it.
     */
    private static CoverageMatrix coverage(List<String> names) {
        List<CoverageItem> items = new ArrayList<>();
        items.add(item(CoverageItem.Kind.PERSON, "Steve Witkoff", names, i -> i != 3));
        items.add(item(CoverageItem.Kind.PLACE, "Geneva", names, i -> i % 2 == 0));
        items.add(item(CoverageItem.Kind.ORGANISATION, "Kremlin", names, i -> i < 3));
        items.add(item(CoverageItem.Kind.NUMBER, "28-point plan", names, i -> i % 5 != 1));
        items.add(item(CoverageItem.Kind.PERSON, "Sergey Lavrov", names, i -> i == 0));
        return new CoverageMatrix(names, items);
    }

    private static CoverageItem item(CoverageItem.Kind kind, String label, List<String> names,
                                     java.util.function.IntPredicate mentions) {
        Map<String, List<Integer>> byOutlet = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            byOutlet.put(names.get(i), mentions.test(i) ? List.of(0, 1) : List.of());
        }
        long mentioning = byOutlet.values().stream().filter(s -> !s.isEmpty()).count();
        List<String> leftOut = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!mentions.test(i) && mentioning >= 2 && 2 * mentioning >= names.size() - 1) {
                leftOut.add(names.get(i));
            }
        }
        return new CoverageItem(kind, label, byOutlet, leftOut);
    }
}
