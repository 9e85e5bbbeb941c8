package org.framelens.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A word or phrase list read from a UTF-8 resource of this package: one entry a line, '#' starts a comment line. */
record PhraseList(String name, List<String> entries) {

    PhraseList {
        entries = List.copyOf(entries);
    }

    /** Reads the list {@code name} next to this class; a missing list is a packaging fault, so it fails loudly. */
    static PhraseList load(String name) {
        InputStream in = PhraseList.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("phrase list missing from the program: " + name);
        }
        List<String> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read phrase list " + name, e);
        }
        return new PhraseList(name, entries);
    }
}
