package org.framelens.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads one of this package's UTF-8 list files from the classpath: an entry per line, {@code #} comments. */
final class ListResource {

    private ListResource() {
    }

    /** The non-blank, non-comment lines of the named resource next to this class, trimmed. */
    static List<String> load(String name) {
        try (InputStream in = ListResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/framelens/source/" + name);
            }
            List<String> entries = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource org/framelens/source/" + name, e);
        }
    }
}
