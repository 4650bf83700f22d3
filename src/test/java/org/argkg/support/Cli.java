package org.argkg.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.argkg.cli.Main;

/** Runs the CLI in-process through picocli's {@code execute()}, capturing stdout, stderr and the exit code. */
public final class Cli {

    /** What one run printed and returned. */
    public record Run(int exit, String out, String err) {
    }

    private Cli() {
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
