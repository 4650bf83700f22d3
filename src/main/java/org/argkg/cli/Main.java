package org.argkg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.argkg.diagnostics.ArgkgException;
import org.argkg.diagnostics.InvalidInputException;
import org.argkg.yaml.Suggestions;
import picocli.CommandLine;

/**
 * The composition root: wires the command line with its writers and the mapping from exceptions to
 * exit codes, once. The only place that calls {@link System#exit}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command. A write into a memory-mapped file of the store that the file system cannot
     * back (a full disk) surfaces in the JVM as an {@link InternalError}, not an exception; it is
     * reported as the I/O error it is (exit 3), and the store keeps its last committed state.
     */
    private static int runReportingMappedFileFaults(CommandLine.ParseResult parseResult) {
        try {
            return new CommandLine.RunLast().execute(parseResult);
        } catch (OutOfMemoryError e) {
            throw new CommandLine.ExecutionException(parseResult.commandSpec().commandLine(), "out of memory",
                    new ArgkgException("out of memory (the JVM may use " + (Runtime.getRuntime().maxMemory() >> 20)
                            + " MiB): give Java more with -Xmx, or a smaller input", e));
        } catch (InternalError e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            if (!why.contains("unsafe memory access")) {
                throw e;
            }
            throw new CommandLine.ExecutionException(parseResult.commandSpec().commandLine(), why,
                    new ArgkgException("cannot write the store: a write to one of its memory-mapped files failed"
                            + " (is the disk full?); the store keeps its last complete state", e));
        }
    }

    /** A command line that writes to the given writers; tests call {@code execute} on it. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ArgkgCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionStrategy(Main::runReportingMappedFileFaults);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            if (ex instanceof InvalidInputException invalid) {
                DiagnosticPrinter.print(invalid.diagnostics(), e);
                return ExitCodes.INVALID_INPUT;
            }
            if (ex instanceof ArgkgException) {
                e.println("argkg: error: " + ex.getMessage());
                e.flush();
                return ExitCodes.IO;
            }
            if (ex instanceof CommandLine.ParameterException pe) {
                e.println("argkg: " + pe.getMessage());
                e.flush();
                return ExitCodes.USAGE;
            }
            e.println("argkg: internal error: " + ex);
            ex.printStackTrace(e);
            e.flush();
            return ExitCodes.IO;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            PrintWriter e = c.getErr();
            e.println("argkg: " + ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, e)) {
                // in picocli's words for options
                closestOption(ex).ifPresent(o -> e.println("Possible solutions: " + o));
            }
            e.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            e.flush();
            return ExitCodes.USAGE;
        });
        return cl;
    }

    /**
     * The option a mistyped one most likely meant. picocli suggests only options that begin like the
     * mistyped one ({@code --formt}: {@code --format}); a swap or a slip further to the front
     * ({@code --fromat}) gets the closest option name by edit distance.
     */
    static Optional<String> closestOption(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched) || !unmatched.isUnknownOption()) {
            return Optional.empty();
        }
        String typed = unmatched.getUnmatched().get(0).split("=", 2)[0];
        List<String> names = ex.getCommandLine().getCommandSpec().options().stream().filter(o -> !o.hidden())
                .flatMap(o -> Arrays.stream(o.names())).toList();
        return Suggestions.closest(typed, names);
    }
}
