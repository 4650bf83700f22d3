package org.argkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.argkg.diagnostics.Diagnostic;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.io.JsonOutput;

/** Prints diagnostics one per line as {@code path:line:col: error: message [CODE]}, paths relative to the working folder. */
final class DiagnosticPrinter {

    private DiagnosticPrinter() {
    }

    static void print(List<Diagnostic> diagnostics, PrintWriter out) {
        for (Diagnostic d : diagnostics) {
            out.println(relative(d).format());
        }
        out.flush();
    }

    static void printJson(List<Diagnostic> diagnostics, PrintWriter out) {
        JsonOutput.print(out, g -> {
            g.writeStartArray();
            for (Diagnostic diagnostic : diagnostics) {
                Diagnostic d = relative(diagnostic);
                g.writeStartObject().write("severity", d.severity().word())
                        .write("file", d.file() == null ? "" : d.file().toString())
                        .write("line", d.line()).write("column", d.column())
                        .write("code", d.code()).write("message", d.message()).writeEnd();
            }
            g.writeEnd();
        });
    }

    static String summary(Diagnostics d) {
        return d.errorCount() + " error" + (d.errorCount() == 1 ? "" : "s") + ", "
                + d.warningCount() + " warning" + (d.warningCount() == 1 ? "" : "s");
    }

    private static Diagnostic relative(Diagnostic d) {
        if (d.file() == null) {
            return d;
        }
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = d.file().toAbsolutePath().normalize();
        Path shown = abs.startsWith(cwd) ? cwd.relativize(abs) : d.file();
        return new Diagnostic(d.severity(), shown, d.line(), d.column(), d.code(), d.message());
    }
}
