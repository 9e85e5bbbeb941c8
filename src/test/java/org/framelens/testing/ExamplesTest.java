package org.framelens.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.annotate.Sentence;
import org.junit.jupiter.api.Test;

class ExamplesTest {

    @Test
    void everyHandLabelStillMatchesASentenceOfThePipeline() {
        Map<String, AnnotatedArticle> examples = Examples.annotated();
        assertThat(examples.keySet()).containsExactlyInAnyOrderElementsOf(Examples.NAMES);
        for (String name : Examples.NAMES) {
            var texts = examples.get(name).sentences().stream().map(Sentence::text).toList();
            for (Examples.Label label : Examples.labels(name)) {
                assertThat(texts).as(name + " sentence " + label.index()).contains(label.text());
            }
        }
    }
}
