package org.framelens.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.Enumeration;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models, found on the classpath by name pattern (not by version) and loaded once.
 *
 * <p>The models are immutable and safe to share between threads.
 */
public record LanguageModels(SentenceModel sentences, TokenizerModel tokens, POSModel partsOfSpeech) {

    private static final Pattern SENTENCE_MODEL = Pattern.compile("opennlp-en-ud-[a-z]+-sentence-.*\\.bin");
    private static final Pattern TOKEN_MODEL = Pattern.compile("opennlp-en-ud-[a-z]+-tokens-.*\\.bin");
    private static final Pattern POS_MODEL = Pattern.compile("opennlp-en-ud-[a-z]+-pos-.*\\.bin");

    /** Loads the three English models from the classpath; fails loudly if the build left one out. */
    public static LanguageModels load() {
        ClassLoader loader = LanguageModels.class.getClassLoader();
        TreeSet<String> names = modelNames(loader);
        try {
            return new LanguageModels(
                    new SentenceModel(open(loader, pick(names, SENTENCE_MODEL))),
                    new TokenizerModel(open(loader, pick(names, TOKEN_MODEL))),
                    new POSModel(open(loader, pick(names, POS_MODEL))));
        } catch (IOException e) {
            throw new UncheckedIOException("an OpenNLP model could not be read", e);
        }
    }

    private static InputStream open(ClassLoader loader, String name) {
        InputStream in = loader.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + name + " is listed but cannot be opened");
        }
        return in;
    }

    private static String pick(TreeSet<String> names, Pattern pattern) {
        return names.descendingSet().stream()
                .filter(n -> pattern.matcher(n).matches())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "no OpenNLP model matching " + pattern + " on the classpath; rebuild with mvn package"));
    }

    /** Names of the .bin files at the root of every jar on the classpath. */
    private static TreeSet<String> modelNames(ClassLoader loader) {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources("META-INF/MANIFEST.MF");
            while (roots.hasMoreElements()) {
                URL url = roots.nextElement();
                if ("jar".equals(url.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        jar.stream().map(e -> e.getName())
                                .filter(n -> n.indexOf('/') < 0 && n.endsWith(".bin"))
                                .forEach(names::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not list the classpath to find the OpenNLP models", e);
        }
        return names;
    }
}
