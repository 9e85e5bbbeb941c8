package org.framelens.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.annotate.Annotator;
import org.framelens.annotate.LanguageModels;
import org.framelens.article.Article;
import org.framelens.measure.CueFinder;
import org.framelens.measure.OutletMeasurer;
import org.framelens.testing.Articles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Throughput of annotation and cue finding on the example articles, one thread against two, the heap the
 * models take, and the throughput of the scoring stages that follow. Run with {@code mvn -B test -Pbenchmark}; excluded from the normal test run.
 */
@Tag("benchmark")
class AnnotationBenchmark {

    private static final int COPIES = 20;
    private static final int PASSES = 5;

    @Test
    void measureThroughput() throws Exception {
        System.gc();
        long before = usedHeap();
        LanguageModels models = LanguageModels.load();
        System.gc();
        long modelHeap = usedHeap() - before;
        long loadStart = System.nanoTime();
        LanguageModels.load();
        double loadMillis = (System.nanoTime() - loadStart) / 1e6;

        Annotator annotator = new Annotator(models);
        OutletMeasurer measurer = new OutletMeasurer(new CueFinder());
        List<Article> corpus = corpus();
        int words = corpus.stream().mapToInt(a -> annotator.annotate(a).wordCount()).sum();

        for (int warmUp = 0; warmUp < 3; warmUp++) {
            run(corpus, 2, annotator, measurer);
        }
        double[] oneThread = new double[PASSES];
        double[] twoThreads = new double[PASSES];
        for (int pass = 0; pass < PASSES; pass++) {
            oneThread[pass] = wordsPerSecond(corpus, words, 1, annotator, measurer);
            twoThreads[pass] = wordsPerSecond(corpus, words, 2, annotator, measurer);
        }
        double one = median(oneThread);
        double two = median(twoThreads);
        List<org.framelens.measure.OutletProfile> profiles = corpus.stream()
                .map(a -> measurer.measure(annotator.annotate(a))).toList();
        org.framelens.measure.OutletScorer scorer = new org.framelens.measure.OutletScorer();
        scorer.score(profiles, List.of());
        double[] scoring = new double[PASSES];
        for (int pass = 0; pass < PASSES; pass++) {
            long start = System.nanoTime();
            scorer.score(profiles, List.of());
            scoring[pass] = words / ((System.nanoTime() - start) / 1e9);
        }
        System.out.printf("corpus: %d articles, %d words (the five examples x %d)%n", corpus.size(), words, COPIES);
        System.out.printf("model loading: %.0f ms; models on the heap: about %.1f MB%n", loadMillis, modelHeap / 1e6);
        System.out.printf("annotate + cues, 1 thread: %.0f words/s (median of %d passes, interleaved)%n", one, PASSES);
        System.out.printf("annotate + cues, 2 threads: %.0f words/s (median of %d); ratio 2/1 = %.2f%n", two, PASSES, two / one);
        double score = median(scoring);
        System.out.printf("scoring (subject, prospects, sources, frames, loaded words, kind), 1 thread: %.0f words/s;"
                + " annotation takes %.2f of the time of both%n", score, (1 / one) / (1 / one + 1 / score));
    }

    private static List<Article> corpus() {
        List<String> files = List.of("kyiv-independent.txt", "political-news-site.txt", "the-bulwark.txt",
                "clash-report.txt", "opinion-blog.txt");
        List<Article> corpus = new ArrayList<>();
        for (int copy = 0; copy < COPIES; copy++) {
            for (String file : files) {
                corpus.add(Articles.of(Articles.exampleLines(file).toArray(String[]::new)));
            }
        }
        return corpus;
    }

    /** Words per second for one pass over the corpus with the given number of threads. */
    private static double wordsPerSecond(List<Article> corpus, int words, int threads, Annotator annotator,
                                         OutletMeasurer measurer) throws Exception {
        long start = System.nanoTime();
        run(corpus, threads, annotator, measurer);
        return words / ((System.nanoTime() - start) / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void run(List<Article> corpus, int threads, Annotator annotator, OutletMeasurer measurer)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Article article : corpus) {
                futures.add(pool.submit(() -> {
                    AnnotatedArticle annotated = annotator.annotate(article);
                    return measurer.measure(annotated);
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
