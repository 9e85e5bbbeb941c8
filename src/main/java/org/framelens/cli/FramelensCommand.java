package org.framelens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.framelens.report.pdf.PaperSize;
import org.framelens.run.ReportRun;
import org.framelens.run.RunSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line: parses options into run settings and hands them to {@link ReportRun}. */
@Command(name = "framelens", mixinStandardHelpOptions = true, versionProvider = FramelensCommand.Version.class,
        sortOptions = false,
        description = {
            "Compares how news outlets cover the same story.",
            "Reads one article per outlet (.txt, .md, .html, .pdf), measures hedging,",
            "certainty and quoting, and writes a PDF report with the evidence and a JSON file."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file was used and the report written",
            "1:some files were skipped (see the messages); the report was written from the rest",
            "2:usage error or nothing usable; no report written, an existing report left as it was"})
public final class FramelensCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Article files or folders of articles (default: input/).")
    private List<String> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.pdf",
            description = "Where to write the PDF report (default: ${DEFAULT-VALUE}).")
    private Path output = Path.of("reports", "framelens-report.pdf");

    @Option(names = "--json", paramLabel = "FILE",
            description = "Where to write the JSON report (default: the PDF's path ending in .json).")
    private Path json;

    @Option(names = "--subject", paramLabel = "TERMS", split = ",",
            description = "Words naming what the coverage is about, comma-separated (default: found in the articles).")
    private List<String> subject;

    @Option(names = "--paper", paramLabel = "SIZE", description = "Paper size: letter or a4 (default: letter).")
    private String paper = "letter";

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Date printed on the report (default: SOURCE_DATE_EPOCH if set, else today).")
    private String date;

    @Option(names = "--handout",
            description = "Also write a short handout to print for class (findings, table, prospects, questions), "
                    + "named like the report with -handout: reports/framelens-report-handout.pdf.")
    private boolean handout;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems, not progress.")
    private boolean quiet;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final Map<String, String> environment;

    FramelensCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Runs the command with the process environment and returns the exit code. */
    public static int execute(String... args) {
        return execute(System.getenv(), args);
    }

    /** Runs the command with the process environment and returns the exit code. */
    static int execute(Map<String, String> environment, String... args) {
        return commandLine(environment).execute(args);
    }

    /** Runs the command with the given environment and output streams (for tests); returns the exit code. */
    static int execute(Map<String, String> environment, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine(environment);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    /** The command, answering a mistyped option with one line and a pointer to --help, not the whole usage. */
    private static CommandLine commandLine(Map<String, String> environment) {
        CommandLine commandLine = new CommandLine(new FramelensCommand(environment));
        commandLine.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("framelens: " + e.getMessage() + " (see --help)");
            err.flush();
            return 2;
        });
        return commandLine;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        LocalDate reportDate;
        PaperSize paperSize;
        Path pdf = output;
        try {
            reportDate = reportDate();
            paperSize = paperSize();
            requirePdfName(pdf);
        } catch (IllegalArgumentException e) {
            err.println("framelens: " + e.getMessage());
            err.flush();
            return 2;
        }
        List<String> inputs = paths == null || paths.isEmpty() ? List.of("input/") : paths;
        RunSettings settings = new RunSettings(inputs, pdf, json != null ? json : jsonBeside(pdf),
                subject == null ? List.of() : subject.stream().map(String::strip).filter(s -> !s.isEmpty()).toList(),
                reportDate, paperSize, handout ? handoutBeside(pdf) : null);
        ReportRun run = new ReportRun(new Version().version(),
                line -> { err.println(line); err.flush(); },
                line -> { if (!quiet) { out.println(line); out.flush(); } });
        return run.run(settings).exitCode();
    }

    private LocalDate reportDate() {
        if (date != null) {
            try {
                return LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--date \"" + date + "\" is not a date written YYYY-MM-DD");
            }
        }
        String epoch = environment.get("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch.strip())), ZoneOffset.UTC);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("SOURCE_DATE_EPOCH \"" + epoch + "\" is not a number of seconds");
            }
        }
        return LocalDate.now(ZoneOffset.UTC);
    }

    private PaperSize paperSize() {
        return Arrays.stream(PaperSize.values())
                .filter(p -> p.name().equalsIgnoreCase(paper))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--paper \"" + paper + "\" is not letter or a4"));
    }

    /** The handout's path: the report's, with "-handout" before ".pdf". */
    private static Path handoutBeside(Path pdf) {
        String name = pdf.getFileName().toString();
        String handout = name.substring(0, name.length() - ".pdf".length()) + "-handout.pdf";
        return pdf.resolveSibling(handout);
    }

    /** Refuses an output name that does not end in .pdf, so a report never lands under a misleading name. */
    private static void requirePdfName(Path pdf) {
        if (!pdf.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            throw new IllegalArgumentException("--output \"" + pdf + "\" must name a .pdf file");
        }
    }

    /** The JSON path that goes with a PDF path: same name, ending in .json. */
    static Path jsonBeside(Path pdf) {
        String name = pdf.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
        return pdf.resolveSibling(stem + ".json");
    }

    /** framelens's version, from the build's version.properties. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"framelens " + version()};
        }

        String version() {
            java.util.Properties properties = new java.util.Properties();
            try (java.io.InputStream in = FramelensCommand.class.getResourceAsStream("/org/framelens/version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (java.io.IOException e) {
                return "unknown";
            }
            return properties.getProperty("version", "unknown");
        }
    }
}
