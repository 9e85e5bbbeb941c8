package org.framelens.loaded;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.annotate.Sentence;
import org.framelens.testing.Examples;

/**
 * How far framelens's loaded-language cues agree with the hand labels' {@code loaded} column. A cue and a label
 * agree when they overlap in the text of the same sentence; a labelled {@code ?} or {@code !} agrees with any
 * rhetorical-question or exclamation cue of that sentence.
 *
 * @param cues framelens's cues
 * @param cuesMatched cues that agree with a label
 * @param labels hand-labelled items
 * @param labelsMatched labels that some cue agrees with
 */
public record LabelAgreement(int cues, int cuesMatched, int labels, int labelsMatched) {

    /** Share of cues that agree with a label; 1 when there are no cues. */
    public double precision() {
        return cues == 0 ? 1.0 : (double) cuesMatched / cues;
    }

    /** Share of labels some cue agrees with; 1 when there are no labels. */
    public double recall() {
        return labels == 0 ? 1.0 : (double) labelsMatched / labels;
    }

    /** Both counts added. */
    public LabelAgreement plus(LabelAgreement other) {
        return new LabelAgreement(cues + other.cues, cuesMatched + other.cuesMatched, labels + other.labels,
                labelsMatched + other.labelsMatched);
    }

    /** One line for the test log. */
    String describe(String name) {
        return String.format(Locale.ROOT, "%-20s precision %.2f (%d/%d)  recall %.2f (%d/%d)", name, precision(),
                cuesMatched, cues, recall(), labelsMatched, labels);
    }

    /** The agreement of the finder's cues with the labels of one example. */
    public static LabelAgreement of(LoadedLanguageFinder finder, AnnotatedArticle article, List<Examples.Label> labels) {
        Map<String, Examples.Label> byText = new java.util.HashMap<>();
        labels.forEach(l -> byText.put(l.text(), l));
        int cues = 0;
        int cuesMatched = 0;
        int labelled = 0;
        int labelsMatched = 0;
        for (Sentence sentence : article.sentences()) {
            List<LoadedCue> found = finder.find(sentence, article);
            Examples.Label label = byText.get(sentence.text());
            List<String> items = label == null ? List.of() : label.loaded();
            List<int[]> spans = new ArrayList<>();
            for (String item : items) {
                spans.add(span(sentence.text(), item));
            }
            for (LoadedCue cue : found) {
                cues++;
                if (agreesWithAny(cue, items, spans)) {
                    cuesMatched++;
                }
            }
            for (int i = 0; i < items.size(); i++) {
                labelled++;
                String item = items.get(i);
                int[] span = spans.get(i);
                if (found.stream().anyMatch(c -> agrees(c, item, span))) {
                    labelsMatched++;
                }
            }
        }
        return new LabelAgreement(cues, cuesMatched, labelled, labelsMatched);
    }

    private static boolean agreesWithAny(LoadedCue cue, List<String> items, List<int[]> spans) {
        for (int i = 0; i < items.size(); i++) {
            if (agrees(cue, items.get(i), spans.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean agrees(LoadedCue cue, String item, int[] span) {
        if (item.equals("?")) {
            return cue.kind() == LoadedKind.RHETORICAL_QUESTION;
        }
        if (item.equals("!")) {
            return cue.kind() == LoadedKind.EXCLAMATION;
        }
        if (cue.kind() == LoadedKind.RHETORICAL_QUESTION || cue.kind() == LoadedKind.EXCLAMATION || span == null) {
            return false;
        }
        return cue.cue().start() < span[1] && span[0] < cue.cue().end();
    }

    /** Where the labelled words stand in the sentence, matched exactly or else ignoring case; null if absent. */
    private static int[] span(String sentence, String item) {
        int at = sentence.indexOf(item);
        if (at < 0) {
            at = sentence.toLowerCase(Locale.ROOT).indexOf(item.toLowerCase(Locale.ROOT));
        }
        return at < 0 ? null : new int[] {at, at + item.length()};
    }
}
