package org.framelens.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.testing.Examples;

/** Prints the voices of the five examples as a table per outlet, for reading by eye: not a test. */
public final class SourceTable {

    private SourceTable() {
    }

    /** Runs the five examples through the pipeline and the source finder and prints one table per outlet. */
    public static void main(String[] args) {
        Map<String, AnnotatedArticle> examples = Examples.annotated();
        List<String> names = new ArrayList<>(examples.keySet());
        List<SourceProfile> profiles = new SourceFinder().profile(new ArrayList<>(examples.values()));
        for (int i = 0; i < names.size(); i++) {
            SourceProfile p = profiles.get(i);
            System.out.printf("%n== %s: %d voices (%d named, %d anonymous), quoted %.1f%% of words, "
                            + "%.1f%% of quoted words without a named speaker%n",
                    names.get(i), p.distinctVoices(), p.namedVoices(), p.anonymousVoices(),
                    100 * p.quotedShare(), 100 * p.unnamedQuotedShare());
            System.out.printf("   %-36s %-9s %6s %11s  %s%n", "voice", "kind", "quoted", "paraphrased", "sentences");
            for (SourceVoice v : p.voices()) {
                System.out.printf("   %-36s %-9s %6d %11d  %s%n", v.name(), v.named() ? "named" : "anonymous",
                        v.quoted(), v.paraphrased(), v.sentences());
            }
        }
    }
}
