package org.framelens.article;

/** A file framelens could not use, with a one-line reason a non-programmer can act on. */
public final class InputProblem extends Exception {

    private final String file;
    private final String problem;

    public InputProblem(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
        this.problem = problem;
    }

    public InputProblem(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    /** The path as the user gave it. */
    public String file() {
        return file;
    }

    /** What is wrong with it, without the file name. */
    public String problem() {
        return problem;
    }
}
