package org.framelens.source;

import org.framelens.article.InputProblem;

/** Reads one file of a particular format into text blocks and what the file says about itself. */
interface FormatReader {

    /** The file's content, or an {@link InputProblem} saying in one line why it cannot be used. */
    FileContent read(SourceFile file) throws InputProblem;
}
