package org.framelens.source;

import java.util.List;

import org.framelens.article.RawDocument;

/**
 * What reading the user's paths produced: a document per usable file, and a line per file or table it could
 * not use (or used with a caveat), in the order they were met.
 *
 * @param documents the documents read, in the order of the paths given, files of a folder by name
 * @param problems one-line messages of the form {@code <path as given>: <problem>}
 */
public record ReadResult(List<RawDocument> documents, List<String> problems) {

    public ReadResult {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }
}
