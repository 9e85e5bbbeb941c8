package org.framelens.cli;


/** Entry point of {@code java -jar framelens.jar}: runs the command and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(FramelensCommand.execute(args));
    }
}
