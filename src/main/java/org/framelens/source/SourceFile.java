package org.framelens.source;

import java.nio.file.Path;

/**
 * A file to read: where it is on disk and how to name it to the user.
 *
 * @param shownPath the path as the user gave it (or the folder they gave joined with the file name),
 *     with forward slashes
 * @param path where the file is
 */
record SourceFile(String shownPath, Path path) {

    /** The file's own name, without any folder. */
    String fileName() {
        return path.getFileName().toString();
    }
}
