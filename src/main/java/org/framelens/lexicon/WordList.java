package org.framelens.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads a word-list resource: one entry per line, blank lines and {@code #} comments ignored. */
public final class WordList {

    private WordList() {
    }

    /** The lines of a classpath resource relative to {@code owner}'s package, in file order. */
    public static List<String> lines(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("word list " + name + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    lines.add(entry);
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("word list " + name + " could not be read", e);
        }
    }

    /** The entries of a word-list resource as a set. */
    public static Set<String> set(Class<?> owner, String name) {
        return Set.copyOf(lines(owner, name));
    }
}
