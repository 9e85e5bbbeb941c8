package org.framelens.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;

import org.framelens.article.InputProblem;

/** Reads a whole input file into memory, refusing files far larger than any article. */
final class FileBytes {

    /** Files above this size are refused rather than risk running out of memory. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private FileBytes() {
    }

    /** The file's bytes, or a one-line problem when it cannot be read or is implausibly large. */
    static byte[] read(SourceFile file) throws InputProblem {
        try {
            long size = Files.size(file.path());
            if (size > MAX_BYTES) {
                throw new InputProblem(file.shownPath(), "the file is too large for an article ("
                        + (size / (1024 * 1024)) + " MB; the limit is " + (MAX_BYTES / (1024 * 1024)) + " MB)");
            }
            return Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** The one-line problem for an I/O failure on this file, without the exception's technical detail. */
    static InputProblem unreadable(SourceFile file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new InputProblem(file.shownPath(), "no such file or folder", e);
        }
        if (e instanceof AccessDeniedException) {
            return new InputProblem(file.shownPath(), "cannot be read (permission denied)", e);
        }
        return new InputProblem(file.shownPath(), "cannot be read (the system reported an input/output error)", e);
    }
}
