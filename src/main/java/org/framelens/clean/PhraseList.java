package org.framelens.clean;

import java.util.List;
import org.framelens.lexicon.WordList;

/** A word or phrase list read from a UTF-8 resource of this package: one entry a line, '#' starts a comment line. */
record PhraseList(String name, List<String> entries) {

    PhraseList {
        entries = List.copyOf(entries);
    }

    /** Reads the list {@code name} next to this class; a missing list is a packaging fault, so it fails loudly. */
    static PhraseList load(String name) {
        return new PhraseList(name, WordList.lines(PhraseList.class, name));
    }
}
