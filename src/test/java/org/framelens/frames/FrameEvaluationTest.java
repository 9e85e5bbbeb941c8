package org.framelens.frames;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.annotate.Sentence;
import org.framelens.testing.Examples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Frames of the five examples against their hand labels (sentence level), and the tendencies a careful reader
 * sees in this coverage. The floors sit a little below what the cue lists reach, so that a change that makes
 * them worse fails here instead of going unnoticed.
 */
class FrameEvaluationTest {

    private static final Map<Frame, Double> F1_FLOORS = new EnumMap<>(Map.of(
            Frame.CONFLICT, 0.65,
            Frame.HUMAN_INTEREST, 0.85,
            Frame.ECONOMIC, 0.86,
            Frame.MORALITY, 0.78,
            Frame.RESPONSIBILITY, 0.76,
            Frame.STRATEGY, 0.70));
    private static final double MICRO_F1_FLOOR = 0.71;
    private static final double MICRO_PRECISION_FLOOR = 0.80;
    private static final double MICRO_RECALL_FLOOR = 0.64;

    private static final Map<String, AnnotatedArticle> EXAMPLES = new LinkedHashMap<>();
    private static final Map<String, FrameProfile> PROFILES = new LinkedHashMap<>();
    private static final FrameScores SCORES = new FrameScores();

    @BeforeAll
    static void findFramesInTheExamples() {
        FrameFinder finder = new FrameFinder();
        EXAMPLES.putAll(Examples.annotated());
        for (String name : Examples.NAMES) {
            FrameProfile profile = finder.profile(EXAMPLES.get(name));
            PROFILES.put(name, profile);
            Map<String, Sentence> byText = EXAMPLES.get(name).sentences().stream()
                    .collect(Collectors.toMap(Sentence::text, s -> s, (a, b) -> a));
            for (Examples.Label label : Examples.labels(name)) {
                int index = byText.get(label.text()).index();
                Set<Frame> labelled = label.frames().stream().map(Frame::byLabel)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Frame.class)));
                SCORES.add(profile.sentences().get(index).frames(), labelled);
            }
        }
        System.out.println("Frames against the hand labels of the five examples (sentence level):");
        System.out.print(SCORES.table());
        PROFILES.forEach((name, p) -> System.out.println(name + " " + p.shares().entrySet().stream()
                .map(e -> e.getKey().label() + "=" + String.format(java.util.Locale.ROOT, "%.2f", e.getValue()))
                .collect(Collectors.joining(" "))));
    }

    @Test
    void agreesWithTheHandLabelsAtLeastAsWellAsBefore() {
        for (Frame frame : Frame.values()) {
            assertThat(SCORES.f1(frame)).as(frame.label() + " F1").isGreaterThanOrEqualTo(F1_FLOORS.get(frame));
        }
        assertThat(SCORES.f1(null)).as("micro-averaged F1").isGreaterThanOrEqualTo(MICRO_F1_FLOOR);
        assertThat(SCORES.precision(null)).as("micro-averaged precision").isGreaterThanOrEqualTo(MICRO_PRECISION_FLOOR);
        assertThat(SCORES.recall(null)).as("micro-averaged recall").isGreaterThanOrEqualTo(MICRO_RECALL_FLOOR);
    }

    @Test
    void strategyAndConflictDominateThisCoverage() {
        Map<Frame, Integer> total = new EnumMap<>(Frame.class);
        PROFILES.values().forEach(p -> p.counts().forEach((frame, n) -> total.merge(frame, n, Integer::sum)));
        List<Frame> byUse = total.entrySet().stream()
                .sorted(Map.Entry.<Frame, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
        assertThat(byUse.subList(0, 2)).containsExactlyInAnyOrder(Frame.STRATEGY, Frame.CONFLICT);
    }

    @Test
    void theBulwarkHasTheMostMorality() {
        double bulwark = PROFILES.get("the-bulwark").share(Frame.MORALITY);
        for (String name : Examples.NAMES) {
            if (!name.equals("the-bulwark")) {
                assertThat(bulwark).as("against " + name).isGreaterThan(PROFILES.get(name).share(Frame.MORALITY));
            }
        }
    }

    @Test
    void theOpinionBlogShowsTheNinetyYearOldInKyivAsHumanInterest() {
        FrameProfile blog = PROFILES.get("opinion-blog");
        List<String> examples = blog.examples().get(Frame.HUMAN_INTEREST).stream()
                .map(i -> EXAMPLES.get("opinion-blog").sentences().get(i).text()).toList();
        assertThat(blog.share(Frame.HUMAN_INTEREST)).isPositive();
        assertThat(examples).anyMatch(text -> text.contains("90-year-old"));
    }

    @Test
    void theNewsReportWithoutCommentUsesFewestFrames() {
        double clash = framedShare(PROFILES.get("clash-report"));
        for (String name : Examples.NAMES) {
            if (!name.equals("clash-report")) {
                assertThat(clash).as("against " + name).isLessThan(framedShare(PROFILES.get(name)));
            }
        }
    }

    /** The share of sentences with at least one frame. */
    private static double framedShare(FrameProfile profile) {
        long framed = profile.sentences().stream().filter(s -> !s.frames().isEmpty()).count();
        return (double) framed / profile.sentences().size();
    }
}
