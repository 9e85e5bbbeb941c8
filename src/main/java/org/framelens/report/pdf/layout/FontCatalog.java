package org.framelens.report.pdf.layout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which font files, in which order of preference, make up each typeface; read from {@code fonts.txt}.
 *
 * @param chains for each face, classpath resource paths of TrueType files, first choice first
 */
public record FontCatalog(Map<FontFace, List<String>> chains) {

    private static final String RESOURCE = "fonts.txt";

    public FontCatalog {
        EnumMap<FontFace, List<String>> copy = new EnumMap<>(FontFace.class);
        chains.forEach((face, files) -> copy.put(face, List.copyOf(files)));
        for (FontFace face : FontFace.values()) {
            if (!copy.containsKey(face) || copy.get(face).isEmpty()) {
                throw new IllegalArgumentException("no font files listed for typeface " + face.key());
            }
        }
        chains = Map.copyOf(copy);
    }

    /** The catalog shipped with framelens, from {@code fonts.txt} beside this class. */
    public static FontCatalog standard() {
        try (InputStream in = FontCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the font list " + RESOURCE + " is missing from the framelens jar");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font list " + RESOURCE, e);
        }
    }

    /** A catalog from lines of the form {@code face = file, file, ...}; blank lines and # comments are skipped. */
    public static FontCatalog parse(List<String> lines) {
        Map<FontFace, List<String>> chains = new EnumMap<>(FontFace.class);
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("font list line without '=': " + line);
            }
            String key = line.substring(0, equals).strip();
            FontFace face = Arrays.stream(FontFace.values()).filter(f -> f.key().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown typeface in font list: " + key));
            List<String> files = Arrays.stream(line.substring(equals + 1).split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            chains.put(face, files);
        }
        return new FontCatalog(chains);
    }

    /** The font files for one face, first choice first. */
    public List<String> chain(FontFace face) {
        return chains.get(face);
    }
}
