package org.framelens.report.pdf.layout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces Arabic letters by their contextual presentation forms (isolated, final, initial, medial, and the
 * lam-alef ligatures), because PDFBox prints each character's default glyph and Arabic letters must join.
 * The table of forms lives in {@code arabic-forms.txt}. A form no font can print is left as the plain letter.
 */
public final class ArabicShaper {

    /** Whether a code point can be printed; shaping only uses forms the fonts have. */
    @FunctionalInterface
    public interface Printable {
        boolean test(int codePoint) throws IOException;
    }

    private enum Joining { NONE, RIGHT, DUAL, CAUSING }

    private record Letter(Joining joining, int firstForm) {
    }

    private static final String RESOURCE = "arabic-forms.txt";
    private static final int LAM = 0x0644;
    private static final int TATWEEL = 0x0640;

    private final Map<Integer, Letter> letters;
    private final Map<Integer, Integer> lamAlef;

    private ArabicShaper(Map<Integer, Letter> letters, Map<Integer, Integer> lamAlef) {
        this.letters = Map.copyOf(letters);
        this.lamAlef = Map.copyOf(lamAlef);
    }

    /** The shaper with the forms shipped in {@code arabic-forms.txt}. */
    public static ArabicShaper standard() {
        try (InputStream in = ArabicShaper.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the Arabic form table " + RESOURCE + " is missing from the jar");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Arabic form table " + RESOURCE, e);
        }
    }

    /** A shaper from lines in the format of {@code arabic-forms.txt}. */
    public static ArabicShaper parse(List<String> lines) {
        Map<Integer, Letter> letters = new HashMap<>();
        Map<Integer, Integer> lamAlef = new HashMap<>();
        letters.put(TATWEEL, new Letter(Joining.CAUSING, TATWEEL));
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 3) {
                throw new IllegalArgumentException("Arabic form line needs three fields: " + line);
            }
            if (parts[0].equals("lam-alef")) {
                lamAlef.put(Integer.parseInt(parts[1], 16), Integer.parseInt(parts[2], 16));
            } else {
                Joining joining = Joining.valueOf(parts[2].toUpperCase(java.util.Locale.ROOT));
                letters.put(Integer.parseInt(parts[0], 16), new Letter(joining, Integer.parseInt(parts[1], 16)));
            }
        }
        return new ArabicShaper(letters, lamAlef);
    }

    /** The text with Arabic letters in their joined forms, still in logical (reading) order. */
    public String shape(String text, Printable printable) throws IOException {
        if (text.codePoints().noneMatch(letters::containsKey)) {
            return text;
        }
        int[] cps = text.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < cps.length; i++) {
            Letter letter = letters.get(cps[i]);
            if (letter == null || letter.joining() == Joining.CAUSING) {
                out.appendCodePoint(cps[i]);
                continue;
            }
            boolean joinsBefore = letter.joining() != Joining.NONE && joinsForward(cps, previous(cps, i));
            if (cps[i] == LAM && i + 1 < cps.length && lamAlef.containsKey(cps[i + 1])) {
                int ligature = lamAlef.get(cps[i + 1]) + (joinsBefore ? 1 : 0);
                if (printable.test(ligature)) {
                    out.appendCodePoint(ligature);
                    i++;
                    continue;
                }
            }
            boolean joinsAfter = joinsForward(cps, i) && joinsBackward(cps, next(cps, i));
            int form = letter.firstForm() + offset(letter.joining(), joinsBefore, joinsAfter);
            out.appendCodePoint(printable.test(form) ? form : cps[i]);
        }
        return out.toString();
    }

    private static int offset(Joining joining, boolean before, boolean after) {
        if (joining == Joining.NONE) {
            return 0;
        }
        if (joining == Joining.RIGHT) {
            return before ? 1 : 0;
        }
        if (before && after) {
            return 3;
        }
        if (after) {
            return 2;
        }
        return before ? 1 : 0;
    }

    /** Whether the letter at {@code index} joins to the letter after it. */
    private boolean joinsForward(int[] cps, int index) {
        if (index < 0) {
            return false;
        }
        Letter letter = letters.get(cps[index]);
        return letter != null && (letter.joining() == Joining.DUAL || letter.joining() == Joining.CAUSING);
    }

    /** Whether the letter at {@code index} joins to the letter before it. */
    private boolean joinsBackward(int[] cps, int index) {
        if (index < 0) {
            return false;
        }
        Letter letter = letters.get(cps[index]);
        return letter != null && letter.joining() != Joining.NONE;
    }

    private static int previous(int[] cps, int index) {
        for (int j = index - 1; j >= 0; j--) {
            if (!isTransparent(cps[j])) {
                return j;
            }
        }
        return -1;
    }

    private static int next(int[] cps, int index) {
        for (int j = index + 1; j < cps.length; j++) {
            if (!isTransparent(cps[j])) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isTransparent(int cp) {
        return Character.getType(cp) == Character.NON_SPACING_MARK;
    }
}
