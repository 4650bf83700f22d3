package org.argkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.argkg.diagnostics.ArgkgException;
import org.argkg.diagram.DiagramFormat;
import org.argkg.diagram.DiagramLang;
import org.argkg.diagram.DiagramOptions;
import org.argkg.diagram.Diagrams;
import org.argkg.diagram.Graphviz;
import org.argkg.diagram.GraphvizMissingException;
import org.argkg.io.AtomicFiles;
import org.argkg.store.StoreView;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code argkg export --format dot|svg|png}: one document's argument map. */
final class DiagramExport {

    private DiagramExport() {
    }

    static int run(CommandSpec spec, Path db, String endpoint, String graph, Path out, DiagramFormat format, DiagramLang lang,
            boolean noStatements, org.argkg.diagram.DiagramScope scope) {
        Graphviz graphviz = Graphviz.fromEnvironment();
        if (format.needsGraphviz() && !graphviz.available()) {
            throw new GraphvizMissingException(graphviz.command());
        }
        if (format.binary() && out == null && System.console() != null) {
            throw new ParameterException(spec.commandLine(), format.word().toUpperCase(java.util.Locale.ROOT)
                    + " is binary: give --out FILE or redirect the output");
        }
        PrintWriter err = spec.commandLine().getErr();
        try (StoreView s = ReadAccess.open(db, endpoint, err)) {
            List<String> docs = s.documentIds();
            String doc = graph;
            if (doc == null) {
                if (docs.size() != 1) {
                    throw new ParameterException(spec.commandLine(), "a diagram draws one document: give --graph DOC-ID; documents: "
                            + String.join(", ", docs));
                }
                doc = docs.get(0);
            }
            if (!docs.contains(doc)) {
                throw new ParameterException(spec.commandLine(), "the store has no document '" + doc
                        + "'; documents: " + String.join(", ", docs));
            }
            if (format.needsGraphviz() && Graphviz.cjkFontInstalled().filter(installed -> !installed).isPresent()) {
                err.println("argkg: warning: the font '" + org.argkg.diagram.DiagramStyle.FONT
                        + "' is not installed; Chinese text will be measured and drawn badly (apt-get install fonts-noto-cjk)");
            }
            byte[] bytes = Diagrams.render(s, doc, format, new DiagramOptions(lang, !noStatements, scope), graphviz);
            if (out != null) {
                AtomicFiles.write(out, o -> o.write(bytes));
                err.println("wrote " + out);
            } else if (format.binary()) {
                try {
                    System.out.write(bytes);
                    System.out.flush();
                } catch (IOException e) {
                    throw new ArgkgException("cannot write to stdout: " + e.getMessage(), e);
                }
            } else {
                PrintWriter w = spec.commandLine().getOut();
                w.print(new String(bytes, StandardCharsets.UTF_8));
                w.flush();
            }
        }
        return ExitCodes.OK;
    }
}
