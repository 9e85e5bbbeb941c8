package org.framelens.validity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Accuracy, and precision, recall and F1 per class, from pairs of hand label and framelens label. */
final class ClassScores {

    private final List<String> classes;
    private final Map<String, Integer> confusion = new LinkedHashMap<>();
    private int total;
    private int correct;

    ClassScores(List<String> classes) {
        this.classes = List.copyOf(classes);
    }

    void add(String gold, String predicted) {
        confusion.merge(gold + "\u0000" + predicted, 1, Integer::sum);
        total++;
        if (gold.equals(predicted)) {
            correct++;
        }
    }

    int total() {
        return total;
    }

    double accuracy() {
        return total == 0 ? 0 : correct / (double) total;
    }

    int count(String gold, String predicted) {
        return confusion.getOrDefault(gold + "\u0000" + predicted, 0);
    }

    double precision(String c) {
        int predicted = classes.stream().mapToInt(g -> count(g, c)).sum();
        return predicted == 0 ? 0 : count(c, c) / (double) predicted;
    }

    double recall(String c) {
        int gold = classes.stream().mapToInt(p -> count(c, p)).sum();
        return gold == 0 ? 0 : count(c, c) / (double) gold;
    }

    double f1(String c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    int support(String c) {
        return classes.stream().mapToInt(p -> count(c, p)).sum();
    }

    List<String> classes() {
        return new ArrayList<>(classes);
    }
}
